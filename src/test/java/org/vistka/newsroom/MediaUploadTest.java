package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Uploading images to the media library over real HTTP, as a browser sends them (multipart/form-data): a real
 * photo is stored, served and used as a story's featured image; hostile files are refused with a message for the
 * uploader and keep what was typed, a file over the upload limit is refused before it is read, and neither leaves a
 * file nor a row behind.
 */
class MediaUploadTest {
    private static final String MEDIA = "/newsroom/media/";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_real_jpeg_with_alt_text_is_stored_served_and_becomes_a_featured_image_with_all_its_sizes(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        String alt = "Fishing boats moored at the Old Pier at dawn " + Stories.unique();
        byte[] photo = jpeg(1600, 1000);

        HttpResponse<String> uploaded = upload(author, "old-pier.jpg", "image/jpeg", photo, alt, "Boats at dawn", "Test Studio");

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/newsroom/media/?done=uploaded");
        Document library = author.page(location);
        assertThat(library.selectFirst(".notice").text()).isEqualTo("Image uploaded.");
        Element item = itemWithAlt(library, alt);
        assertThat(item.selectFirst("p").text()).contains("old-pier.jpg", "1600×1000");
        assertThat(item.selectFirst("input[name=alt]").val()).isEqualTo(alt);
        assertThat(item.selectFirst("input[name=caption]").val()).isEqualTo("Boats at dawn");
        assertThat(item.selectFirst("input[name=credit]").val()).isEqualTo("Test Studio");
        String number = item.selectFirst("strong").text();
        assertThat(number).matches("Image \\d+");
        long mediaId = Long.parseLong(number.substring("Image ".length()));

        String thumbnail = item.selectFirst("img").attr("src");
        HttpResponse<byte[]> served = site.getBytes(thumbnail);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(decode(served.body()).getWidth()).isEqualTo(480);

        NewsroomClient writer = site.signedIn(Role.AUTHOR);
        Map<String, Object> form = PermissionTableTest.story("published", site);
        form.put("imageId", String.valueOf(mediaId));
        form.put("imageAlt", "Boats moored at the Old Pier");
        HttpResponse<String> saved = writer.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Document editor = writer.page(saved.headers().firstValue("Location").orElseThrow());
        assertThat(editor.selectFirst("#image-number").val()).isEqualTo(String.valueOf(mediaId));
        String publicPath = editor.selectFirst("main p a[href^=/20]").attr("href");

        Element featured = site.page(publicPath).selectFirst("figure.featured-image img");
        assertThat(featured).isNotNull();
        List<String> sizes = site.jdbi().withHandle(h -> h.createQuery(
                        "SELECT file_name, width FROM media_variant WHERE media_id = :id ORDER BY width")
                .bind("id", mediaId).map((rs, ctx) -> "/media/" + rs.getString("file_name") + " " + rs.getInt("width") + "w")
                .list());
        assertThat(sizes).extracting(size -> size.substring(size.lastIndexOf(' ') + 1))
                .containsExactly("480w", "800w", "1200w", "1600w");
        assertThat(featured.attr("alt")).isEqualTo("Boats moored at the Old Pier");
        assertThat(featured.attr("width")).isEqualTo("1600");
        assertThat(featured.attr("height")).isEqualTo("1000");
        assertThat(featured.attr("src")).isEqualTo(sizes.getLast().substring(0, sizes.getLast().lastIndexOf(' ')));
        assertThat(featured.attr("srcset")).as("srcset of " + featured).isEqualTo(String.join(", ", sizes));
        for (String size : sizes) {
            HttpResponse<byte[]> file = site.getBytes(size.substring(0, size.lastIndexOf(' ')));
            assertThat(file.statusCode()).as(size).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).as(size).hasValue("image/jpeg");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_svg_named_photo_jpg_is_refused_as_svg_and_nothing_is_stored(TestDatabase db) {
        byte[] svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script>\
                <rect width="100" height="100" fill="red"/></svg>
                """.getBytes(StandardCharsets.UTF_8);

        assertRefused(TestSite.shared(db), "photo.jpg", "image/jpeg", svg,
                "This file is not a JPEG, PNG or WebP image (it looks like SVG). Upload a photo in one of those formats.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_html_page_named_photo_png_is_refused_as_html_and_nothing_is_stored(TestDatabase db) {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>Hi</title></head><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(TestSite.shared(db), "photo.png", "image/png", html,
                "This file is not a JPEG, PNG or WebP image (it looks like HTML). Upload a photo in one of those formats.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_jpeg_cut_off_in_the_middle_is_refused_as_damaged_and_nothing_is_stored(TestDatabase db) {
        byte[] whole = jpeg(800, 600);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertRefused(TestSite.shared(db), "cut-short.jpg", "image/jpeg", half,
                "This image file is damaged or incomplete. Try exporting it again.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_png_whose_header_claims_60000_by_60000_pixels_is_refused_as_too_large_and_nothing_is_stored(TestDatabase db) {
        byte[] bomb = pngDeclaring(60_000, 60_000, 16); // about a kilobyte that would decode to 10.8 GB

        assertThat(bomb.length).isLessThan(10_000);
        assertRefused(TestSite.shared(db), "bomb.png", "image/png", bomb,
                "This image is too large: 60,000 × 60,000 pixels. The largest accepted is 12,000 pixels a side and 50 megapixels.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_upload_without_alt_text_is_refused_and_keeps_the_caption_and_credit(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        Stored before = Stored.in(site);

        HttpResponse<String> response = upload(author, "no-alt.jpg", "image/jpeg", jpeg(640, 480), "",
                "A caption typed with care", "Photographer typed too");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst(".error-summary").text())
                .isEqualTo("Describe the image for readers who cannot see it (alt text, at most 300 characters).");
        assertThat(page.selectFirst("#alt").val()).isEmpty();
        assertThat(page.selectFirst("#caption").val()).isEqualTo("A caption typed with care");
        assertThat(page.selectFirst("#credit").val()).isEqualTo("Photographer typed too");
        assertThat(Stored.in(site)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_file_over_the_site_upload_limit_is_refused_before_it_is_read_with_a_message_naming_the_limit(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        byte[] large = padded(jpeg(64, 64), 39); // a valid JPEG of 2.4 MB, refused for its size alone
        assertThat(large.length).isBetween(24 * 1024 * 1024 / 10 + 1, 25 * 1024 * 1024 / 10);
        try {
            setUploadLimit(admin, 1);
            NewsroomClient author = site.signedIn(Role.AUTHOR);
            assertThat(author.page(MEDIA).selectFirst("label[for=file]").text()).isEqualTo("JPEG, PNG or WebP, up to 1 MB");
            Stored before = Stored.in(site);

            HttpResponse<String> response = upload(author, "large.jpg", "image/jpeg", large, "A large photo", "", "");

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(Jsoup.parse(response.body()).text()).contains("This file is larger than the upload limit of 1 MB, so it was not read.");
            assertThat(Stored.in(site)).isEqualTo(before);
        } finally {
            setUploadLimit(admin, 20);
        }
        assertThat(site.signedIn(Role.AUTHOR).page(MEDIA).selectFirst("label[for=file]").text())
                .isEqualTo("JPEG, PNG or WebP, up to 20 MB");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_upload_without_the_csrf_token_is_refused_with_403_and_nothing_is_stored(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        Stored before = Stored.in(site);

        HttpResponse<String> response = author.post(MEDIA, Map.of("alt", "A forged upload",
                "file", new NewsroomClient.Upload("forged.jpg", "image/jpeg", jpeg(640, 480))));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Stored.in(site)).isEqualTo(before);
    }

    /** Uploads the file with alt text, caption and credit, and checks the precise refusal and that nothing was kept. */
    private static void assertRefused(TestSite site, String fileName, String contentType, byte[] bytes, String message) {
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        String alt = "Alt text typed for " + fileName + " " + Stories.unique();
        Stored before = Stored.in(site);

        HttpResponse<String> response = upload(author, fileName, contentType, bytes, alt, "Its caption", "Its credit");

        assertThat(response.statusCode()).as(fileName).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst(".error-summary").text()).as(fileName).isEqualTo(message);
        assertThat(page.selectFirst("#alt").val()).isEqualTo(alt);
        assertThat(page.selectFirst("#caption").val()).isEqualTo("Its caption");
        assertThat(page.selectFirst("#credit").val()).isEqualTo("Its credit");
        assertThat(page.select("ul.media-grid img").eachAttr("alt")).doesNotContain(alt);
        assertThat(Stored.in(site)).as("files and rows after refusing " + fileName).isEqualTo(before);
    }

    /** Sends the media library's upload form with this file, alt text, caption and credit. */
    private static HttpResponse<String> upload(NewsroomClient browser, String fileName, String contentType, byte[] content,
                                               String alt, String caption, String credit) {
        return browser.submit(MEDIA, MEDIA, Map.of("alt", alt, "caption", caption, "credit", credit,
                "file", new NewsroomClient.Upload(fileName, contentType, content)));
    }

    private static void setUploadLimit(NewsroomClient admin, int megabytes) {
        Map<String, Object> settings = admin.formValues("/newsroom/settings/", "/newsroom/settings/");
        Map<String, Object> form = new LinkedHashMap<>();
        for (String field : List.of("name", "tagline", "language", "storiesPerPage")) {
            form.put(field, settings.get(field));
        }
        form.put("uploadLimitMb", String.valueOf(megabytes));
        HttpResponse<String> saved = admin.submit("/newsroom/settings/", "/newsroom/settings/", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    }

    private static Element itemWithAlt(Document library, String alt) {
        List<Element> items = library.select("ul.media-grid li").stream()
                .filter(li -> li.selectFirst("img") != null && alt.equals(li.selectFirst("img").attr("alt"))).toList();
        assertThat(items).as("library items with the alt text " + alt).hasSize(1);
        return items.getFirst();
    }

    /** The files in the media folder and the rows of the media tables: what an upload would add to. */
    private record Stored(List<String> files, long media, long variants) {
        static Stored in(TestSite site) {
            try (Stream<Path> files = Files.list(site.dataDir().resolve("media"))) {
                List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
                long media = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM media").mapTo(Long.class).one());
                long variants = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM media_variant").mapTo(Long.class).one());
                return new Stored(names, media, variants);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- files made in code ----

    /** A photo-like picture with gradients and a shape, encoded by ImageIO as a real JPEG. */
    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 150), width, height, new Color(240, 190, 110)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(25, 70, 35));
        g.fillOval(width / 4, height / 3, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, "jpeg", out)).as("ImageIO can write JPEG").isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code jpeg} with {@code count} full-size comment segments after its start marker: still a valid JPEG, only larger. */
    private static byte[] padded(byte[] jpeg, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        byte[] comment = new byte[65_533];
        Arrays.fill(comment, (byte) 'x');
        for (int i = 0; i < count; i++) {
            out.write(0xFF);
            out.write(0xFE);
            out.write(0xFF); // length 65,535, counting its own two bytes
            out.write(0xFF);
            out.writeBytes(comment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG built by hand, with valid checksums, whose header declares {@code width} × {@code height} RGB pixels. */
    private static byte[] pngDeclaring(int width, int height, int rowsOfData) {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + width * 3]; // filter type 0, then black pixels
            for (int y = 0; y < rowsOfData; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.writeBytes(chunk("IHDR", header));
        png.writeBytes(chunk("IDAT", pixels.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
