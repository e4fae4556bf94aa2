package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** What every response carries: security headers, compression, caching of assets, the request log, health. */
class WebPlumbingTest {
    private static final String ARTICLE = "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/";
    private final TestSite site = TestSite.shared(TestDatabase.SQLITE);

    @Test
    void every_response_carries_the_security_headers() {
        String stylesheet = site.page("/").selectFirst("link[rel=stylesheet]").attr("href");
        for (String path : List.of("/", ARTICLE, "/no-such-page/", "/section/news/?page=x", stylesheet, "/healthz", "/static/nothing.css")) {
            HttpResponse<String> response = site.get(path);

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> {
                assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            });
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void pages_are_sent_compressed_to_browsers_that_accept_it() {
        HttpResponse<byte[]> compressed = site.getBytes("/", "Accept-Encoding", "gzip");

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(site.get("/").body().length() / 3);
    }

    @Test
    void stylesheet_and_script_have_content_hashed_names_cached_for_a_year() {
        Document home = site.page("/");
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        String js = home.selectFirst("script[src]").attr("src");

        assertThat(css).matches("/static/site\\.[0-9a-f]{10}\\.css");
        assertThat(js).matches("/static/clock\\.[0-9a-f]{10}\\.js");
        for (String asset : List.of(css, js)) {
            HttpResponse<String> response = site.get(asset);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        }
        assertThat(site.get("/static/site.0000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void pages_load_nothing_from_another_host() {
        for (String path : List.of("/", ARTICLE, "/section/war/", "/no-such-page/")) {
            HttpResponse<String> response = site.get(path);
            Document page = org.jsoup.Jsoup.parse(response.body());

            List<String> loaded = new java.util.ArrayList<>(page.select("script, img, iframe, source, video, audio, embed, object")
                    .eachAttr("src"));
            loaded.addAll(page.select("link:not([rel=canonical])").eachAttr("href"));
            assertThat(loaded).as(path).isNotEmpty().allMatch(url -> url.startsWith("/") && !url.startsWith("//"));
            // JSON-LD is data that no browser runs, so it is no inline script.
            assertThat(page.select("script:not([src]):not([type=application/ld+json]), style, [style]"))
                    .as("inline script or style on " + path).isEmpty();
        }
    }

    @Test
    void each_request_is_logged_on_one_line_with_method_path_status_and_time() {
        Logger logger = (Logger) LoggerFactory.getLogger(App.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(events);
        try {
            site.get("/section/politics/");
            site.get("/no-such-page/");
            await("both request log lines").atMost(java.time.Duration.ofSeconds(5)).until(() -> events.list.size() >= 2);
        } finally {
            logger.detachAppender(events);
            logger.setLevel(level);
        }

        List<String> lines = events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("event=request method=GET path=/section/politics/ status=200 ms=\\d+\\.\\d queries=\\d+"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("event=request method=GET path=/no-such-page/ status=404 ms=\\d+\\.\\d queries=\\d+"));
    }

    @Test
    void media_files_are_served_and_no_name_reaches_outside_the_media_folder() {
        String image = site.page(ARTICLE).selectFirst("figure img").attr("src");

        HttpResponse<byte[]> response = site.getBytes(image);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        for (String hostile : List.of("/media/..%2Fvistka.db", "/media/%2e%2e%2fvistka.db", "/media/vistka.db", "/media/.hidden.jpg")) {
            assertThat(site.get(hostile).statusCode()).as(hostile).isIn(400, 404);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void health_check_says_ok_while_the_database_answers_and_503_when_it_does_not(TestDatabase db) {
        try (TestSite own = TestSite.fresh(db, false)) {
            HttpResponse<String> healthy = own.get("/healthz");
            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(healthy.body()).isEqualTo("ok");

            own.vistka().database().close();

            HttpResponse<String> unhealthy = own.get("/healthz");
            assertThat(unhealthy.statusCode()).isEqualTo(503);
            assertThat(unhealthy.body()).isEqualTo("unavailable");
        }
    }
}
