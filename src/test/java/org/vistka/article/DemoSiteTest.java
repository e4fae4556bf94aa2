package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.settings.SettingsStore;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The demo newsroom a new install shows, on SQLite and PostgreSQL. Tests only read the demo sites they share. */
class DemoSiteTest {
    private static final Map<TestDatabase, TestSite> SITES = new EnumMap<>(TestDatabase.class);
    private static final List<String> TABLES = List.of("setting", "section", "author", "tag", "source", "article",
            "article_author", "article_tag", "article_source", "article_link", "correction");

    @TempDir
    Path otherMedia;

    @AfterAll
    static void closeSites() {
        SITES.values().forEach(TestSite::close);
        SITES.clear();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void demo_site_holds_a_whole_newsroom(TestDatabase db) {
        TestSite site = demo(db);
        List<Article> stories = publishedStories(site);

        assertThat(new TaxonomyStore(site.jdbi()).sections()).hasSize(3);
        assertThat(count(site, "author")).isEqualTo(3);
        assertThat(stories).hasSizeGreaterThanOrEqualTo(12);
        assertThat(stories).filteredOn(a -> a.mediaKind() == MediaKind.VIDEO).isNotEmpty();
        assertThat(stories).filteredOn(a -> !a.corrections().isEmpty()).isNotEmpty();
        assertThat(stories).filteredOn(a -> !a.sources().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(stories).allSatisfy(a -> assertThat(a.authors()).as("byline of " + a.slug()).isNotEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void demo_see_also_blocks_all_resolve_to_published_stories(TestDatabase db) {
        TestSite site = demo(db);
        List<Article> stories = publishedStories(site);
        Map<Long, String> titles = new LinkedHashMap<>();
        stories.forEach(a -> titles.put(a.id(), a.title()));

        assertThat(stories).filteredOn(a -> a.body().stream().anyMatch(BodyPart::isSeeAlso)).hasSizeGreaterThanOrEqualTo(8);
        for (Article story : stories) {
            String source = site.jdbi().withHandle(h -> h.createQuery("SELECT body_source FROM article WHERE id = :id")
                    .bind("id", story.id()).mapTo(String.class).one());
            List<ArticleSummary> shown = story.body().stream().filter(BodyPart::isSeeAlso).map(BodyPart::seeAlso).toList();
            assertThat(shown).as("See-also blocks of " + story.slug()).extracting(ArticleSummary::id)
                    .containsExactlyElementsOf(BodyRenderer.seeAlsoTargets(source));
            assertThat(shown).allSatisfy(target -> assertThat(target.title()).isEqualTo(titles.get(target.id())));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loading_the_demo_again_changes_nothing(TestDatabase db) throws IOException {
        TestSite site = demo(db);
        Map<String, Long> before = rowCounts(site);
        var taxonomy = new TaxonomyStore(site.jdbi());
        var writer = new ArticleWriter(site.jdbi(), new BodyRenderer(), Clock.systemUTC(), site.changes());
        var demo = new DemoSite(site.jdbi(), taxonomy, writer, new SettingsStore(site.jdbi(), site.changes()), new DemoImages(otherMedia));

        assertThat(demo.loadIfEmpty()).isFalse();
        assertThat(rowCounts(site)).isEqualTo(before);
        try (Stream<Path> drawn = Files.list(otherMedia)) {
            assertThat(drawn).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void featured_images_are_real_jpegs_of_the_recorded_size_in_the_media_folder(TestDatabase db) throws IOException {
        TestSite site = demo(db);
        List<FeaturedImage> images = publishedStories(site).stream().map(Article::image).filter(i -> i != null).toList();

        assertThat(images).isNotEmpty();
        for (FeaturedImage image : images) {
            assertThat(image.url()).startsWith("/media/");
            Path file = site.dataDir().resolve("media").resolve(image.url().substring("/media/".length()));
            assertThat(file).isRegularFile();
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                try {
                    reader.setInput(in);
                    assertThat(reader.getFormatName()).as(file.toString()).isEqualToIgnoringCase("jpeg");
                    assertThat(reader.getWidth(0)).isEqualTo(image.width());
                    assertThat(reader.getHeight(0)).isEqualTo(image.height());
                    assertThat(reader.read(0).getWidth()).as("decoded width").isEqualTo(image.width());
                } finally {
                    reader.dispose();
                }
            }
            assertThat(image.alt()).as("alt text of " + file).isNotBlank();
        }
    }

    private static synchronized TestSite demo(TestDatabase db) {
        return SITES.computeIfAbsent(db, d -> TestSite.fresh(d, true));
    }

    private static List<Article> publishedStories(TestSite site) {
        ArticleStore store = new ArticleStore(site.jdbi());
        return store.list(Listing.ALL, 0, 0, 1000).stream()
                .map(summary -> store.findPublished(summary.slug()).orElseThrow()).toList();
    }

    private static Map<String, Long> rowCounts(TestSite site) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, count(site, table)));
        return counts;
    }

    private static long count(TestSite site, String table) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
