package org.vistka.media;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/** The kinds of image the media library accepts, each recognised by the first bytes of the file alone. */
public enum ImageKind {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String dbValue;

    ImageKind(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    public static ImageKind fromDb(String value) {
        return Arrays.stream(values()).filter(k -> k.dbValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown image kind " + value));
    }

    /** What the bytes are, by their signature; the file's name and the browser's content type are not asked. */
    public static Optional<ImageKind> of(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
                && startsWith(bytes, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * A new reader for this kind, chosen by the kind rather than by ImageIO's own guess, so that a file is only
     * ever parsed as what its signature says. The caller disposes of it.
     */
    ImageReader newReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(dbValue);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + dbValue + " is installed");
        }
        return readers.next();
    }

    static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
