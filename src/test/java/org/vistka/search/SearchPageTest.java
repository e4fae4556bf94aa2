package org.vistka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.NuChecker;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The search page over real HTTP on both databases: the language cases, hostile queries, filters, order, paging and
 * snippets. Each test marks its stories with a word of its own, so the shared demo site's other stories stay out.
 */
class SearchPageTest {
    private final String mark = "zq" + Stories.unique();
    /** The title of this test's story saved last: once a search finds it, the index holds the others too. */
    private String lastSaved;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inflected_ukrainian_and_russian_forms_find_each_other(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        save(site, "Новини з Києва " + mark);
        save(site, "Київ відкриває бібліотеки " + mark);
        save(site, "Ярмарок у Харкові " + mark);
        save(site, "В Донбассе снова стреляли " + mark);

        assertThat(titlesFound(site, "Києва " + mark)).containsExactlyInAnyOrder("Новини з Києва " + mark, "Київ відкриває бібліотеки " + mark);
        assertThat(titlesFound(site, "київ " + mark)).containsExactlyInAnyOrder("Новини з Києва " + mark, "Київ відкриває бібліотеки " + mark);
        assertThat(titlesFound(site, "Харків " + mark)).containsExactly("Ярмарок у Харкові " + mark);
        assertThat(titlesFound(site, "Донбасс " + mark)).containsExactly("В Донбассе снова стреляли " + mark);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void spellings_of_one_place_find_each_other(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        save(site, "Shelling resumes in Donbass " + mark);
        save(site, "Донбас чекає на відбудову " + mark);
        save(site, "Kiev metro opens a new station " + mark);
        save(site, "Kyiv buses run all night " + mark);
        save(site, "Farmers sell their grain " + mark);

        assertThat(titlesFound(site, "Donbas " + mark)).containsExactlyInAnyOrder(
                "Shelling resumes in Donbass " + mark, "Донбас чекає на відбудову " + mark);
        assertThat(titlesFound(site, "Donbass " + mark)).containsExactlyInAnyOrder(
                "Shelling resumes in Donbass " + mark, "Донбас чекає на відбудову " + mark);
        assertThat(titlesFound(site, "Kyiv " + mark)).containsExactlyInAnyOrder(
                "Kiev metro opens a new station " + mark, "Kyiv buses run all night " + mark);
        assertThat(titlesFound(site, "Kiev " + mark)).containsExactlyInAnyOrder(
                "Kiev metro opens a new station " + mark, "Kyiv buses run all night " + mark);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void quoted_names_match_exactly_as_written(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        save(site, "Olena Marchuk wins the prize " + mark);
        save(site, "Marchuk and Olena Petrenko meet " + mark);
        save(site, "Концерт у Києві " + mark);
        save(site, "Концерт: Київ співає " + mark);

        assertThat(titlesFound(site, "\"Olena Marchuk\" " + mark)).containsExactly("Olena Marchuk wins the prize " + mark);
        assertThat(titlesFound(site, "Olena Marchuk " + mark)).hasSize(2);
        assertThat(titlesFound(site, "\"Київ\" " + mark)).containsExactly("Концерт: Київ співає " + mark);
        assertThat(titlesFound(site, "«Києві» " + mark)).containsExactly("Концерт у Києві " + mark);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void words_are_found_in_the_standfirst_body_tags_bylines_and_sources(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        long author = stories.taxonomy().addAuthor("a-" + mark, "Bohdana Verbytska" + mark, "");
        long source = stories.taxonomy().addSource("s-" + mark, "Harbour Gazette " + mark, "https://harbour.example/");
        stories.story("In the standfirst " + mark).standfirst("Lighthouse keepers strike").save();
        stories.story("In the body " + mark).body("The **kettlebell** championship is on.").save();
        stories.story("In a tag " + mark).tag("Saltmarsh" + mark).save();
        stories.story("In a byline " + mark).author(author).save();
        stories.story("In a source " + mark).source(source).save();
        lastSaved = "In a source " + mark;

        assertThat(titlesFound(site, "lighthouse " + mark)).containsExactly("In the standfirst " + mark);
        assertThat(titlesFound(site, "kettlebells " + mark)).containsExactly("In the body " + mark);
        assertThat(titlesFound(site, "saltmarsh" + mark)).containsExactly("In a tag " + mark);
        assertThat(titlesFound(site, "verbytska" + mark)).containsExactly("In a byline " + mark);
        assertThat(titlesFound(site, "gazette " + mark)).containsExactly("In a source " + mark);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hostile_queries_give_a_normal_valid_page(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        save(site, "A story about the ferry " + mark);
        List<String> hostile = List.of("", " ", "\"", "\"\"\"", "*", "?", "title:(a OR b)~2", "ferry AND NOT", "a* b? [x TO y]",
                "{!lucene}x", "+-&&||!(){}[]^\"~*?:\\/", "\\", "/regex/", "x".repeat(5000), "ferry ".repeat(400),
                "\"unclosed " + mark, "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u0000nul", "a\u0301\u0301\u0301",
                "\u202Eevil\u202C", "שלום עולם", "🇺🇦🔥💥", "\uD83D", "\uFEFF", "ｆｅｒｒｙ", "null", "the of and",
                "а".repeat(300) + " " + mark);
        for (String query : hostile) {
            HttpResponse<String> response = site.get("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).as(query).doesNotContain("<script>alert").contains("<form class=\"search-page-form\"");
        }
        for (String query : List.of("title:(a OR b)~2", "<script>alert(1)</script>", "🇺🇦🔥💥", "\u202Eevil\u202C", "ferry " + mark)) {
            String body = site.get("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
            assertThat(NuChecker.errors(body)).as(query).isEmpty();
        }
        assertThat(titlesFound(site, "\"" + mark + " ferry")).as("an unclosed quote runs to the end").isEmpty();
        assertThat(titlesFound(site, "(ferry) " + mark + "~")).containsExactly("A story about the ferry " + mark);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void snippets_mark_the_words_found_and_escape_the_text(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        site.stories().story("Markup story " + mark).standfirst("")
                .body("An opening paragraph about nothing much.\n\nEditors wrote \\<b>bold\\</b> & \\<script>x\\</script> around the "
                        + "kyivan " + mark + " in one sentence.\n\nA closing paragraph.").save();

        awaitFound(site, mark, "Markup story " + mark);
        Document page = site.page("/search/?q=" + mark);

        var snippet = page.selectFirst(".search-results .snippet");
        assertThat(snippet.select("mark").eachText()).containsExactly(mark);
        assertThat(snippet.text()).contains("Editors wrote <b>bold</b> & <script>x</script> around the kyivan " + mark);
        assertThat(snippet.select("b, script")).isEmpty();
        assertThat(page.select(".search-results .standfirst")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filters_order_and_paging_narrow_and_arrange_the_results(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        long section = stories.newSection("Harbours " + mark);
        long author = stories.taxonomy().addAuthor("a-" + mark, "Ivanna Sokil", "");
        List<String> newestFirst = new ArrayList<>();
        for (int day = 1; day <= 22; day++) {
            String title = "Harbour day " + day + " " + mark;
            var story = stories.story(title).section(section).publishedAt(Instant.parse("2025-03-01T09:00:00Z").plusSeconds(86_400L * (day - 1)));
            if (day % 5 == 0) {
                story.author(author);
            }
            story.save();
            newestFirst.add(0, title);
        }
        save(site, "Harbour elsewhere " + mark);
        String sectionSlug = stories.taxonomy().sections().stream().filter(s -> s.id() == section).findFirst().orElseThrow().slug();
        awaitFound(site, mark, "Harbour elsewhere " + mark);

        Document first = site.page("/search/?q=" + mark + "&section=" + sectionSlug + "&sort=newest");
        assertThat(titles(first)).isEqualTo(newestFirst.subList(0, 20));
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/search/?q=" + mark + "&section=" + sectionSlug + "&sort=newest&page=2");
        assertThat(titles(site.page(next))).isEqualTo(newestFirst.subList(20, 22));
        assertThat(titles(site.page("/search/?q=" + mark + "&author=a-" + mark))).containsExactlyInAnyOrder(
                "Harbour day 5 " + mark, "Harbour day 10 " + mark, "Harbour day 15 " + mark, "Harbour day 20 " + mark);
        assertThat(titles(site.page("/search/?q=" + mark + "&from=2025-03-03&to=2025-03-05&sort=newest")))
                .containsExactly("Harbour day 5 " + mark, "Harbour day 4 " + mark, "Harbour day 3 " + mark);
        assertThat(titles(site.page("/search/?section=" + sectionSlug + "&to=2025-03-02")))
                .as("filters alone, without words, list newest first").containsExactly("Harbour day 2 " + mark, "Harbour day 1 " + mark);
        Document chosen = site.page("/search/?q=" + mark + "&section=" + sectionSlug + "&sort=newest&from=2025-03-03");
        assertThat(chosen.selectFirst("#search-section option[selected]").val()).isEqualTo(sectionSlug);
        assertThat(chosen.selectFirst("#search-sort option[selected]").val()).isEqualTo("newest");
        assertThat(chosen.selectFirst("#search-from").val()).isEqualTo("2025-03-03");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void relevance_puts_the_story_about_the_words_first(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        stories.story("Council budget " + mark).body("A passing mention of the tramway.").publishedAt(Instant.parse("2026-01-02T10:00:00Z")).save();
        stories.story("Tramway returns to the old town " + mark).body("The tramway, the tramway, the tramway.")
                .publishedAt(Instant.parse("2025-01-02T10:00:00Z")).save();
        awaitFound(site, "tramway " + mark, "Council budget " + mark);

        assertThat(titles(site.page("/search/?q=tramway+" + mark))).containsExactly("Tramway returns to the old town " + mark, "Council budget " + mark);
        assertThat(titles(site.page("/search/?q=tramway+" + mark + "&sort=newest"))).containsExactly("Council budget " + mark, "Tramway returns to the old town " + mark);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_filter_that_cannot_be_used_answers_400_with_the_reason_on_the_page(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        List<List<String>> cases = List.of(
                List.of("from=2025-13-45", "The “from” date must be a day written as 2025-11-20; “2025-13-45” is not one."),
                List.of("to=yesterday", "The “to” date must be a day written as 2025-11-20; “yesterday” is not one."),
                List.of("from=2025-05-02&to=2025-05-01", "The “from” date (2025-05-02) is after the “to” date (2025-05-01)."),
                List.of("section=no-such-section", "There is no section “no-such-section” to search in."),
                List.of("author=%3Cb%3E", "There is no author “<b>” to search for."),
                List.of("sort=random", "Results can be ordered by “relevance” or “newest”, not “random”."),
                List.of("q=ferry&page=51", "Search results stop at 1000 stories: add a word or a filter to see the others."));
        for (List<String> c : cases) {
            HttpResponse<String> response = site.get("/search/?" + c.get(0));
            Document page = Jsoup.parse(response.body());
            assertThat(response.statusCode()).as(c.get(0)).isEqualTo(400);
            assertThat(page.selectFirst(".problem").text()).as(c.get(0)).isEqualTo(c.get(1));
            assertThat(page.select("#page-search")).hasSize(1);
        }
        assertThat(NuChecker.errors(site.get("/search/?q=x&from=2025-13-45").body())).isEmpty();
        assertThat(site.get("/search/?q=x&page=abc").statusCode()).isEqualTo(400);
    }

    private void save(TestSite site, String title) {
        site.stories().story(title).save();
        lastSaved = title;
    }

    private static List<String> titles(Document page) {
        return page.select(".search-results .story-title a").eachText();
    }

    /** The titles a search finds once the index has taken in this test's stories (the last one saved is there). */
    private List<String> titlesFound(TestSite site, String query) {
        awaitFound(site, "\"" + lastSaved + "\"", lastSaved);
        return titles(site.page("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    private static void awaitFound(TestSite site, String query, String title) {
        await("“" + title + "” to be found by " + query).atMost(Duration.ofSeconds(5)).until(
                () -> titles(site.page("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).contains(title));
    }
}
