package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Commenter;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Comments still in hand, checked but not yet committed: a burst sent all at once meets the writer limits and the
 * duplicate rule as comments sent one by one, and a comment that failed on the site's side holds nobody back.
 */
class CommentsInHandTest {
    private final Instant start = CommentFormTest.fresh();
    private TestSite site;

    @AfterEach
    void restore() {
        CommentFormTest.restore(site);
    }

    @AfterAll
    static void close() {
        CommentFormTest.close();
    }

    private String story() {
        return site.stories().story("A story for comments in hand").bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void comments_sent_all_at_once_meet_the_same_rules_as_comments_sent_one_after_another(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();
        site.clock().set(start);
        var page = Jsoup.parse(new Commenter(site, start).browser().get(path).body());
        site.clock().set(start.plusSeconds(20));
        URI action = site.uri(page.selectFirst("#commentform").attr("action"));
        String token = page.selectFirst("input[name=csrf_token]").val();
        int burst = 12;

        // One writer sends twelve comments at once; then twelve readers, each behind the proxy under an address of
        // their own, send the same words at once.
        List<Integer> oneWriter = all(IntStream.range(0, burst).mapToObj(i ->
                form(action, token, "Burst comment number " + i, "burst@mail.example", "198.51.100.1")).toList());
        List<Integer> sameWords = all(IntStream.range(0, burst).mapToObj(i ->
                form(action, token, "The very same words, sent by many.", "same" + i + "@mail.example", "203.0.113." + (i + 1))).toList());

        assertThat(oneWriter).as("one comment per 15 seconds").containsOnlyOnce(201).containsOnly(201, 429);
        assertThat(sameWords).as("the same comment twice").containsOnlyOnce(201).containsOnly(201, 409);
        int stored = site.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM comment WHERE body_text LIKE 'Burst comment number %' OR body_text = 'The very same words, sent by many.'")
                .mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(2);
    }

    private static java.net.http.HttpRequest form(URI action, String token, String text, String email, String forwardedFor) {
        String body = Map.of("comment", text, "author", "Reader", "email", email, "csrf_token", token).entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return java.net.http.HttpRequest.newBuilder(action).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends every request at once and gives the statuses, in order. */
    private static List<Integer> all(List<java.net.http.HttpRequest> requests) {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var answers = requests.stream().map(r -> client.sendAsync(r, HttpResponse.BodyHandlers.ofString())).toList();
            return answers.stream().map(a -> a.join().statusCode()).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_comment_that_failed_on_the_sites_side_does_not_hold_its_writer_back(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();
        Commenter reader = new Commenter(site, start);
        HttpResponse<String> failed;
        site.jdbi().useHandle(h -> h.execute("ALTER TABLE spam_phrase RENAME TO spam_phrase_away"));
        try {
            failed = reader.post(path, "Sent while the database was failing.", "Reader", "unlucky@mail.example");
        } finally {
            site.jdbi().useHandle(h -> h.execute("ALTER TABLE spam_phrase_away RENAME TO spam_phrase"));
        }

        HttpResponse<String> again = reader.post(path, "Sent again once it was mended.", "Reader", "unlucky@mail.example");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(303);
    }
}
