package org.vistka.media;

import java.util.zip.CRC32;

/**
 * Whether a PNG or WebP file is whole, checked from its container before decoding, because decoders often make
 * do with a file cut short and return a picture with a missing part. A PNG is whole when its chunks, each with a
 * correct checksum, run up to the end chunk; a WebP when the file is as long as its RIFF header says. Bytes after
 * the end are allowed: they are never decoded and never stored. Pure.
 */
final class ContainerCheck {
    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int IEND = ('I' << 24) | ('E' << 16) | ('N' << 8) | 'D';

    private ContainerCheck() {
    }

    static boolean pngIsWhole(byte[] b) {
        int pos = PNG_SIGNATURE_LENGTH;
        while (pos + 12 <= b.length) {
            long length = u32(b, pos);
            if (length > b.length - pos - 12L) {
                return false;
            }
            int type = (int) u32(b, pos + 4);
            CRC32 crc = new CRC32();
            crc.update(b, pos + 4, 4 + (int) length);
            if (crc.getValue() != u32(b, pos + 8 + (int) length)) {
                return false;
            }
            if (type == IEND) {
                return true;
            }
            pos += 12 + (int) length;
        }
        return false;
    }

    static boolean webpIsWhole(byte[] b) {
        if (b.length < 12) {
            return false;
        }
        long riffLength = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        return riffLength >= 4 && 8 + riffLength <= b.length;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
