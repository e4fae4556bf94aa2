package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Commenter;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The comment form over real HTTP without JavaScript: fields, what readers see, and who sees a held comment. */
class CommentFormTest {
    private static final Map<TestDatabase, TestSite> SITES = new EnumMap<>(TestDatabase.class);
    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();
    /** Each test comments on a day of its own, so the hourly limits of one never count another's comments. */
    private final Instant start = fresh();
    private TestSite site;

    static Instant fresh() {
        return Instant.parse("2026-11-25T12:00:00Z").plus(Duration.ofDays(DAYS.incrementAndGet()));
    }

    static TestSite site(TestDatabase db) {
        return SITES.computeIfAbsent(db, d -> TestSite.fresh(d, true));
    }

    @AfterEach
    void restoreSettings() {
        restore(site);
    }

    /** Puts a shared site back as the next test expects it: default comment settings, the clock following time. */
    static void restore(TestSite site) {
        if (site != null) {
            new CommentSettingsStore(site.jdbi(), site.changes()).save(CommentSettings.DEFAULTS);
            site.clock().reset();
        }
    }

    @AfterAll
    static void close() {
        SITES.values().forEach(TestSite::close);
        SITES.clear();
    }

    private String story(String title) {
        return site.stories().story(title).bylined().publishedAt(start.minus(Duration.ofHours(2))).save().path();
    }

    private void settings(CommentSettings settings) {
        new CommentSettingsStore(site.jdbi(), site.changes()).save(settings);
    }

