package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** What the public pages read from the store, on SQLite and PostgreSQL. Each test files its stories in a section of its own. */
class ArticleStoreTest {
    private static final Map<TestDatabase, TestSite> SITES = new EnumMap<>(TestDatabase.class);

    private TestSite site;
    private Stories stories;
    private TaxonomyStore taxonomy;
    private ArticleStore store;
    private long section;
    private String unique;

    @AfterAll
    static void closeSites() {
        SITES.values().forEach(TestSite::close);
        SITES.clear();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void published_story_is_found_by_slug_with_everything_its_page_shows(TestDatabase db) {
        on(db);
        long andriy = taxonomy.addAuthor("andriy-" + unique, "Andriy " + unique, "Reporter.");
        long zoya = taxonomy.addAuthor("zoya-" + unique, "Zoya " + unique, "Editor.");
        long herald = taxonomy.addSource("herald-" + unique, "Herald " + unique, "https://herald.example");
        long agency = taxonomy.addSource("agency-" + unique, "Agency " + unique, "https://agency.example");
        FeaturedImage image = new FeaturedImage("/media/ferry.jpg", 1200, 675, "A ferry", "The ferry at dawn.", "Staff");
        Stories.Saved saved = story("Ferry returns " + unique).media(MediaKind.VIDEO).image(image).publishedAt(at(12))
                .author(zoya).author(andriy) // byline order is neither id nor name order
                .tag("River " + unique).tag("Dnipro " + unique).source(herald).source(agency)
                .correction(at(15), "Second correction.").correction(at(13), "First correction.")
                .save();

        Article article = store.findPublished(saved.slug()).orElseThrow();

        assertThat(article).extracting(Article::id, Article::title, Article::status, Article::publishedAt,
                        Article::mediaKind, Article::image, a -> a.section().id())
                .containsExactly(saved.id(), "Ferry returns " + unique, ArticleStatus.PUBLISHED, at(12), MediaKind.VIDEO, image, section);
        assertThat(article.authors()).extracting(Author::id).containsExactly(zoya, andriy);
        assertThat(article.tags()).extracting(Tag::name).containsExactlyInAnyOrder("River " + unique, "Dnipro " + unique);
        assertThat(article.sources()).extracting(Source::id).containsExactlyInAnyOrder(herald, agency);
        assertThat(article.corrections()).extracting(Correction::notedAt, Correction::text)
                .containsExactly(tuple(at(13), "First correction."), tuple(at(15), "Second correction."));
        assertThat(html(article)).contains("<p>A paragraph written by a test.</p>");
    }

    @ParameterizedTest
    @MethodSource("databasesAndHiddenStatuses")
    void story_that_is_not_published_is_not_found(TestDatabase db, ArticleStatus status) {
        on(db);
        Stories.Saved hidden = story("Hidden " + unique).status(status).save();

        assertThat(store.findPublished(hidden.slug())).isEmpty();
        assertThat(store.findPublished("no-such-story-" + unique)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databasesAndListings")
    void listing_holds_only_published_stories_of_its_key_newest_first(TestDatabase db, Listing listing) {
        on(db);
        String tag = "Tag " + unique;
        Map<Listing, Long> keys = Map.of(Listing.SECTION, section, Listing.TAG, taxonomy.tagNamed(tag),
                Listing.AUTHOR, taxonomy.addAuthor("author-" + unique, "Author " + unique, ""),
                Listing.SOURCE, taxonomy.addSource("source-" + unique, "Source " + unique, "https://source.example"));
        Function<String, Stories.Story> filed = title -> story(title).tag(tag).author(keys.get(Listing.AUTHOR))
                .source(keys.get(Listing.SOURCE));
        long older = filed.apply("Older").publishedAt(at(10)).save().id();
        long newer = filed.apply("Newer").publishedAt(at(12)).save().id();
        for (ArticleStatus hidden : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED)) {
            filed.apply("Hidden").status(hidden).publishedAt(at(11)).save();
        }
        stories.story("Elsewhere").section(stories.newSection("Other " + unique)).publishedAt(at(11)).save();

        assertThat(ids(store.list(listing, keys.get(listing), 0, 10))).containsExactly(newer, older);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listing_pages_by_offset_and_limit_and_orders_equal_times_by_id_descending(TestDatabase db) {
        on(db);
        long first = story("First").publishedAt(at(9)).save().id();
        long tieA = story("Tie A").publishedAt(at(10)).save().id();
        long tieB = story("Tie B").publishedAt(at(10)).save().id();
        long tieC = story("Tie C").publishedAt(at(10)).save().id();
        long last = story("Last").publishedAt(at(11)).save().id();

        assertThat(ids(store.list(Listing.SECTION, section, 0, 10))).containsExactly(last, tieC, tieB, tieA, first);
        assertThat(ids(store.list(Listing.SECTION, section, 0, 2))).containsExactly(last, tieC);
        assertThat(ids(store.list(Listing.SECTION, section, 2, 2))).containsExactly(tieB, tieA);
        assertThat(ids(store.list(Listing.SECTION, section, 4, 2))).containsExactly(first);
        assertThat(store.list(Listing.SECTION, section, 5, 2)).isEmpty();
        assertThat(ids(store.list(Listing.ALL, 0, 0, 1000))).contains(last, tieC, tieB, tieA, first);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newest_per_section_gives_at_most_n_per_section_with_sections_in_position_order(TestDatabase db) {
        on(db);
        long late = taxonomy.addSection("late-" + unique, "Late " + unique, "", 7);
        long early = taxonomy.addSection("early-" + unique, "Early " + unique, "", 3);
        stories.story("Late 1").section(late).publishedAt(at(9)).save();
        long late2 = stories.story("Late 2").section(late).publishedAt(at(10)).save().id();
        long late3 = stories.story("Late 3").section(late).publishedAt(at(11)).save().id();
        long early1 = stories.story("Early 1").section(early).publishedAt(at(8)).save().id();
        stories.story("Early draft").section(early).status(ArticleStatus.DRAFT).publishedAt(at(20)).save();

        List<ArticleSummary> newest = store.newestPerSection(2);

        assertThat(ids(newest.stream().filter(s -> s.section().id() == late || s.section().id() == early).toList()))
                .containsExactly(early1, late3, late2);
        assertThat(newest.stream().collect(Collectors.groupingBy(s -> s.section().id(), Collectors.counting())).values())
                .allSatisfy(perSection -> assertThat(perSection).isLessThanOrEqualTo(2));
        List<Long> navigation = taxonomy.sections().stream().map(Section::id).toList(); // by position, then id
        assertThat(newest.stream().map(s -> navigation.indexOf(s.section().id())).toList()).isSorted();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void see_also_block_shows_the_current_title_and_badge_of_the_story_it_names(TestDatabase db) {
        on(db);
        long target = story("Aboard the ferry " + unique).media(MediaKind.VIDEO).save().id();
        Stories.Saved linking = story("Ferry story").body("Intro.\n\n{{see-also " + target + "}}\n\nOutro.").save();

        assertThat(seeAlso(linking)).extracting(ArticleSummary::id, ArticleSummary::title, s -> s.mediaKind().badge())
                .containsExactly(tuple(target, "Aboard the ferry " + unique, "Video"));

        site.jdbi().useHandle(h -> h.execute("UPDATE article SET title = ?, media_kind = 'photo' WHERE id = ?", "Renamed ferry " + unique, target));

        assertThat(seeAlso(linking)).extracting(ArticleSummary::title, s -> s.mediaKind().badge())
                .containsExactly(tuple("Renamed ferry " + unique, "Photo"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void see_also_block_disappears_while_the_story_it_names_is_a_draft(TestDatabase db) {
        on(db);
        long draft = story("Not yet " + unique).status(ArticleStatus.DRAFT).save().id();
        long published = story("Soon hidden " + unique).save().id();
        Stories.Saved linking = story("Linking").body("Intro.\n\n{{see-also " + draft + "}}\n\n{{see-also " + published
                + "}}\n\nOutro.").save();

        assertThat(seeAlso(linking)).extracting(ArticleSummary::id).containsExactly(published);

        site.jdbi().useHandle(h -> h.execute("UPDATE article SET status = 'draft' WHERE id = ?", published));

        Article article = store.findPublished(linking.slug()).orElseThrow();
        assertThat(article.body()).noneMatch(BodyPart::isSeeAlso);
        assertThat(html(article)).contains("<p>Intro.</p>", "<p>Outro.</p>").doesNotContain("see-also");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void story_is_written_whole_or_not_at_all(TestDatabase db) {
        on(db);
        String slug = "broken-" + unique;
        Stories.Story broken = story("Broken").slug(slug).tag("Broken " + unique).correction(at(13), "Never stored.")
                .author(987_654_321L);

        assertThatThrownBy(broken::save).isInstanceOf(JdbiException.class);
        assertThat(count("SELECT COUNT(*) FROM article WHERE slug = :value", slug)).isZero();
        assertThat(count("SELECT COUNT(*) FROM correction WHERE text = :value", "Never stored.")).isZero();
    }

    static Stream<Arguments> databasesAndHiddenStatuses() {
        return onEachDatabase(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED);
    }

    static Stream<Arguments> databasesAndListings() {
        return onEachDatabase(Listing.SECTION, Listing.TAG, Listing.AUTHOR, Listing.SOURCE);
    }

    private static Stream<Arguments> onEachDatabase(Object... values) {
        return Arrays.stream(TestDatabase.values()).flatMap(db -> Arrays.stream(values).map(value -> Arguments.of(db, value)));
    }

    private void on(TestDatabase db) {
        site = SITES.computeIfAbsent(db, d -> TestSite.fresh(d, false));
        stories = site.stories();
        taxonomy = stories.taxonomy();
        store = new ArticleStore(site.jdbi());
        unique = Stories.unique();
        section = stories.newSection("Section " + unique);
    }

    /** A story in this test's own section. */
    private Stories.Story story(String title) {
        return stories.story(title).section(section);
    }

    private List<ArticleSummary> seeAlso(Stories.Saved story) {
        return store.findPublished(story.slug()).orElseThrow().body().stream().map(BodyPart::seeAlso).filter(s -> s != null).toList();
    }

    private static String html(Article article) {
        return article.body().stream().filter(p -> !p.isSeeAlso()).map(BodyPart::html).collect(Collectors.joining());
    }

    private long count(String sql, String value) {
        return site.jdbi().withHandle(h -> h.createQuery(sql).bind("value", value).mapTo(Long.class).one());
    }

    private static List<Long> ids(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleSummary::id).toList();
    }

    private static Instant at(int hour) {
        return Instant.parse("2026-11-20T00:00:00Z").plusSeconds(hour * 3600L);
    }
}
