package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Group commit: comments sent while the writer is busy are stored together, each caller hears only after the
 * commit, one bad comment in a batch fails alone, and closing stores what was handed in. The writer is held up by a
 * transaction that locks the comment table, so the batch is made for certain, not by luck of timing.
 */
class CommentWriterTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void one_bad_comment_in_a_batch_fails_alone_and_the_others_are_stored(TestDatabase db) throws Exception {
        TestSite site = TestSite.shared(db);
        long story = story(site);
        try (CommentWriter writer = new CommentWriter(site.jdbi()); Handle lock = lockComments(site, db)) {
            CompletableFuture<Long> first = writer.submit(comment(story, "The first, which the writer takes alone."));
            await("the writer takes the first comment").atMost(Duration.ofSeconds(10)).until(() -> writer.waiting() == 0);
            CompletableFuture<Long> bad = writer.submit(comment(-1, "On a story that does not exist."));
            CompletableFuture<Long> second = writer.submit(comment(story, "Sent while the writer was busy."));
            CompletableFuture<Long> third = writer.submit(comment(story, "Also sent while it was busy."));

            assertThat(List.of(first, bad, second, third)).as("nobody hears before the commit").noneMatch(CompletableFuture::isDone);
            lock.rollback();

            assertThat(text(site, first.get(30, TimeUnit.SECONDS))).isEqualTo("The first, which the writer takes alone.");
            assertThat(text(site, second.get(30, TimeUnit.SECONDS))).isEqualTo("Sent while the writer was busy.");
            assertThat(text(site, third.get(30, TimeUnit.SECONDS))).isEqualTo("Also sent while it was busy.");
            assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void closing_stores_what_was_handed_in_and_refuses_more(TestDatabase db) throws Exception {
        TestSite site = TestSite.shared(db);
        long story = story(site);
        CommentWriter writer = new CommentWriter(site.jdbi());
        CompletableFuture<Long> waiting;
        try (Handle lock = lockComments(site, db)) {
            waiting = writer.submit(comment(story, "Handed in just before the server stopped."));
            CompletableFuture<Void> closing = CompletableFuture.runAsync(writer::close);
            await("the writer is told to stop").atMost(Duration.ofSeconds(10)).until(() -> {
                try {
                    writer.submit(comment(story, "Too late."));
                    return false;
                } catch (IllegalStateException refused) {
                    return true;
                }
            });
            assertThat(closing).isNotDone();
            lock.rollback();
            closing.get(30, TimeUnit.SECONDS);
        }
        assertThat(text(site, waiting.get(0, TimeUnit.SECONDS))).isEqualTo("Handed in just before the server stopped.");
    }

    /** A transaction that keeps every other writer out of the comment table until it is rolled back. */
    private static Handle lockComments(TestSite site, TestDatabase db) {
        Handle handle = site.jdbi().open();
        handle.begin();
        handle.execute(db == TestDatabase.SQLITE ? "UPDATE comment SET depth = depth WHERE id = -1" : "LOCK TABLE comment IN EXCLUSIVE MODE");
        return handle;
    }

    private static long story(TestSite site) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT id FROM article WHERE status = 'published' ORDER BY id LIMIT 1")
                .mapTo(Long.class).one());
    }

    private static String text(TestSite site, long id) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT body_text FROM comment WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    private static NewComment comment(long story, String text) {
        return new NewComment(story, null, null, 0, CommentStatus.APPROVED, "Writer test", "writer-test@mail.example", "",
                "127.0.0.1", text, "<p>" + text + "</p>", "", 0, null, CommentPosting.contentHash(text), null, Instant.now());
    }
}
