package org.vistka.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The first look at an upload: what it really is, judged from its bytes, and whether it is small enough to decode. */
class ImageInspectorTest {
    private static final long LIMIT = ImageInspector.DEFAULT_MAX_BYTES;
    private static final String NOT_AN_IMAGE = "This file is not a JPEG, PNG or WebP image (it looks like %s). "
            + "Upload a photo in one of those formats.";

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("a JPEG photo", TestImages.jpeg(640, 360), ImageKind.JPEG, 640, 360),
                Arguments.of("a PNG graphic", TestImages.encode(TestImages.scene(300, 500, BufferedImage.TYPE_INT_ARGB), "png"),
                        ImageKind.PNG, 300, 500),
                Arguments.of("a WebP picture", LosslessWebp.encode(TestImages.scene(120, 80, BufferedImage.TYPE_INT_RGB)),
                        ImageKind.WEBP, 120, 80),
                Arguments.of("a JPEG with a web page after it", TestImages.concat(TestImages.jpeg(64, 48),
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)), ImageKind.JPEG, 64, 48));
    }

    @ParameterizedTest(name = "{0} is taken for what its bytes say")
    @MethodSource("accepted")
    void a_real_image_is_recognised_from_its_bytes_with_its_size(String label, byte[] bytes, ImageKind kind, int width, int height) {
        assertThat(ImageInspector.inspect(bytes, LIMIT)).isEqualTo(new InspectedImage(kind, width, height));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("an SVG logo", text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                        + "<script>alert(1)</script></svg>"), NOT_AN_IMAGE.formatted("SVG")),
                Arguments.of("a web page named photo.jpg", text("<!DOCTYPE html><html><body>Hello</body></html>"),
                        NOT_AN_IMAGE.formatted("HTML")),
                Arguments.of("an XML file", text("<?xml version=\"1.0\"?><rss></rss>"), NOT_AN_IMAGE.formatted("XML")),
                Arguments.of("text named photo.jpg", text("Meeting notes, Tuesday.\nЗустріч о 10:00."),
                        NOT_AN_IMAGE.formatted("text")),
                Arguments.of("a GIF", TestImages.encode(TestImages.scene(40, 30, BufferedImage.TYPE_INT_RGB), "gif"),
                        NOT_AN_IMAGE.formatted("a GIF image")),
                Arguments.of("a PDF", text("%PDF-1.7\n1 0 obj\n"), NOT_AN_IMAGE.formatted("a PDF document")),
                Arguments.of("an iPhone HEIC photo", TestImages.concat(new byte[] {0, 0, 0, 24}, text("ftypheic")),
                        NOT_AN_IMAGE.formatted("a HEIC photo or a video")),
                Arguments.of("unknown binary data", new byte[] {0x13, 0x37, 0x00, (byte) 0xFE, 0x01},
                        "This file is not a JPEG, PNG or WebP image. Upload a photo in one of those formats."),
                Arguments.of("an empty file", new byte[0], "This file is empty. Upload a photo in JPEG, PNG or WebP format."),
                Arguments.of("a JPEG with nothing after its first bytes", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                        "This image file is damaged or incomplete. Try exporting it again."));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refused")
    void anything_but_a_readable_jpeg_png_or_webp_is_refused_saying_what_it_looks_like(String label, byte[] bytes, String message) {
        assertThatThrownBy(() -> ImageInspector.inspect(bytes, LIMIT)).isInstanceOf(UploadRefused.class).hasMessage(message);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_anything_else_is_looked_at() {
        byte[] big = new byte[(int) (25.3 * 1024 * 1024)]; // not even an image: the size is checked first
        big[0] = (byte) 0xFF;

        assertThatThrownBy(() -> ImageInspector.inspect(big, LIMIT)).isInstanceOf(UploadRefused.class)
                .hasMessage("This file is 25.3 MB; the largest accepted is 20 MB.");
        assertThatThrownBy(() -> ImageInspector.inspect(new byte[(20 << 20) + 1], LIMIT))
                .hasMessage("This file is 20.1 MB; the largest accepted is 20 MB.");
        assertThatThrownBy(() -> ImageInspector.checkSize(300L << 20, LIMIT)) // as a request declares it, before reading
                .hasMessage("This file is 300.0 MB; the largest accepted is 20 MB.");
    }

    @Test
    void a_png_declaring_60000_by_60000_pixels_is_refused_from_its_header_without_decoding() {
        byte[] bomb = TestImages.pngOfBlackPixels(60_000, 60_000, 16); // a 1.3 kB file that would decode to 10.8 GB
        ImageInspector.inspect(TestImages.pngOfBlackPixels(8, 8, 8), LIMIT); // so the time taken is not ImageIO's start-up

        long started = System.nanoTime();
        assertThatThrownBy(() -> ImageInspector.inspect(bomb, LIMIT)).isInstanceOf(UploadRefused.class)
                .hasMessage("This image is too large: 60,000 × 60,000 pixels. "
                        + "The largest accepted is 12,000 pixels a side and 50 megapixels.");
        assertThat(System.nanoTime() - started).as("nanoseconds taken").isLessThan(1_000_000_000L);
        assertThat(bomb.length).isLessThan(5_000);
    }

    @Test
    void a_picture_within_12000_a_side_but_over_50_megapixels_is_refused() {
        byte[] wide = TestImages.pngOfBlackPixels(10_000, 5_001, 1);

        assertThatThrownBy(() -> ImageInspector.inspect(wide, LIMIT))
                .hasMessage("This image is too large: 10,000 × 5,001 pixels. "
                        + "The largest accepted is 12,000 pixels a side and 50 megapixels.");
        assertThat(ImageInspector.inspect(TestImages.pngOfBlackPixels(10_000, 5_000, 1), LIMIT))
                .isEqualTo(new InspectedImage(ImageKind.PNG, 10_000, 5_000));
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
