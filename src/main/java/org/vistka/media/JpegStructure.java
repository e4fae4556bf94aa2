package org.vistka.media;

/**
 * Walks a JPEG's segments the way a decoder does, without decoding: to know whether the image really ends
 * (ImageIO decodes a file cut short into grey pixels without failing), how many colour components it has (four
 * means CMYK, which ImageIO cannot read) and which way up it is meant to be shown (the EXIF orientation that phones
 * write instead of turning the pixels). Searching the bytes for the end marker instead would be fooled by the
 * complete thumbnail that cameras put in the EXIF data of a file whose own picture is cut short. Pure.
 */
final class JpegStructure {
    private static final int SOF0 = 0xC0, SOF15 = 0xCF, DHT = 0xC4, JPG = 0xC8, DAC = 0xCC;
    private static final int RST0 = 0xD0, RST7 = 0xD7, EOI = 0xD9, SOS = 0xDA, APP1 = 0xE1, TEM = 0x01;

    /** What the walk learnt; {@code complete} is false for a file that ends, or breaks, before its end marker. */
    record Facts(boolean complete, int components, int orientation) {
    }

    private JpegStructure() {
    }

    static Facts read(byte[] b) {
        int components = 0;
        int orientation = 1;
        int pos = 2; // after the start-of-image marker that made this a JPEG
        while (true) {
            if (pos >= b.length || (b[pos] & 0xFF) != 0xFF) {
                return new Facts(false, components, orientation);
            }
            while (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
                pos++; // markers may be preceded by any number of fill bytes
            }
            if (pos >= b.length) {
                return new Facts(false, components, orientation);
            }
            int marker = b[pos++] & 0xFF;
            if (marker == EOI) {
                return new Facts(true, components, orientation);
            }
            if (marker == TEM || (marker >= RST0 && marker <= RST7)) {
                continue; // markers without a length
            }
            if (pos + 2 > b.length) {
                return new Facts(false, components, orientation);
            }
            int end = pos + (((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF));
            if (end < pos + 2 || end > b.length) {
                return new Facts(false, components, orientation);
            }
            if (isStartOfFrame(marker) && pos + 8 <= end) {
                components = b[pos + 7] & 0xFF;
            } else if (marker == APP1 && orientation == 1) {
                orientation = ExifOrientation.read(b, pos + 2, end);
            }
            pos = marker == SOS ? afterScan(b, end) : end;
        }
    }

    /** Where the entropy-coded data that follows a scan header ends: at the next marker, or past the end if none. */
    private static int afterScan(byte[] b, int pos) {
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xFF) == 0xFF) {
                int next = b[pos + 1] & 0xFF;
                if (next != 0x00 && (next < RST0 || next > RST7) && next != 0xFF) {
                    return pos;
                }
                pos += next == 0xFF ? 1 : 2; // a stuffed zero, a restart marker, or a fill byte before a marker
            } else {
                pos++;
            }
        }
        return b.length;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG && marker != DAC;
    }
}
