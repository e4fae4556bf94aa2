package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.Commenter;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The moderation queue as an editor uses it, over real HTTP. */
class ModerationTest {
    private final Instant start = CommentFormTest.fresh();
    private TestSite site;

    @AfterEach
    void restore() {
        if (site != null) {
            site.clock().reset();
        }
    }

    @AfterAll
    static void close() {
        CommentFormTest.close();
    }

    private String story(String title) {
        return site.stories().story(title).bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();
    }

    private long idOf(String text) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT id FROM comment WHERE body_text = :text").bind("text", text)
                .mapTo(Long.class).one());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_editor_sees_why_a_comment_was_held_and_approves_it_for_readers(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story("Ferry fares frozen");
        new Commenter(site, start).post(path, "Held until someone reads it.", "Iryna", "iryna@mail.example");
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        long id = idOf("Held until someone reads it.");

        Document queue = editor.page("/newsroom/comments/?status=pending");
        site.clock().reset();
        var approved = editor.submit("/newsroom/comments/", "/newsroom/comments/bulk/", Map.of("ids", String.valueOf(id), "action", "approved"));

        assertThat(queue.select("td").eachText()).anySatisfy(cell -> assertThat(cell).contains("A first comment from this email address."));
        assertThat(queue.select(".tabs a").eachText()).anySatisfy(tab -> assertThat(tab).matches("pending \\(\\d+\\)"));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(site.page(path).select(".comment-body").eachText()).contains("Held until someone reads it.");
        assertThat(site.signedIn(Role.AUTHOR).get("/newsroom/comments/").statusCode()).as("authors do not moderate").isEqualTo(403);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void marking_spam_teaches_the_filter_to_catch_the_same_phrases(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story("Bridge repairs start");
        String spam = "Discount replica watches shipped overnight, discount replica watches for everyone";
        new Commenter(site, start).post(path, spam, "Shop", "shop@mail.example");
        NewsroomClient editor = site.signedIn(Role.EDITOR);

        editor.submit("/newsroom/comments/", "/newsroom/comments/bulk/", Map.of("ids", String.valueOf(idOf(spam)), "action", "spam"));
        new Commenter(site, start.plus(Duration.ofHours(2))).post(path, "Great article! Discount replica watches here.", "Other", "other@mail.example");

        String reasons = site.jdbi().withHandle(h -> h.createQuery("SELECT reasons FROM comment WHERE author_email = 'other@mail.example'")
                .mapTo(String.class).one());
        int learned = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM spam_phrase").mapTo(Integer.class).one());
        assertThat(learned).isPositive();
        assertThat(reasons).contains("moderators marked as spam");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_moderator_edits_a_comment_and_replies_as_the_newsroom(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story("School heating fixed");
        new Commenter(site, start).post(path, "Thank you for writing abut this.", "Nina", "nina@mail.example");
        long id = idOf("Thank you for writing abut this.");
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        editor.submit("/newsroom/comments/", "/newsroom/comments/bulk/", Map.of("ids", String.valueOf(id), "action", "approved"));

        editor.submit("/newsroom/comments/" + id + "/", "/newsroom/comments/" + id + "/", Map.of("text", "Thank you for writing about this."));
        var reply = editor.submit("/newsroom/comments/" + id + "/", "/newsroom/comments/" + id + "/reply/", Map.of("text", "Thanks, Nina."));

        assertThat(reply.statusCode()).isEqualTo(303);
        Document page = site.page(path);
        assertThat(page.select(".comment-body").eachText()).containsExactly("Thank you for writing about this.", "Thanks, Nina.");
        assertThat(page.selectFirst(".comment.depth-1 .badge").text()).isEqualTo("Newsroom");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void one_writers_comments_can_be_exported_and_erased_on_request(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = story("Market square reopens");
        new Commenter(site, start).post(path, "Please forget me later.", "Oleh", "oleh@mail.example");
        NewsroomClient editor = site.signedIn(Role.EDITOR);

        var export = editor.get("/newsroom/comment-writers/export/?email=OLEH@mail.example");
        var erased = editor.submit("/newsroom/comment-writers/?email=oleh@mail.example", "/newsroom/comment-writers/erase/",
                Map.of("email", "oleh@mail.example"));

        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(export.body()).contains("Please forget me later.", "Market square reopens");
        assertThat(erased.headers().firstValue("Location")).hasValue("/newsroom/comment-writers/?done=erased&count=1");
        int left = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE author_email = 'oleh@mail.example'")
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
    }
}
