package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Where a comment form says it comes from: a browser names the page's site in {@code Origin}, and a form sent from
 * another site's page is refused before anything is stored. A form from the site's own page, or from a browser that
 * names no origin, is taken as any other.
 */
class CommentOriginTest {
    private final Instant start = CommentFormTest.fresh();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private TestSite site;
    private int readers;

    @AfterEach
    void restore() {
        CommentFormTest.restore(site);
    }

    @AfterAll
    static void close() {
        CommentFormTest.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_comment_sent_from_another_sites_page_is_refused_and_nothing_is_stored(TestDatabase db) throws Exception {
        site = CommentFormTest.site(db);
        String path = site.stories().story("Council debates the river tax").bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();
        String own = "http://" + site.uri("/").getAuthority();

        for (String origin : List.of("https://elsewhere.example", own.replace("127.0.0.1", "127.0.0.2"), own + "1",
                "http://127.0.0.1", "http://[", "*", "null")) {
            String text = "Sent from " + origin + " " + Stories.unique();
            HttpResponse<String> refused = post(path, text, origin);

            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(Jsoup.parse(refused.body()).text()).as(origin).contains("This comment was sent from another site.");
            assertThat(stored(text)).as(origin).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_comment_from_the_sites_own_page_or_from_a_browser_that_names_no_origin_is_taken(TestDatabase db) throws Exception {
        site = CommentFormTest.site(db);
        String path = site.stories().story("Ferry timetable for the winter").bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();
        String own = "http://" + site.uri("/").getAuthority();

        for (String origin : new String[] {own, own.toUpperCase(), null}) {
            String text = "Sent from " + origin + " " + Stories.unique();
            HttpResponse<String> taken = post(path, text, origin);

            assertThat(taken.statusCode()).as(String.valueOf(origin)).isEqualTo(303);
            assertThat(stored(text)).as(String.valueOf(origin)).isOne();
        }
    }

    /** Opens the story and sends its comment form twenty seconds later, from a reader of its own, naming {@code origin}. */
    private HttpResponse<String> post(String path, String text, String origin) throws IOException, InterruptedException {
        Instant opened = start.plus(Duration.ofMinutes(readers));
        String address = "198.51.100." + (++readers);
        site.clock().set(opened);
        var form = (FormElement) Jsoup.parse(site.get(path).body()).selectFirst("#commentform");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        fields.putAll(Map.of("comment", text, "author", "Reader " + readers, "email", "origin" + readers + "@mail.example"));
        site.clock().set(opened.plusSeconds(20));
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int stored(String text) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE body_text = :text")
                .bind("text", text).mapTo(Integer.class).one());
    }
}
