package org.vistka.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.MediaKind;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The home, list and error pages over real HTTP, on both databases. */
class SitePagesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void home_shows_the_lead_story_the_latest_and_a_block_per_section(TestDatabase db) {
        Document home = TestSite.shared(db).page("/");

        String lead = home.selectFirst(".lead-story h2 a").attr("href");
        List<String> latest = home.select(".latest .story-title a").eachAttr("href");
        assertThat(lead).matches("/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+/");
        assertThat(latest).hasSize(10).doesNotContain(lead);
        assertThat(home.select(".section-block h2").eachText()).contains("News", "Politics", "War");
        assertThat(home.select(".section-block").first().select(".story")).hasSizeBetween(1, 4);
        assertThat(home.select("header nav a").eachText()).startsWith("News", "Politics", "War");
        assertThat(home.select("h1")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void section_pages_list_newest_first_twenty_a_page_with_links_between_pages(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        long section = stories.newSection("Regions");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String title = "Regional story " + i;
            stories.story(title).section(section).publishedAt(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(3600L * i)).save();
            titles.add(0, title);
        }
        String path = stories.taxonomy().sections().stream().filter(s -> s.id() == section).findFirst().orElseThrow().path();

        Document first = site.page(path);
        Document second = site.page(path + "?page=2");

        assertThat(first.selectFirst("h1").text()).isEqualTo("Regions");
        assertThat(first.select(".story-title a").eachText()).isEqualTo(titles.subList(0, 20));
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(path + "?page=2");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(second.select(".story-title a").eachText()).isEqualTo(titles.subList(20, 25));
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(path);
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(site.get(path + "?page=3").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tag_author_and_source_pages_list_their_stories(TestDatabase db) {
        TestSite site = TestSite.shared(db);

        Document tag = site.page("/tag/ferry/");
        Document author = site.page("/author/olena-marchuk/");
        Document source = site.page("/source/dnipro-herald/");

        assertThat(tag.selectFirst("h1").text()).isEqualTo("ferry");
        assertThat(tag.select(".story-title a").eachText()).contains("Video: Aboard the Stand-In Ferry on Its First Test Crossing");
        assertThat(tag.select(".story-title .badge").eachText()).contains("Video");
        assertThat(author.selectFirst("h1").text()).isEqualTo("Olena Marchuk");
        assertThat(author.select(".story")).isNotEmpty();
        assertThat(source.selectFirst("h1").text()).isEqualTo("Dnipro Evening Herald");
        assertThat(source.selectFirst(".listing-header a").attr("href")).isEqualTo("https://dnipro-herald.example/");
        assertThat(source.select(".story")).isNotEmpty();
        for (Document page : List.of(tag, author, source)) {
            List<String> times = page.select(".story time").eachAttr("datetime");
            assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bad_page_numbers_get_a_400_page_with_a_message(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        for (String page : List.of("abc", "-1", "0", "1.5", "99999999999")) {
            var response = site.get("/section/news/?page=" + page);

            assertThat(response.statusCode()).as(page).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8");
            assertThat(response.body()).contains("The page number must be a whole number from 1 up");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unknown_pages_get_a_helpful_404_with_search_and_latest_stories(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        for (String path : List.of("/no-such-page/", "/section/no-such-section/", "/tag/nothing/", "/author/nobody/",
                "/source/nowhere/", "/2026/11/24/no-such-story/", "/2026/11/24/Bad_Slug/")) {
            var response = site.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = org.jsoup.Jsoup.parse(response.body());
            assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
            assertThat(page.select("main form[role=search] input[name=q]")).hasSize(1);
            assertThat(page.select("main .story")).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void addresses_without_their_trailing_slash_move_permanently(TestDatabase db) {
        TestSite site = TestSite.shared(db);

        var section = site.get("/section/news?page=2");
        var article = site.get("/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost");

        assertThat(section.statusCode()).isEqualTo(301);
        assertThat(section.headers().firstValue("Location")).hasValue("/section/news/?page=2");
        assertThat(article.statusCode()).isEqualTo(301);
        assertThat(article.headers().firstValue("Location"))
                .hasValue("/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/");
        assertThat(site.get("//evil.example").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void head_requests_answer_like_get_without_a_body(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        for (String path : List.of("/", "/section/news/", "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/", "/healthz")) {
            var head = site.head(path);

            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).isEqualTo(site.get(path).headers().firstValue("Content-Type"));
        }
        assertThat(site.head("/no-such-page/").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void list_pages_make_the_same_few_queries_however_many_stories_they_show(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        long section = stories.newSection("Counted");
        String path = stories.taxonomy().sections().stream().filter(s -> s.id() == section).findFirst().orElseThrow().path();
        stories.story("Only story").section(section).save();
        long home = site.statementsFor("/");
        long one = site.statementsFor(path);

        for (int i = 0; i < 6; i++) {
            stories.story("Another story " + i).section(section).tag("counted").save();
        }

        assertThat(site.statementsFor(path)).isEqualTo(one).isLessThanOrEqualTo(5);
        assertThat(site.statementsFor("/")).isEqualTo(home).isLessThanOrEqualTo(5);
    }
}