    private static CommentSettings approveAll() {
        CommentSettings d = CommentSettings.DEFAULTS;
        return new CommentSettings(true, 0, true, false, false, 2, List.of(), List.of(), 0, d.threadDepth(), d.perPage(),
                d.minFormSeconds(), d.secondsBetween(), d.perHour(), d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_form_says_what_is_required_and_never_shows_the_email(TestDatabase db) {
        site = site(db);
        settings(approveAll());
        String path = story("Council approves the bridge budget");
        Commenter reader = new Commenter(site, start);

        HttpResponse<String> posted = reader.post(path, "I walk over that bridge every day.\n\nGood news at last.",
                "Marta Kovalenko", "marta.private@mail.example");

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(path + "?comment=").contains("#comment-");
        Document page = Jsoup.parse(reader.browser().get(path).body());
        assertThat(page.selectFirst("#comments-heading").text()).isEqualTo("1 Comment");
        assertThat(page.selectFirst(".comment-notes").text())
                .isEqualTo("Your email address will not be published. Required fields are marked *");
        assertThat(page.select("#comment[required], #author[required], #email[required]")).hasSize(3);
        assertThat(page.selectFirst(".comment-author").text()).isEqualTo("Marta Kovalenko");
        assertThat(page.select(".comment-body p").eachText()).containsExactly("I walk over that bridge every day.", "Good news at last.");
        assertThat(page.selectFirst(".comment .avatar").text()).isEqualTo("MK");
        assertThat(page.html()).doesNotContain("marta.private");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void each_field_gets_its_own_message_and_the_typed_text_is_kept(TestDatabase db) {
        site = site(db);
        String path = story("Tram depot to reopen");
        Map<String, String> cases = Map.of(
                "comment", "Please type your comment.",
                "author", "Your name is too long: at most 245 characters.",
                "email", "“not-an-address” is not an email address, like name@example.org.",
                "url", "A website must be an address starting with https:// or http://.");
        Map<String, Map<String, String>> forms = Map.of(
                "comment", Map.of("comment", " ", "author", "Ivan", "email", "ivan@mail.example"),
                "author", Map.of("comment", "Kept text", "author", "N".repeat(246), "email", "ivan@mail.example"),
                "email", Map.of("comment", "Kept text", "author", "Ivan", "email", "not-an-address"),
                "url", Map.of("comment", "Kept text", "author", "Ivan", "email", "ivan@mail.example", "url", "javascript:alert(1)"));
        for (var field : cases.keySet()) {
            HttpResponse<String> refused = new Commenter(site, start).post(path, Duration.ofSeconds(20), forms.get(field));

            assertThat(refused.statusCode()).as(field).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.selectFirst("#" + field + "-error").text()).as(field).isEqualTo(cases.get(field));
            assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
            if (!field.equals("comment")) {
                assertThat(page.selectFirst("#comment").val()).isEqualTo("Kept text");
            }
        }
        assertThat(new Commenter(site, start).post(path, Duration.ofSeconds(20),
                Map.of("comment", "x".repeat(65_526), "author", "Ivan", "email", "ivan@mail.example")).body())
                .contains("Your comment is too long: 65526 characters, the most is 65525.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_held_comment_is_shown_only_to_its_writer(TestDatabase db) {
        site = site(db);
        String path = story("Water prices to rise in January");
        Commenter writer = new Commenter(site, start);

        HttpResponse<String> posted = writer.post(path, "Who decided this, and when?", "Petro", "petro@mail.example");

        assertThat(posted.statusCode()).isEqualTo(303);
        Document own = Jsoup.parse(writer.browser().get(path).body());
        assertThat(own.selectFirst(".comment.held .held-notice").text()).isEqualTo("Your comment is awaiting moderation.");
        assertThat(own.selectFirst(".comment.held .comment-body").text()).isEqualTo("Who decided this, and when?");
        Document stranger = site.page(path);
        assertThat(stranger.select(".comment")).isEmpty();
        assertThat(stranger.html()).doesNotContain("Who decided this");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_writers_name_links_to_their_website_as_user_content(TestDatabase db) {
        site = site(db);
        settings(approveAll());
        String path = story("Library opens on Sundays");

        new Commenter(site, start).post(path, Duration.ofSeconds(20), Map.of("comment", "Finally!", "author", "Oles",
                "email", "oles@mail.example", "url", "https://oles.example/"));

        var author = site.page(path).selectFirst("a.comment-author");
        assertThat(author.attr("href")).isEqualTo("https://oles.example/");
        assertThat(author.attr("rel")).isEqualTo("nofollow ugc noopener");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void replies_thread_under_their_comment_to_the_newsrooms_depth(TestDatabase db) {
        site = site(db);
        CommentSettings d = approveAll();
        settings(new CommentSettings(true, 0, true, false, false, 2, List.of(), List.of(), 0, 2, d.perPage(), d.minFormSeconds(),
                d.secondsBetween(), d.perHour(), d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays()));
        String path = story("Night buses return");
        Commenter first = new Commenter(site, start);
        first.post(path, "Which routes?", "Anna", "anna@mail.example");
        long parent = Long.parseLong(site.page(path).selectFirst(".comment").id().substring("comment-".length()));

        Document replyForm = site.page(path + "?replyto=" + parent);
        HttpResponse<String> reply = new Commenter(site, start.plusSeconds(60)).post(path + "?replyto=" + parent, Duration.ofSeconds(20),
                Map.of("comment", "Routes 1, 7 and 12.", "author", "Bohdan", "email", "bohdan@mail.example",
                        "comment_parent", String.valueOf(parent)));

        assertThat(replyForm.selectFirst("#reply-title").text()).isEqualTo("Reply to Anna");
        assertThat(replyForm.selectFirst("#comment_parent").val()).isEqualTo(String.valueOf(parent));
        assertThat(reply.statusCode()).isEqualTo(303);
        Document page = site.page(path);
        assertThat(page.select(".comment.depth-1 .comment-body").text()).isEqualTo("Routes 1, 7 and 12.");
        assertThat(page.select(".comment.depth-1 .reply")).as("no Reply beyond the depth of 2").isEmpty();
        assertThat(page.select(".comment.depth-0 .reply a").attr("href")).isEqualTo(path + "?replyto=" + parent + "#respond");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void closed_stories_show_why_and_refuse_comments(TestDatabase db) {
        site = site(db);
        CommentSettings d = approveAll();
        settings(new CommentSettings(true, 1, true, false, false, 2, List.of(), List.of(), 0, d.threadDepth(), d.perPage(),
                d.minFormSeconds(), d.secondsBetween(), d.perHour(), d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays()));
        String old = site.stories().story("An old story").bylined().publishedAt(start.minus(Duration.ofDays(3))).save().path();
        site.clock().set(start);

        Document page = site.page(old);

        assertThat(page.selectFirst(".comments-closed").text()).isEqualTo("Comments close 1 days after a story is published.");
        assertThat(page.select("#commentform")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void after_posting_the_reader_lands_on_the_page_that_holds_their_comment(TestDatabase db) {
        site = site(db);
        CommentSettings d = approveAll();
        settings(new CommentSettings(true, 0, true, false, false, 2, List.of(), List.of(), 0, d.threadDepth(), 5,
                d.minFormSeconds(), d.secondsBetween(), d.perHour(), d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays()));
        String path = story("A busy conversation");
        for (int i = 0; i < 6; i++) {
            new Commenter(site, start.plus(Duration.ofMinutes(i))).post(path, "Comment number " + i, "Reader " + i, "r" + i + "@mail.example");
        }
        Commenter last = new Commenter(site, start.plus(Duration.ofMinutes(10)));

        HttpResponse<String> posted = last.post(path, "The newest comment.", "Late", "late@mail.example");
        Document landing = Jsoup.parse(last.browser().get(posted.headers().firstValue("Location").orElseThrow().replaceFirst("#.*", "")).body());

        assertThat(landing.select(".comment-body").eachText()).containsExactly("Comment number 5", "The newest comment.");
        assertThat(landing.selectFirst("a[rel=prev]").attr("href")).isEqualTo(path + "#comments");
        assertThat(site.page(path).select(".comment-body")).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_comment_sent_to_no_story_gets_the_not_found_page_and_the_site_goes_on_taking_comments(TestDatabase db) {
        site = site(db);
        settings(approveAll());
        var browser = new NewsroomClient(site);
        Map<String, String> fields = Map.of("comment", "Is anyone there?", "author", "Reader", "email", "lost@mail.example");

        HttpResponse<String> nowhere = browser.post("/comments/987654321/", fields);
        HttpResponse<String> nonsense = browser.post("/comments/not-a-story/", fields);

        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(nowhere.body()).text()).contains("There is no page at this address.");
        assertThat(nonsense.statusCode()).isEqualTo(404);
        String path = story("A story after a lost comment");
        assertThat(new Commenter(site, start).post(path, "Here I am.", "Found", "found@mail.example").statusCode()).isEqualTo(303);
    }
}
