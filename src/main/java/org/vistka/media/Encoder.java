package org.vistka.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pixels as a new JPEG or PNG file that carries nothing but the picture: no EXIF, XMP, comment or
 * colour profile is given to the writer, and nothing that followed the original image is copied. Works in
 * memory only (ImageIO's own helpers may spill to temporary files). Pure.
 */
final class Encoder {
    /** Good enough that editors see no loss in a photo, small enough for readers on metered connections. */
    static final float JPEG_QUALITY = 0.82f;

    private Encoder() {
    }

    /** An RGB picture as a progressive JPEG, which slow connections show coarse first instead of top to bottom. */
    static byte[] jpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, rgb, param);
    }

    /** A picture with alpha (premultiplied or not) as a PNG. */
    static byte[] png(BufferedImage argb) {
        // PNG stores alpha unpremultiplied; the writer would store premultiplied samples as they are.
        BufferedImage plain = argb.getType() == BufferedImage.TYPE_INT_ARGB ? argb : Resizer.copy(argb, BufferedImage.TYPE_INT_ARGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, plain, writer.getDefaultWriteParam());
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
