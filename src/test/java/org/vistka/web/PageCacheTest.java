package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.ArticleStatus;
import org.vistka.comment.CommentStatus;
import org.vistka.comment.ModerationStore;
import org.vistka.account.Role;
import org.vistka.testing.Commenter;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The page cache as readers meet it: pages served from memory in the encoding they accept, 304s for what they
 * already hold, nothing personal ever shared, and each change dropping exactly the pages that show it.
 */
class PageCacheTest {
    private static final TestSite site = TestSite.shared(TestDatabase.SQLITE);

    @Test
    void a_page_seen_before_is_sent_from_memory_the_same_and_without_touching_the_database() {
        String path = anArticle(site);
        startOfAMinute(site);
        HttpResponse<String> first = site.get(path);
        HttpResponse<String> second = site.get(path);
        assertThat(second.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage=", "stale-while-revalidate=");
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(site.statementsFor(path, true)).isZero();
    }

    @Test
    void a_kept_page_carries_the_headers_of_a_rendered_one_and_a_head_request_gets_them_without_the_body() {
        String path = anArticle(site);
        startOfAMinute(site);
        HttpResponse<String> rendered = site.get(path, "Cookie", "reader=1");
        HttpResponse<String> kept = site.get(path);
        kept = site.get(path);
        HttpResponse<String> head = site.head(path);

        assertThat(kept.headers().firstValue("X-Cache")).hasValue("hit");
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
                "Cross-Origin-Opener-Policy", "Permissions-Policy", "Content-Type")) {
            assertThat(kept.headers().allValues(header)).as(header).isEqualTo(rendered.headers().allValues(header));
        }
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(kept.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(kept.headers().firstValue("ETag"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void each_reader_gets_the_encoding_they_accept_and_each_decodes_to_the_same_page() throws Exception {
        String path = anArticle(site);
        byte[] plain = site.getBytes(path).body();
        HttpResponse<byte[]> brotli = site.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> gzip = site.getBytes(path, "Accept-Encoding", "gzip, br;q=0");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain);
        assertThat(brotli.body().length).isLessThan(gzip.body().length).isLessThan(plain.length / 2);
        assertThat(site.getBytes(path).headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(brotli.headers().allValues("Vary")).contains("Accept-Encoding");
    }

    @Test
    void a_reader_who_holds_the_page_gets_304_and_no_body() {
        String path = anArticle(site);
        HttpResponse<String> page = site.get(path);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String modified = page.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> byTag = site.get(path, "If-None-Match", etag);
        HttpResponse<String> byDate = site.get(path, "If-Modified-Since", modified);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(site.get(path, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void requests_with_a_cookie_or_unknown_parameters_are_rendered_for_that_reader_and_never_kept() {
        String path = anArticle(site);
        site.get(path);
        HttpResponse<String> withCookie = site.get(path, "Cookie", "vistka_writer=abc");
        assertThat(withCookie.headers().firstValue("X-Cache")).isEmpty();
        assertThat(withCookie.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        String tracked = path + "?utm_source=" + Stories.unique();
        site.get(tracked);
        assertThat(site.get(tracked).headers().firstValue("X-Cache")).isEmpty();
        startOfAMinute(site);
        assertThat(site.get("/?page=1").statusCode()).isEqualTo(200);
        assertThat(site.get("/?page=1").headers().firstValue("X-Cache")).hasValue("hit");
    }

    @Test
    void a_held_comment_shows_to_its_writer_only_even_when_the_page_is_cached_for_everyone_else() {
        var story = site.stories().story("Night buses return " + Stories.unique()).bylined().save();
        Instant start = startOfAMinute(site);
        assertThat(site.get(story.path()).statusCode()).isEqualTo(200);
        Commenter writer = new Commenter(site, start);
        writer.post(story.path(), "Waiting for the 92 every night.", "Mykola", "mykola-" + Stories.unique() + "@example.net");
        assertThat(writer.browser().get(story.path()).body()).contains("Waiting for the 92", "Your comment is awaiting moderation.");
        HttpResponse<String> other = site.get(story.path());
        assertThat(other.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(other.body()).doesNotContain("Waiting for the 92", "awaiting moderation");
    }

    @Test
    void a_thousand_readers_missing_the_same_page_at_once_wait_for_one_render() {
        String path = site.stories().story("Crowds gather at the river " + Stories.unique()).bylined().save().path();
        long before = site.vistka().pageCache().renders();
        List<CompletableFuture<HttpResponse<String>>> readers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            readers.add(site.getAsync(path));
        }
        readers.forEach(reader -> assertThat(reader.join().statusCode()).isEqualTo(200));
        assertThat(site.vistka().pageCache().renders() - before).isEqualTo(1);
    }

    @Test
    void the_kyiv_time_in_a_kept_page_is_always_the_current_minute() {
        String path = anArticle(site);
        Instant minute = startOfAMinute(site);
        String shown = time(site.get(path).body());
        site.clock().set(minute.plusSeconds(59));
        HttpResponse<String> sameMinute = site.get(path);
        assertThat(sameMinute.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(time(sameMinute.body())).isEqualTo(shown);
        site.clock().set(minute.plusSeconds(60));
        HttpResponse<String> nextMinute = site.get(path);
        assertThat(nextMinute.headers().firstValue("X-Cache")).hasValue("miss");
        assertThat(time(nextMinute.body())).isNotEqualTo(shown);
    }

    @Test
    void the_cache_stays_within_its_size_and_keeps_the_pages_readers_come_back_to() {
        try (TestSite small = TestSite.fresh(TestDatabase.SQLITE, true, 1)) {
            String popular = anArticle(small);
            startOfAMinute(small);
            for (int page = 2; page < 400; page++) {
                small.get(popular);
                small.get("/?page=" + page);
            }
            assertThat(small.vistka().pageCache().bytesHeld()).isPositive().isLessThanOrEqualTo(1024 * 1024);
            assertThat(small.get(popular).headers().firstValue("X-Cache")).hasValue("hit");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_edit_drops_its_page_its_lists_and_the_pages_that_name_it_and_nothing_else(TestDatabase database) {
        try (TestSite fresh = TestSite.fresh(database, true)) {
            Stories stories = fresh.stories();
            String rivers = sectionPath(fresh, stories.newSection("Rivers"));
            long roadsId = stories.newSection("Roads");
            String roads = sectionPath(fresh, roadsId);
            var ferry = stories.story("Ferry returns to the river").section(taxonomyId(fresh, rivers)).tag("ferries").bylined().save();
            var repairs = stories.story("Road repairs finish early").section(roadsId).save();
            var bridge = stories.story("Bridge plans go on show").section(roadsId)
                    .body("The plans are in the library.\n\n{{see-also " + ferry.id() + "}}\n\nComments close in May.").save();
            List<String> all = List.of("/", rivers, roads, "/tag/ferries/", ferry.path(), repairs.path(), bridge.path(),
                    "/feed/", rivers + "feed/", roads + "feed/atom/");
            startOfAMinute(fresh);
            all.forEach(path -> assertThat(warm(fresh, path)).as(path).isEqualTo("hit"));

            stories.update(ferry.id(), f -> Stories.retitled(f, "Ferry returns to the Desna"));

            for (String path : List.of("/", rivers, "/tag/ferries/", ferry.path(), bridge.path(), "/feed/", rivers + "feed/")) {
                HttpResponse<String> page = fresh.get(path);
                assertThat(page.headers().firstValue("X-Cache")).as(path).hasValue("miss");
                assertThat(page.body()).as(path).contains("Ferry returns to the Desna");
            }
            for (String path : List.of(roads, repairs.path(), roads + "feed/atom/")) {
                assertThat(fresh.get(path).headers().firstValue("X-Cache")).as(path).hasValue("hit");
            }

            all.forEach(path -> warm(fresh, path));
            stories.update(ferry.id(), f -> Stories.withStatus(f, ArticleStatus.UNPUBLISHED));
            assertThat(fresh.get(bridge.path()).body()).doesNotContain("Ferry returns to the Desna");
            assertThat(fresh.get(rivers).body()).doesNotContain("Ferry returns to the Desna");
            assertThat(fresh.get(ferry.path()).statusCode()).isEqualTo(404);
            assertThat(fresh.get(repairs.path()).headers().firstValue("X-Cache")).hasValue("hit");
            assertThat(fresh.get(roads).headers().firstValue("X-Cache")).hasValue("hit");

            var tram = stories.story("Tram depot reopens").section(roadsId).save();
            assertThat(fresh.get(roads).body()).contains("Tram depot reopens");
            assertThat(fresh.get("/").body()).contains("Tram depot reopens");
            assertThat(fresh.get(rivers).headers().firstValue("X-Cache")).hasValue("hit");
            assertThat(fresh.get(repairs.path()).headers().firstValue("X-Cache")).hasValue("hit");
            assertThat(fresh.get(tram.path()).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_approved_comment_drops_its_story_page_and_a_settings_change_drops_every_page(TestDatabase database) {
        try (TestSite fresh = TestSite.fresh(database, true)) {
            var discussed = fresh.stories().story("Council debates the budget").bylined().save();
            var quiet = fresh.stories().story("Library extends its hours").bylined().save();
            Instant start = startOfAMinute(fresh);
            warm(fresh, discussed.path());
            warm(fresh, quiet.path());
            new Commenter(fresh, start)
                    .post(discussed.path(), "Publish every line of it.", "Iryna", "iryna@example.net");
            assertThat(fresh.get(discussed.path()).headers().firstValue("X-Cache")).as("a held comment changes nothing").hasValue("hit");

            long id = fresh.jdbi().withHandle(h -> h.createQuery("SELECT id FROM comment WHERE article_id = :a")
                    .bind("a", discussed.id()).mapTo(Long.class).one());
            new ModerationStore(fresh.jdbi(), fresh.changes()).setStatus(List.of(id), CommentStatus.APPROVED, "a moderator");
            HttpResponse<String> approved = fresh.get(discussed.path());
            assertThat(approved.headers().firstValue("X-Cache")).hasValue("miss");
            assertThat(approved.body()).contains("Publish every line of it.");
            assertThat(fresh.get(quiet.path()).headers().firstValue("X-Cache")).hasValue("hit");

            NewsroomClient admin = fresh.signedIn(Role.ADMINISTRATOR);
            Map<String, Object> settings = admin.formValues("/newsroom/settings/", "/newsroom/settings/");
            settings.put("name", "Evening Courier");
            assertThat(admin.post("/newsroom/settings/", settings).statusCode()).isEqualTo(303);
            HttpResponse<String> renamed = fresh.get(quiet.path());
            assertThat(renamed.headers().firstValue("X-Cache")).hasValue("miss");
            assertThat(renamed.body()).contains("Evening Courier");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_new_comment_shows_to_its_writer_at_once_and_to_other_readers_within_two_seconds(TestDatabase database) {
        try (TestSite fresh = TestSite.fresh(database, true)) {
            var discussed = fresh.stories().story("Tram depot reopens").bylined().save();
            Instant start = startOfAMinute(fresh);
            Commenter writer = new Commenter(fresh, start);
            writer.post(discussed.path(), "First, to be approved.", "Oksana", "oksana@example.net");
            long first = fresh.jdbi().withHandle(h -> h.createQuery("SELECT id FROM comment WHERE article_id = :a")
                    .bind("a", discussed.id()).mapTo(Long.class).one());
            new ModerationStore(fresh.jdbi(), fresh.changes()).setStatus(List.of(first), CommentStatus.APPROVED, "a moderator");
            // Her next comment is sent 40 s into the minute (her first was at 20 s), just as the page is kept for everyone else.
            Instant sent = start.plusSeconds(40);
            fresh.clock().set(sent);
            warm(fresh, discussed.path());

            // Her first comment approved, her next ones are published at once.
            writer.later(Duration.ofSeconds(15)).post(discussed.path(), Duration.ofSeconds(5), Map.of("comment", "And the night trams too?",
                    "author", "Oksana", "email", "oksana@example.net"));

            assertThat(writer.browser().get(discussed.path()).body()).contains("And the night trams too?");
            HttpResponse<String> soon = fresh.get(discussed.path());
            assertThat(soon.headers().firstValue("X-Cache")).hasValue("hit");
            assertThat(soon.body()).doesNotContain("And the night trams too?");
            fresh.clock().set(sent.plus(PageCache.OUTDATED_FOR));
            HttpResponse<String> later = fresh.get(discussed.path());
            assertThat(later.headers().firstValue("X-Cache")).hasValue("miss");
            assertThat(later.body()).contains("And the night trams too?");
            assertThat(fresh.get(discussed.path()).headers().firstValue("X-Cache")).hasValue("hit");
        }
    }

    /** Moves the site's clock to the start of a minute, so that what a test does next stays within that minute. */
    private static Instant startOfAMinute(TestSite on) {
        Instant minute = on.clock().instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        on.clock().set(minute);
        return minute;
    }

    private static String warm(TestSite on, String path) {
        on.get(path);
        return on.get(path).headers().firstValue("X-Cache").orElse("none");
    }


    private static String anArticle(TestSite on) {
        return Jsoup.parse(on.get("/").body()).selectFirst("main a[href^='/20']").attr("href");
    }

    private static String sectionPath(TestSite on, long id) {
        return on.stories().taxonomy().sections().stream().filter(s -> s.id() == id).findFirst().orElseThrow().path();
    }

    private static long taxonomyId(TestSite on, String sectionPath) {
        return on.stories().taxonomy().sections().stream().filter(s -> s.path().equals(sectionPath)).findFirst().orElseThrow().id();
    }

    private static String time(String html) {
        return Jsoup.parse(html).selectFirst("#kyiv-clock").text();
    }
}
