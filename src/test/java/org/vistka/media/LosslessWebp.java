package org.vistka.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes real lossless WebP files (RIFF with one VP8L chunk, RFC 9649) in the plainest form the format allows:
 * no transforms, no colour cache, no backward references, and every channel coded with a fixed 8-bit prefix code.
 * The files are large for what they hold, but exact, and let the tests make WebP pictures without a native
 * encoder; {@link ImageProcessorTest} checks that the WebP reader gets back every pixel written.
 */
final class LosslessWebp {
    /** The order in which a VP8L file lists the code lengths of its code-length code (RFC 9649, 3.7.2.1.2). */
    private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8};
    private static final int GREEN_ALPHABET = 256 + 24; // literals, then backward-reference lengths

    private LosslessWebp() {
    }

    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Bits bits = new Bits();
        bits.write(0x2F, 8); // the VP8L signature
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(image.getColorModel().hasAlpha() ? 1 : 0, 1);
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // one prefix-code group for the whole picture
        fixedCode(bits, GREEN_ALPHABET);
        fixedCode(bits, 256); // red
        fixedCode(bits, 256); // blue
        fixedCode(bits, 256); // alpha
        bits.write(0b0001, 4); // distance: a simple code of one symbol, 0, which takes no bits (none is used)
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                for (int shift : new int[] {8, 16, 0, 24}) { // green, red, blue, alpha
                    int value = (argb >>> shift) & 0xFF;
                    for (int bit = 7; bit >= 0; bit--) {
                        bits.write((value >>> bit) & 1, 1); // prefix codes go first bit first
                    }
                }
            }
        }
        byte[] payload = bits.toByteArray();
        int padding = payload.length % 2;
        ByteBuffer riff = ByteBuffer.allocate(20 + payload.length + padding).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + payload.length + padding);
        riff.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return riff.array();
    }

    /**
     * A normal prefix code giving the 256 literal symbols 8 bits each and any further symbols none, so that the
     * canonical code of a byte value is the value itself. The code lengths are themselves coded with two 1-bit
     * codes: 0 for length 0 and 1 for length 8.
     */
    private static void fixedCode(Bits bits, int alphabetSize) {
        bits.write(0, 1); // normal, not simple
        bits.write(CODE_LENGTH_ORDER.length - 4, 4);
        for (int symbol : CODE_LENGTH_ORDER) {
            bits.write(symbol == 0 || symbol == 8 ? 1 : 0, 3);
        }
        bits.write(0, 1); // a length for every symbol of the alphabet follows
        for (int symbol = 0; symbol < alphabetSize; symbol++) {
            bits.write(symbol < 256 ? 1 : 0, 1);
        }
    }

    /** Bits packed from the least significant end of each byte, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    bytes.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] toByteArray() {
            if (used > 0) {
                bytes.write(current);
                current = 0;
                used = 0;
            }
            return bytes.toByteArray();
        }
    }
}
