package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Commenter;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Every flood and spam rule, each proved by what the reader gets back and where the comment ends up. */
class FloodDefenceTest {
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
        return site.stories().story("A story for the flood rules").bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();
    }

    /** A reader whose requests reach the site through a proxy on loopback, with these X-Forwarded-For lines. */
    private Commenter behindProxy(String... forwardedFor) {
        Commenter reader = new Commenter(site, start);
        reader.browser().behindProxyAs(forwardedFor);
        return reader;
    }

    private static Map<String, String> comment(String text) {
        return Map.of("comment", text, "author", "Reader", "email", "reader@mail.example");
    }

    private String statusOf(String text) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT status || ':' || reasons FROM comment WHERE body_text = :text")
                .bind("text", text).mapTo(String.class).one());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_second_comment_within_fifteen_seconds_gets_429_and_says_when_to_try_again(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();
        Commenter reader = new Commenter(site, start);
        reader.post(path, "First thought.", "Reader", "fast@mail.example");

        HttpResponse<String> second = reader.post(path, Duration.ofSeconds(4), comment("Second thought, too soon."));

        assertThat(second.statusCode()).isEqualTo(429);
        String said = Jsoup.parse(second.body()).selectFirst(".respond .error-summary").text();
        assertThat(said).matches("You are commenting too fast\\. Please wait \\d+ seconds? and send it again; your comment is kept below\\.");
        assertThat(second.headers().firstValue("Retry-After")).as("the wait the page names").hasValue(said.replaceAll("\\D", ""));
        assertThat(Jsoup.parse(second.body()).selectFirst("#comment").val()).isEqualTo("Second thought, too soon.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void behind_a_trusted_proxy_each_reader_is_counted_by_the_address_the_proxy_names(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();
        Commenter first = behindProxy("203.0.113.7");
        Commenter neighbour = behindProxy("198.51.100.23");
        Commenter sameReaderAgain = behindProxy("203.0.113.7");

        assertThat(first.post(path, "From the first reader.", "First", "first@mail.example").statusCode()).isEqualTo(303);
        assertThat(neighbour.post(path, "From a second reader, a moment later.", "Second", "second@mail.example").statusCode())
                .as("another reader behind the same proxy").isEqualTo(303);
        assertThat(sameReaderAgain.post(path, "From the first reader again.", "Again", "again@mail.example").statusCode())
                .as("the first reader's address, with another email and browser").isEqualTo(429);
        assertThat(behindProxy("192.0.2.99", "203.0.113.7")
                .post(path, "From the first reader, with a forged line.", "Forger", "forger@mail.example").statusCode())
                .as("the first reader again, sending a line of their own before the proxy's").isEqualTo(429);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_same_comment_twice_is_refused(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();
        Commenter reader = new Commenter(site, start);
        reader.post(path, "Exactly the same words.", "Reader", "twice@mail.example");

        HttpResponse<String> again = reader.later(Duration.ofMinutes(1)).post(path, "exactly   the SAME words.", "Reader", "twice@mail.example");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("You have already said that.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_form_sent_back_too_fast_or_forged_is_refused(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();

        HttpResponse<String> fast = new Commenter(site, start).post(path, Duration.ofSeconds(1), comment("Machine speed."));
        HttpResponse<String> forged = new Commenter(site, start).post(path, Duration.ofSeconds(20),
                Map.of("comment", "Forged.", "author", "Bot", "email", "bot@mail.example", "csrf_token", "1.2.3"));

        assertThat(fast.statusCode()).isEqualTo(400);
        assertThat(fast.body()).contains("That was very fast. Please read your comment once more and send it again.");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("This comment form did not come from this page.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_hidden_field_sends_a_bots_comment_to_spam(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();

        HttpResponse<String> bot = new Commenter(site, start).post(path, Duration.ofSeconds(20),
                Map.of("comment", "Buy now.", "author", "Bot", "email", "bot2@mail.example", "homepage", "https://spam.example"));

        assertThat(bot.statusCode()).isEqualTo(303);
        assertThat(statusOf("Buy now.")).startsWith("spam:The hidden field that people leave empty was filled in");
        assertThat(site.page(path).html()).doesNotContain("Buy now.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void links_and_words_hold_or_trash_a_comment_with_the_reason_recorded(TestDatabase db) {
        site = CommentFormTest.site(db);
        CommentSettings d = CommentSettings.DEFAULTS;
        new CommentSettingsStore(site.jdbi(), site.changes()).save(new CommentSettings(true, 0, true, false, false, 2, List.of("referendum"),
                List.of("scumbag"), 0, d.threadDepth(), d.perPage(), d.minFormSeconds(), d.secondsBetween(), d.perHour(),
                d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays()));
        String path = story();

        new Commenter(site, start).post(path, "See https://a.example and https://b.example", "Links", "links@mail.example");
        new Commenter(site, start.plusSeconds(100)).post(path, "About the Referendum date", "Words", "words@mail.example");
        new Commenter(site, start.plusSeconds(200)).post(path, "You scumbag.", "Rude", "rude@mail.example");
        new Commenter(site, start.plusSeconds(300)).post(path, "A plain remark.", "Plain", "plain@mail.example");

        assertThat(statusOf("See https://a.example and https://b.example")).startsWith("pending:Has 2 links (held from 2).")
                .contains("Spam score 2 (held from 5): 2 links.");
        assertThat(statusOf("About the Referendum date")).isEqualTo("pending:Contains the moderation word “referendum”.");
        assertThat(statusOf("You scumbag.")).isEqualTo("trash:Contains the disallowed word “scumbag”.");
        assertThat(statusOf("A plain remark.")).isEqualTo("approved:");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_first_comment_is_held_until_one_from_that_email_was_approved(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();

        new Commenter(site, start).post(path, "My first ever comment.", "New", "new@mail.example");
        site.jdbi().useHandle(h -> h.createUpdate("UPDATE comment SET status = 'approved' WHERE body_text = 'My first ever comment.'").execute());
        new Commenter(site, start.plusSeconds(100)).post(path, "My second comment.", "New", "new@mail.example");

        assertThat(statusOf("My second comment.")).isEqualTo("approved:");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void slow_mode_holds_comments_while_a_story_is_flooded_and_ends_by_itself(TestDatabase db) {
        site = CommentFormTest.site(db);
        CommentSettings d = CommentSettings.DEFAULTS;
        new CommentSettingsStore(site.jdbi(), site.changes()).save(new CommentSettings(true, 0, true, false, false, 2, List.of(), List.of(), 0,
                d.threadDepth(), d.perPage(), d.minFormSeconds(), 0, 100, 3, 10, d.keepAddressDays()));
        String path = story();
        for (int i = 0; i < 3; i++) {
            new Commenter(site, start.plusSeconds(i)).post(path, "Flood " + i, "Reader " + i, "flood" + i + "@mail.example");
        }

        new Commenter(site, start.plusSeconds(30)).post(path, "During the flood.", "Calm", "calm@mail.example");
        new Commenter(site, start.plus(Duration.ofMinutes(30))).post(path, "After the flood.", "Calm", "calm2@mail.example");

        assertThat(statusOf("During the flood.")).startsWith("pending:Slow mode");
        assertThat(statusOf("After the flood.")).isEqualTo("approved:");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_takes_no_more_comments_than_its_limit(TestDatabase db) {
        site = CommentFormTest.site(db);
        CommentSettings d = CommentSettings.DEFAULTS;
        new CommentSettingsStore(site.jdbi(), site.changes()).save(new CommentSettings(true, 0, true, false, false, 2, List.of(), List.of(), 1,
                d.threadDepth(), d.perPage(), d.minFormSeconds(), d.secondsBetween(), d.perHour(), d.slowModeCount(),
                d.slowModeMinutes(), d.keepAddressDays()));
        String path = story();
        new Commenter(site, start).post(path, "The only one.", "One", "one@mail.example");

        HttpResponse<String> page = site.get(path);

        assertThat(Jsoup.parse(page.body()).selectFirst(".comments-closed").text()).isEqualTo("This story has reached its limit of 1 comments.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_script_gets_json_problem_details_with_422(TestDatabase db) {
        site = CommentFormTest.site(db);

        HttpResponse<String> response = postAsScript(story(), start, "comment=&author=A&email=a%40mail.example");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"about:blank\"", "\"status\":422", "\"comment\":\"Please type your comment.\"")
                .doesNotContain("retryAfter");
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
        String writer = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("vistka_writer=")).findFirst().orElseThrow();
        assertThat(writer).as("the browser keeps its writer's token a year")
                .contains("Path=/;", "Max-Age=31536000", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_script_told_to_slow_down_gets_the_wait_in_seconds_as_a_header_and_a_number(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story();
        new Commenter(site, start).post(path, "First thought.", "Reader", "fast@mail.example");

        // Shown before the first was sent, sent four seconds after it.
        HttpResponse<String> response = postAsScript(path, start.plusSeconds(4),
                "comment=Second+thought%2C+too+soon.&author=Reader&email=fast%40mail.example");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var wait = java.util.regex.Pattern.compile("Please wait (\\d+) seconds?.*\"retryAfter\":(\\d+),").matcher(response.body());
        assertThat(wait.find()).as(response.body()).isTrue();
        assertThat(wait.group(2)).as("the number the message names").isEqualTo(wait.group(1));
        assertThat(response.headers().firstValue("Retry-After")).hasValue(wait.group(1));
        assertThat(Long.parseLong(wait.group(1))).isBetween(1L, 15L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_script_gets_problem_details_for_a_refusal_thrown_before_the_rules(TestDatabase db) {
        site = CommentFormTest.site(db);

        HttpResponse<String> response = postAsScript(story(), start, "comment=Hello&author=A&email=a%40mail.example",
                "Origin", "https://elsewhere.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"This comment was sent from another site.\"}");
    }

    /**
     * The story's comment form as the page's script sends it, asking for JSON: shown at {@code shownAt}, sent twenty
     * seconds later with {@code fields} and the form's token, and any more {@code headers}.
     */
    private HttpResponse<String> postAsScript(String path, Instant shownAt, String fields, String... headers) {
        site.clock().set(shownAt);
        var page = Jsoup.parse(new Commenter(site, shownAt).browser().get(path).body());
        site.clock().set(shownAt.plusSeconds(20));
        var request = java.net.http.HttpRequest.newBuilder(site.uri(page.selectFirst("#commentform").attr("action")))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(fields + "&csrf_token="
                        + java.net.URLEncoder.encode(page.selectFirst("input[name=csrf_token]").val(), java.nio.charset.StandardCharsets.UTF_8)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void more_than_the_hourly_limit_gets_429_and_anonymous_comments_can_be_allowed(TestDatabase db) {
        site = CommentFormTest.site(db);
        CommentSettings d = CommentSettings.DEFAULTS;
        new CommentSettingsStore(site.jdbi(), site.changes()).save(new CommentSettings(true, 0, false, false, false, 2, List.of(), List.of(), 0,
                d.threadDepth(), d.perPage(), d.minFormSeconds(), 0, 2, d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays()));
        String path = story();
        Commenter reader = new Commenter(site, start);

        HttpResponse<String> anonymous = reader.post(path, Duration.ofSeconds(20), Map.of("comment", "No name, no email."));
        reader.post(path, Duration.ofSeconds(20), Map.of("comment", "Second within the hour."));
        HttpResponse<String> third = reader.post(path, Duration.ofSeconds(20), Map.of("comment", "Third within the hour."));

        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(statusOf("No name, no email.")).isEqualTo("approved:");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("You have sent 2 comments in the last hour, the most we accept.");
    }
}
