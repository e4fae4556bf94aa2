package org.vistka.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;
import org.vistka.web.PageCache;

/**
 * Several nodes on one PostgreSQL database: a change made on one drops, on every other, exactly the kept pages it
 * reaches, as on the node where it was made.
 */
class ChangeBroadcastTest {
    private static final Duration SOON = Duration.ofSeconds(2);

    @Test
    void a_story_edited_on_one_node_is_shown_fresh_by_the_others_and_their_other_pages_stay_kept() {
        try (TestSite first = TestSite.fresh(TestDatabase.POSTGRESQL, false); TestSite second = first.secondNode()) {
            long city = first.stories().newSection("City");
            var edited = first.stories().story("Bridge repairs begin on Monday").section(city).save();
            var other = first.stories().story("Night buses run all winter").section(city).save();
            atStartOfAMinute(second);
            keptOn(first, second, edited.path(), other.path());

            first.stories().update(edited.id(), f -> Stories.retitled(f, "Bridge repairs begin on Tuesday"));

            await("the second node to show the new headline").atMost(SOON).until(
                    () -> second.get(edited.path()).body().contains("Bridge repairs begin on Tuesday"));
            HttpResponse<String> untouched = second.get(other.path());
            assertThat(untouched.headers().firstValue("X-Cache")).hasValue("hit");
        }
    }

    @Test
    void a_new_comment_on_one_node_outdates_the_page_on_the_others_as_on_its_own() {
        try (TestSite first = TestSite.fresh(TestDatabase.POSTGRESQL, false); TestSite second = first.secondNode()) {
            long islands = first.stories().newSection("Islands");
            var discussed = first.stories().story("Ferry to the islands returns").section(islands).save();
            var other = first.stories().story("Night market opens downtown").section(islands).save();
            Instant minute = atStartOfAMinute(second);
            keptOn(first, second, discussed.path(), other.path());

            first.changes().changedMayLag(Set.of(ContentChanges.comments(discussed.id())));
            first.changes().changed(Set.of(ContentChanges.story(other.id())));

            // The second change is told after the first: once it has arrived, so has the first.
            await("the second node to drop the other story's page").atMost(SOON).until(
                    () -> second.get(other.path()).headers().firstValue("X-Cache").orElseThrow().equals("miss"));
            assertThat(second.get(discussed.path()).headers().firstValue("X-Cache")).as("outdated, still sent for a moment").hasValue("hit");
            second.clock().set(minute.plus(PageCache.OUTDATED_FOR));
            assertThat(second.get(discussed.path()).headers().firstValue("X-Cache")).as("outdated and old enough").hasValue("miss");
        }
    }

    /** Moves the node's clock to the start of the next minute, so that no kept page expires on its own during a test. */
    private static Instant atStartOfAMinute(TestSite node) {
        Instant minute = node.clock().instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        node.clock().set(minute);
        return minute;
    }

    /**
     * Reads the pages on {@code node} until it keeps them, once the changes made on {@code origin} so far (the
     * stories just saved) have reached it: they come in order, so a marker sent after them tells when.
     */
    private static void keptOn(TestSite origin, TestSite node, String... paths) {
        String marker = "marker:" + System.nanoTime();
        var heard = new java.util.concurrent.atomic.AtomicBoolean();
        node.changes().listen(change -> heard.compareAndSet(false, change.fromAnotherNode() && change.tags().contains(marker)));
        origin.changes().changed(Set.of(marker));
        await("the changes so far to reach the other node").atMost(SOON).until(heard::get);
        for (String path : paths) {
            node.get(path);
            assertThat(node.get(path).headers().firstValue("X-Cache")).as(path + " kept on the other node").hasValue("hit");
        }
    }
}
