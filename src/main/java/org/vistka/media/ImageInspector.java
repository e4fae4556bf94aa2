package org.vistka.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The first look at an upload, before any pixel is decoded: is it small enough, is it really a JPEG, PNG or
 * WebP (judged from its bytes, never its name), and is the picture it declares small enough to decode safely. A
 * decompression bomb, a few kilobytes declaring billions of pixels, is refused here, from its header alone.
 *
 * <p>Reads only the given bytes (no files, no network). Refusals are {@link UploadRefused} with a message for
 * the uploader. Stateless and thread-safe.
 */
public final class ImageInspector {
    /** The upload size limit when the site's settings name none. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The longest side accepted, in pixels. */
    public static final int MAX_SIDE = 12_000;
    /** About 200 MB once decoded, which the server's default memory can hold while it makes the sizes. */
    public static final long MAX_PIXELS = 50_000_000L;

    private ImageInspector() {
    }

    /**
     * Refuses a file of {@code size} bytes when it is over {@code maxBytes}. {@link #inspect} does this itself; a
     * route may call it first with the size the request declares, to refuse a large upload before reading it.
     */
    public static void checkSize(long size, long maxBytes) {
        if (size > maxBytes) {
            throw UploadRefused.tooManyBytes(size, maxBytes);
        }
    }

    /** What {@code bytes} are, or an {@link UploadRefused} saying why they will not be taken. */
    public static InspectedImage inspect(byte[] bytes, long maxBytes) {
        checkSize(bytes.length, maxBytes);
        if (bytes.length == 0) {
            throw UploadRefused.empty();
        }
        ImageKind kind = ImageKind.of(bytes).orElseThrow(() -> UploadRefused.notAnImage(Lookalikes.of(bytes)));
        InspectedImage declared = declaredSize(kind, bytes);
        int width = declared.width();
        int height = declared.height();
        if (width <= 0 || height <= 0) {
            throw UploadRefused.damaged(null);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw UploadRefused.tooManyPixels(width, height, MAX_SIDE, MAX_PIXELS);
        }
        return declared;
    }

    private static InspectedImage declaredSize(ImageKind kind, byte[] bytes) {
        ImageReader reader = kind.newReader();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            // Readers parse only the header for these two calls; the pixels stay undecoded.
            return new InspectedImage(kind, reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            // A hostile header can make a reader fail in unplanned ways; any such failure means a file we cannot read.
            throw UploadRefused.damaged(e);
        } finally {
            reader.dispose();
        }
    }
}
