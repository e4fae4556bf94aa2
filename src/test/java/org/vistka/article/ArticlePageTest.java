package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** What a reader sees on an article page, over real HTTP, on both databases. */
class ArticlePageTest {
    private static final String DEMO_ARTICLE = "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void article_page_shows_every_part_of_the_story(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        long section = stories.newSection("Energy");
        long first = stories.taxonomy().addAuthor("a-" + Stories.unique(), "Mariia Koval", "Covers energy.");
        long second = stories.taxonomy().addAuthor("a-" + Stories.unique(), "Petro Shevchuk", "Covers cities.");
        long source = stories.taxonomy().addSource("src-" + Stories.unique(), "Vinnytsia Evening Post", "https://vinnytsia-post.example/");
        var earlier = stories.story("Floods close the old ferry crossing").media(MediaKind.VIDEO).section(section)
                .publishedAt(Instant.parse("2026-11-01T08:00:00Z")).save();
        var story = stories.story("Council agrees to restore the ferry <before> spring")
                .standfirst("The vote was unanimous & quick.")
                .section(section).author(first).author(second).source(source).tag("ferry").tag("Vinnytsia")
                .body("The mayor spoke, according to Vinnytsia Evening Post.\n\n{{see-also " + earlier.id() + "}}\n\n"
                        + "> “We will start in January,” the statement reads.\n\nLast paragraph.")
                .publishedAt(Instant.parse("2026-11-24T11:40:00Z")).updatedAt(Instant.parse("2026-11-24T12:02:00Z"))
                .image(new FeaturedImage("/media/ferry.jpg", 1200, 675, "The ferry at its pier", "The ferry in October.", "Photo: Ivan Hrytsenko"))
                .correction(Instant.parse("2026-11-24T13:10:00Z"), "An earlier version gave the wrong date of the vote.")
                .save();

        Document page = site.page(story.path());

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Council agrees to restore the ferry <before> spring");
        assertThat(page.selectFirst(".article-header .standfirst").text()).isEqualTo("The vote was unanimous & quick.");
        assertThat(page.select(".byline a[rel=author]").eachText()).containsExactly("Mariia Koval", "Petro Shevchuk");
        assertThat(page.selectFirst(".byline").text())
                .contains("By Mariia Koval and Petro Shevchuk · 24 November 2026, 13:40 (Kyiv) · updated 24 November 2026, 14:02");
        assertThat(page.select(".byline time").eachAttr("datetime")).containsExactly("2026-11-24T13:40+02:00", "2026-11-24T14:02+02:00");
        assertThat(page.selectFirst(".kicker a").text()).isEqualTo("Energy");
        Element image = page.selectFirst("figure.featured-image img");
        assertThat(image.attr("src")).isEqualTo("/media/ferry.jpg");
        assertThat(image.attr("alt")).isEqualTo("The ferry at its pier");
        assertThat(page.selectFirst("figure.featured-image figcaption").text()).isEqualTo("The ferry in October. Photo: Ivan Hrytsenko");
        assertThat(page.selectFirst(".article-body blockquote").text()).isEqualTo("“We will start in January,” the statement reads.");
        Element seeAlso = page.selectFirst(".article-body aside.see-also");
        assertThat(seeAlso.text()).isEqualTo("See also: Floods close the old ferry crossing Video");
        assertThat(seeAlso.selectFirst("a").attr("href")).isEqualTo(earlier.path());
        assertThat(page.select(".tags a[rel=tag]").eachText()).containsExactly("ferry", "Vinnytsia");
        assertThat(page.selectFirst(".sources a").text()).isEqualTo("Vinnytsia Evening Post");
        assertThat(page.selectFirst(".sources a").attr("href")).startsWith("/source/src-");
        assertThat(page.selectFirst(".correction").text())
                .isEqualTo("Correction (24 Nov, 15:10): An earlier version gave the wrong date of the vote.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://127.0.0.1" + story.path());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void see_also_naming_an_unpublished_story_is_left_out_never_a_dead_link(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        var draft = site.stories().story("A draft nobody may see").status(ArticleStatus.DRAFT).save();
        var story = site.stories().story("A story that names a draft")
                .body("Before.\n\n{{see-also " + draft.id() + "}}\n\n{{see-also 999999999}}\n\nAfter.").save();

        Document page = site.page(story.path());

        assertThat(page.select("aside.see-also")).isEmpty();
        assertThat(page.selectFirst(".article-body").text()).isEqualTo("Before. After.");
        assertThat(page.html()).doesNotContain(draft.slug());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void see_also_shows_the_current_title_after_the_named_story_is_renamed(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        var target = site.stories().story("Old headline").save();
        var story = site.stories().story("Follow-up").body("{{see-also " + target.id() + "}}").save();
        site.jdbi().useHandle(h -> h.createUpdate("UPDATE article SET title = 'New headline' WHERE id = :id").bind("id", target.id()).execute());

        assertThat(site.page(story.path()).selectFirst("aside.see-also a").text()).isEqualTo("New headline");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unpublished_stories_are_not_found_by_the_public(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        for (ArticleStatus status : new ArticleStatus[] {ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED}) {
            var story = site.stories().story("Not for readers yet").status(status).save();

            var response = site.get(story.path());

            assertThat(response.statusCode()).as(status.name()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Not for readers yet");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_known_slug_under_the_wrong_date_moves_permanently_to_its_address(TestDatabase db) {
        TestSite site = TestSite.shared(db);

        var response = site.get("/2020/01/01/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(DEMO_ARTICLE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void article_page_makes_the_same_few_queries_however_much_the_story_holds(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        var a = stories.story("Target A").save();
        var b = stories.story("Target B").save();
        var c = stories.story("Target C").save();
        var small = stories.story("Small story").body("{{see-also " + a.id() + "}}").tag("one").save();
        var big = stories.story("Big story")
                .body("{{see-also " + a.id() + "}}\n\n{{see-also " + b.id() + "}}\n\n{{see-also " + c.id() + "}}")
                .author(stories.taxonomy().addAuthor("x-" + Stories.unique(), "X", ""))
                .author(stories.taxonomy().addAuthor("y-" + Stories.unique(), "Y", ""))
                .tag("one").tag("two").tag("three").correction(Instant.now(), "One.").correction(Instant.now(), "Two.").save();

        // Both are related to each other (the tag "one") once the search index holds them.
        await("the search index to hold the new stories").atMost(Duration.ofSeconds(5)).until(
                () -> !site.renderedPage(small.path()).select(".related a[href=" + big.path() + "]").isEmpty());

        long forSmall = site.statementsFor(small.path());
        long forBig = site.statementsFor(big.path());

        // Story, bylines, tags, sources, corrections, See-also targets, sections, settings, related stories; comment
        // settings, comment count and threads (no comments yet, so no fourth comment query); share settings and counts.
        assertThat(forBig).isEqualTo(forSmall).isLessThanOrEqualTo(14);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void demo_article_page_is_under_30_kilobytes_gzip_compressed(TestDatabase db) throws IOException {
        var response = TestSite.shared(db).getBytes(DEMO_ARTICLE, "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body().length).isLessThan(30 * 1024);
        assertThat(gzipSize(TestSite.shared(db).get(DEMO_ARTICLE).body())).isLessThan(30 * 1024);
    }

    private static int gzipSize(String html) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
