package org.vistka.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an accepted upload becomes stored sizes: which widths, which way up, which format, and what is refused on decoding. */
class ImageProcessorTest {
    private static final String DAMAGED = "This image file is damaged or incomplete. Try exporting it again.";

    @ParameterizedTest(name = "a picture {0} px wide is stored at {1}")
    @CsvSource(delimiter = ';', value = {
            "300; 300", "480; 480", "481; 480 481", "1000; 480 800 1000", "1600; 480 800 1200 1600",
            "2400; 480 800 1200 1600 2400", "3000; 480 800 1200 1600 2400"})
    void responsive_widths_are_the_standard_ones_below_the_picture_plus_its_own_capped_at_2400(int width, String expected) {
        assertThat(ImageProcessor.widthsFor(width))
                .containsExactlyElementsOf(Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList());
    }

    @Test
    void sizes_keep_the_aspect_ratio_and_a_wide_picture_is_capped_at_2400() {
        ProcessedImage processed = process(TestImages.jpeg(3000, 1500));

        assertThat(processed.extension()).isEqualTo("jpg");
        assertThat(processed.variants()).extracting(v -> v.width() + "x" + v.height())
                .containsExactly("480x240", "800x400", "1200x600", "1600x800", "2400x1200");
        for (ProcessedImage.EncodedVariant variant : processed.variants()) {
            BufferedImage decoded = TestImages.decode(variant.bytes());
            assertThat(decoded.getWidth() + "x" + decoded.getHeight()).isEqualTo(variant.width() + "x" + variant.height());
        }
    }

    @Test
    void a_phone_photo_stored_sideways_is_turned_upright_by_its_exif_orientation() {
        BufferedImage stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 100); // the stored top-left corner shows top right once turned a quarter clockwise
        g.dispose();
        byte[] upload = TestImages.withSegments(TestImages.encode(stored, "jpeg"), TestImages.exif(6, "none"));

        ProcessedImage processed = process(upload);

        assertThat(processed.width() + "x" + processed.height()).isEqualTo("200x400");
        BufferedImage upright = TestImages.decode(processed.variants().getLast().bytes());
        assertThat(upright.getWidth() + "x" + upright.getHeight()).isEqualTo("200x400");
        assertThat(new Color(upright.getRGB(150, 50)).getRed()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(150, 50)).getGreen()).isLessThan(60);
        assertThat(new Color(upright.getRGB(50, 50)).getGreen()).isGreaterThan(200);
    }

    @Test
    void a_greyscale_jpeg_keeps_its_tones() {
        BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(100, 100, 100));
        g.fillRect(0, 0, 300, 200);
        g.dispose();

        BufferedImage stored = TestImages.decode(process(TestImages.encode(grey, "jpeg")).variants().getLast().bytes());

        Color pixel = new Color(stored.getRGB(150, 100));
        assertThat(List.of(pixel.getRed(), pixel.getGreen(), pixel.getBlue())).allSatisfy(v -> assertThat(v).isBetween(96, 104));
    }

    @Test
    void a_cmyk_jpeg_meant_for_print_is_refused_with_a_way_out() throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 120, 80, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(cmyk, null, null));
        }
        byte[] upload = bytes.toByteArray();
        assertThat(JpegStructure.read(upload).components()).isEqualTo(4);

        assertThatThrownBy(() -> process(upload)).isInstanceOf(UploadRefused.class)
                .hasMessage("This JPEG uses CMYK colours, which are meant for print. Export it in RGB (sRGB) and upload it again.");
    }

    @Test
    void a_jpeg_cut_short_is_refused_even_when_its_exif_thumbnail_is_whole() {
        byte[] thumbnail = TestImages.jpeg(64, 36); // ends with its own end-of-image marker, inside the EXIF segment
        byte[] exif = TestImages.segment(0xE1, TestImages.concat("Exif\0\0".getBytes(), thumbnail));
        byte[] photo = TestImages.withSegments(TestImages.jpeg(800, 450), exif);
        byte[] cut = Arrays.copyOf(photo, photo.length * 2 / 3);

        assertThatThrownBy(() -> process(cut)).isInstanceOf(UploadRefused.class).hasMessage(DAMAGED);
    }

    @Test
    void a_png_cut_short_or_with_a_wrong_checksum_is_refused() {
        byte[] png = TestImages.encode(TestImages.scene(300, 200, BufferedImage.TYPE_INT_RGB), "png");
        byte[] corrupt = png.clone();
        corrupt[png.length / 2] ^= 0x55;

        assertThatThrownBy(() -> process(Arrays.copyOf(png, png.length - 12))).hasMessage(DAMAGED);
        assertThatThrownBy(() -> process(corrupt)).hasMessage(DAMAGED);
    }

    @Test
    void the_test_webp_writer_makes_files_the_webp_reader_decodes_pixel_for_pixel() {
        BufferedImage original = translucentScene();

        BufferedImage decoded = TestImages.decode(LosslessWebp.encode(original));

        assertThat(decoded.getWidth() + "x" + decoded.getHeight()).isEqualTo("90x60");
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 90; x++) {
                assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(original.getRGB(x, y));
            }
        }
    }

    @Test
    void an_opaque_webp_is_stored_as_jpeg_and_a_transparent_one_as_png() {
        ProcessedImage opaque = process(LosslessWebp.encode(TestImages.scene(600, 400, BufferedImage.TYPE_INT_RGB)));
        ProcessedImage transparent = process(LosslessWebp.encode(translucentScene()));

        assertThat(opaque.extension()).isEqualTo("jpg");
        assertThat(opaque.variants()).extracting(ProcessedImage.EncodedVariant::width).containsExactly(480, 600);
        assertThat(TestImages.decode(opaque.variants().getLast().bytes()).getWidth()).isEqualTo(600);
        assertThat(transparent.extension()).isEqualTo("png");
        BufferedImage stored = TestImages.decode(transparent.variants().getLast().bytes());
        assertThat(stored.getRGB(5, 5) >>> 24).isZero();
        assertThat(stored.getRGB(45, 30) >>> 24).isEqualTo(0xFF);
    }

    /** 90 × 60, fully transparent around an opaque middle, with a half-transparent band. */
    private static BufferedImage translucentScene() {
        BufferedImage image = new BufferedImage(90, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(20, 15, 50, 30);
        g.setColor(new Color(40, 40, 200, 128));
        g.fillRect(0, 50, 90, 10);
        g.dispose();
        return image;
    }

    private static ProcessedImage process(byte[] upload) {
        return ImageProcessor.process(upload, ImageInspector.inspect(upload, ImageInspector.DEFAULT_MAX_BYTES));
    }
}
