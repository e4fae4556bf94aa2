package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.ArticleWriter;
import org.vistka.article.BodyRenderer;
import org.vistka.article.Correction;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Conditional GET on feeds and sitemaps: validators, 304 answers, HEAD, and documents that change only with their content. */
class ConditionalFeedTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_reader_holding_the_current_feed_gets_a_bodiless_304_by_etag_or_by_date(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        for (String path : new String[] {"/feed/", "/feed/atom/", "/comments/feed/", "/sitemap.xml", "/news-sitemap.xml"}) {
            HttpResponse<String> first = site.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<String> byTag = site.get(path, "If-None-Match", etag);
            HttpResponse<String> byDate = site.get(path, "If-Modified-Since", lastModified);
            HttpResponse<String> staleTag = site.get(path, "If-None-Match", "\"something-else\"", "If-Modified-Since", lastModified);
            HttpResponse<String> head = site.head(path);

            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{24}\"");
            assertThat(byTag.statusCode()).as(path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
            assertThat(byDate.statusCode()).as(path).isEqualTo(304);
            assertThat(staleTag.statusCode()).as("If-None-Match decides over the date").isEqualTo(200);
            assertThat(staleTag.body()).isEqualTo(first.body());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        }
        var robots = site.get("/robots.txt");
        assertThat(site.get("/robots.txt", "If-None-Match", robots.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_feed_changes_when_its_stories_change_and_only_then(TestDatabase db) {
        // A site of its own: a settings change elsewhere would rightly move every feed's Last-Modified.
        try (TestSite site = TestSite.fresh(db, true)) {
            changesOnlyWithItsStories(site);
        }
    }

    private static void changesOnlyWithItsStories(TestSite site) {
        var stories = site.stories();
        long quiet = stories.newSection("Quiet");
        long busy = stories.newSection("Busy");
        var story = stories.story("A quiet story").section(quiet).bylined().publishedAt(Instant.parse("2026-11-19T09:00:00Z"))
                .updatedAt(Instant.parse("2026-11-19T09:00:00Z")).save();
        String feed = stories.taxonomy().sections().stream().filter(s -> s.id() == quiet).findFirst().orElseThrow().path() + "feed/atom/";
        HttpResponse<String> before = site.get(feed);

        site.clock().set(Instant.now().plus(Duration.ofDays(3)));
        stories.story("Elsewhere").section(busy).bylined().publishedAt(Instant.parse("2026-11-19T10:00:00Z")).save();
        HttpResponse<String> later = site.get(feed);
        site.clock().reset();
        new ArticleWriter(site.jdbi(), new BodyRenderer(), site.clock(), site.changes())
                .addCorrection(story.id(), new Correction(Instant.parse("2026-11-20T08:00:00Z"), "The story named the wrong district."));
        HttpResponse<String> corrected = site.get(feed, "If-None-Match", before.headers().firstValue("ETag").orElseThrow());

        assertThat(later.body()).isEqualTo(before.body());
        assertThat(later.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
        assertThat(later.headers().firstValue("Last-Modified")).hasValue("Thu, 19 Nov 2026 09:00:00 GMT");
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(corrected.body()).contains("The story named the wrong district.").contains("<updated>2026-11-20T10:00:00+02:00</updated>");
        assertThat(corrected.headers().firstValue("Last-Modified")).hasValue("Fri, 20 Nov 2026 08:00:00 GMT");
    }
}
