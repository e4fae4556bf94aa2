package org.vistka.media;

/**
 * Reads the orientation tag (1 to 8) from a JPEG's EXIF segment: how the stored pixels must be turned to be shown
 * upright. Cameras and phones write it instead of turning the pixels, and since the library drops all metadata it
 * must turn the pixels itself. Anything unexpected reads as 1 (upright as stored). Pure.
 */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    /** The orientation in the APP1 payload {@code b[from..to)}, or 1 when it is not EXIF or names none. */
    static int read(byte[] b, int from, int to) {
        if (to - from < 14 || !ImageKind.startsWith(b, from, (byte) 'E', (byte) 'x', (byte) 'i', (byte) 'f', (byte) 0, (byte) 0)) {
            return 1;
        }
        int tiff = from + 6;
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > to) {
            return 1;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > to) {
                return 1;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG && u16(b, entry + 2, little) == SHORT) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
