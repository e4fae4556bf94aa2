package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * A site whose public address is https ({@code VISTKA_BASE_URL=https://…}) behind a TLS proxy, spoken to over plain
 * HTTP as the proxy speaks to it: every cookie it sets is {@code Secure}, every answer carries
 * {@code Strict-Transport-Security}, and every address it gives of itself is https. A site at an http address
 * asks for none of that.
 */
class HttpsModeTest {
    private static final String BASE = "https://news.example";
    private static final String ARTICLE = "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/";
    private static final Map<TestDatabase, TestSite> BEHIND_TLS = new EnumMap<>(TestDatabase.class);

    private static TestSite behindTls(TestDatabase db) {
        return BEHIND_TLS.computeIfAbsent(db, d -> TestSite.at(d, BASE));
    }

    @AfterAll
    static void close() {
        BEHIND_TLS.values().forEach(TestSite::close);
        BEHIND_TLS.clear();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void behind_tls_every_cookie_is_secure_and_every_answer_asks_for_https(TestDatabase db) throws Exception {
        TestSite site = behindTls(db);
        ProxiedBrowser browser = new ProxiedBrowser(site);

        browser.signIn(site.member(Role.EDITOR));
        browser.get("/newsroom/comments/");
        browser.submit("/newsroom/", "form.sign-out", Map.of());
        browser.comment(ARTICLE);
        browser.get(ARTICLE);
        browser.get(ARTICLE);
        browser.get("/no-such-page/");
        browser.get(site.page("/").selectFirst("link[rel=stylesheet]").attr("href"));
        browser.get("/feed/");

        assertThat(browser.answers).allSatisfy(answer -> assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .as(answer.request().method() + " " + answer.uri().getPath() + " (" + answer.statusCode() + ")").hasValue("max-age=31536000"));
        assertThat(browser.answers).extracting(HttpResponse::statusCode).contains(200, 303, 404);
        assertThat(browser.cookiesSet).as("every Set-Cookie").allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(browser.cookiesSet).extracting(cookie -> cookie.substring(0, cookie.indexOf('=')))
                .contains("vistka_form", "vistka_session", "vistka_writer");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void behind_tls_every_address_the_site_gives_of_itself_is_https(TestDatabase db) throws Exception {
        TestSite site = behindTls(db);
        // A story of today, so that the news sitemap names it too.
        String today = site.stories().story("Night ferry returns to the river").bylined()
                .publishedAt(Instant.now().minus(Duration.ofHours(1))).save().path();
        Document story = site.page(today);
        List<String> addresses = new ArrayList<>(List.of(story.selectFirst("link[rel=canonical]").attr("href"),
                story.selectFirst("meta[property=og:url]").attr("content")));
        for (var script : story.select("script[type=application/ld+json]")) {
            new ObjectMapper().readTree(script.data()).findValues("url").stream().map(JsonNode::asText).forEach(addresses::add);
        }
        String sitemapPart = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser()).selectFirst("loc").text();

        assertThat(addresses).hasSizeGreaterThan(3).allSatisfy(address -> assertThat(address).startsWith(BASE + "/"));
        assertThat(addresses.getFirst()).isEqualTo(BASE + today);
        assertThat(sitemapPart).startsWith(BASE + "/");
        for (String path : List.of(today, ARTICLE, "/", "/feed/", "/feed/atom/", ARTICLE + "feed/", "/comments/feed/atom/", "/sitemap.xml",
                sitemapPart.substring(BASE.length()), "/news-sitemap.xml", "/robots.txt")) {
            String body = site.get(path).body();
            assertThat(body).as(path).contains(BASE + "/").doesNotContain("127.0.0.1", "http://news.example", "http%3A%2F%2Fnews.example");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void at_an_http_address_no_answer_asks_for_https_and_no_cookie_is_secure_only(TestDatabase db) throws Exception {
        TestSite site = TestSite.shared(db);
        ProxiedBrowser browser = new ProxiedBrowser(site);

        browser.signIn(site.member(Role.EDITOR));
        browser.get(ARTICLE);
        browser.get(ARTICLE);
        browser.get("/no-such-page/");

        assertThat(browser.answers).allSatisfy(answer ->
                assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(answer.uri().getPath()).isEmpty());
        assertThat(browser.cookiesSet).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));
    }

    /**
     * A browser on the far side of a TLS proxy: it keeps every cookie it is given (it sees https, so {@code Secure}
     * ones too, which a plain-HTTP cookie jar would drop), and notes every answer and every Set-Cookie line.
     */
    private static final class ProxiedBrowser {
        private final TestSite site;
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final List<HttpResponse<String>> answers = new ArrayList<>();
        private final List<String> cookiesSet = new ArrayList<>();

        ProxiedBrowser(TestSite site) {
            this.site = site;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(site.uri(path)).GET());
        }

        void signIn(TestSite.Member member) throws IOException, InterruptedException {
            HttpResponse<String> in = submit("/newsroom/sign-in/", "form[action=/newsroom/sign-in/]",
                    Map.of("email", member.account().email(), "password", member.password()));
            assertThat(in.statusCode()).as("signing in").isEqualTo(303);
        }

        /** Comments on the story twenty seconds after opening it, as a reader of its own behind the proxy. */
        void comment(String path) throws IOException, InterruptedException {
            Instant opened = Instant.now();
            site.clock().set(opened);
            try {
                HttpResponse<String> posted = submit(path, "#commentform", Map.of("comment", "Which pier does the ferry leave from?",
                        "author", "Taras", "email", "taras." + opened.toEpochMilli() + "@mail.example"), opened.plus(Duration.ofSeconds(20)));
                assertThat(posted.statusCode()).as("commenting").isEqualTo(303);
            } finally {
                site.clock().reset();
            }
        }

        HttpResponse<String> submit(String page, String formSelector, Map<String, String> typed) throws IOException, InterruptedException {
            return submit(page, formSelector, typed, null);
        }

        /** Opens {@code page} and sends the form there with {@code typed} over its fields, once the clock reads {@code sentAt}. */
        private HttpResponse<String> submit(String page, String formSelector, Map<String, String> typed, Instant sentAt)
                throws IOException, InterruptedException {
            var form = (FormElement) Jsoup.parse(get(page).body()).selectFirst(formSelector);
            Map<String, String> fields = new LinkedHashMap<>();
            form.formData().forEach(field -> fields.put(field.key(), field.value()));
            fields.putAll(typed);
            if (sentAt != null) {
                site.clock().set(sentAt);
            }
            return send(HttpRequest.newBuilder(site.uri(form.attr("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.77")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&")))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answers.add(answer);
            for (String line : answer.headers().allValues("Set-Cookie")) {
                cookiesSet.add(line);
                String pair = line.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return answer;
        }
    }
}
