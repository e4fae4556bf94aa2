package org.vistka.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Makes an inspected upload ready to publish: checks that the file is whole, decodes every pixel, turns the
 * picture upright and writes it anew at each responsive width. Writing anew is what removes everything but the
 * picture: EXIF (with the GPS position of where a photo was taken), XMP, comments, and whatever a polyglot file
 * hides after the image. Pictures with real transparency become PNG, everything else JPEG.
 *
 * <p>Works in memory on the given bytes only. Decoding takes up to about 200 MB for the largest picture
 * {@link ImageInspector} lets through, so callers limit how many run at once. Stateless and thread-safe.
 */
public final class ImageProcessor {
    /** The responsive widths, used when narrower than the picture; the picture's own width (up to the cap) is added. */
    static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);
    /** Wider than any screen shows an article image at; more would only cost readers' data. */
    static final int MAX_WIDTH = 2400;

    private ImageProcessor() {
    }

    /** The stored sizes of {@code bytes}, which {@link ImageInspector} found to be {@code inspected}. */
    public static ProcessedImage process(byte[] bytes, InspectedImage inspected) {
        int orientation = requireWhole(bytes, inspected.kind());
        BufferedImage decoded = decode(bytes, inspected);
        boolean transparent = hasTransparency(decoded);
        boolean swap = Orientation.swapsSides(orientation);
        int width = swap ? decoded.getHeight() : decoded.getWidth();
        int height = swap ? decoded.getWidth() : decoded.getHeight();
        List<ProcessedImage.EncodedVariant> variants = new ArrayList<>();
        for (int w : widthsFor(width)) {
            int h = (int) Math.max(1, Math.round((double) height * w / width));
            BufferedImage scaled = Orientation.upright(Resizer.resize(decoded, swap ? h : w, swap ? w : h, transparent), orientation);
            variants.add(new ProcessedImage.EncodedVariant(w, h, transparent ? Encoder.png(scaled) : Encoder.jpeg(scaled)));
        }
        return new ProcessedImage(width, height, transparent ? "png" : "jpg", variants);
    }

    /** The widths to store for a picture {@code width} wide, narrowest first. */
    static List<Integer> widthsFor(int width) {
        int largest = Math.min(width, MAX_WIDTH);
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < largest).toList());
        widths.add(largest);
        return widths;
    }

    /** Refuses a file that is cut short or that ImageIO cannot show right; returns its EXIF orientation. */
    private static int requireWhole(byte[] bytes, ImageKind kind) {
        if (kind == ImageKind.JPEG) {
            JpegStructure.Facts facts = JpegStructure.read(bytes);
            if (!facts.complete()) {
                throw UploadRefused.damaged(null);
            }
            if (facts.components() == 4) {
                throw UploadRefused.printColours();
            }
            return facts.orientation();
        }
        boolean whole = kind == ImageKind.PNG ? ContainerCheck.pngIsWhole(bytes) : ContainerCheck.webpIsWhole(bytes);
        if (!whole) {
            throw UploadRefused.damaged(null);
        }
        return 1;
    }

    private static BufferedImage decode(byte[] bytes, InspectedImage inspected) {
        ImageReader reader = inspected.kind().newReader();
        List<String> warnings = new ArrayList<>();
        // A reader that had to guess (missing data, bad Huffman codes) only warns and fills in grey: that is damage too.
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new IIOException("the reader warned: " + String.join("; ", warnings));
            }
            if (image.getWidth() != inspected.width() || image.getHeight() != inspected.height()) {
                throw new IIOException("decoded " + image.getWidth() + "×" + image.getHeight() + ", not the size the header declared");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            // Hostile pixel data can make a reader fail in unplanned ways; any such failure means a file we cannot use.
            throw UploadRefused.damaged(e);
        } finally {
            reader.dispose();
        }
    }

    /** Whether any pixel is less than fully opaque; an alpha channel that is opaque throughout does not count. */
    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
