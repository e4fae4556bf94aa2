package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.ArticleStatus;
import org.vistka.storage.ContentChanges;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Two nodes on one database whose schedulers run at the same instant, round after round, on the same due stories:
 * each story is still published once, with one line in the audit log and one announcement of the change.
 */
class ScheduledPublicationRaceTest {
    private static final int ROUNDS = 100;
    /** Several stories a round, so that the second node reads the due list while the first is still publishing it. */
    private static final int STORIES_PER_ROUND = 8;
    private static final Instant FIRST_ROUND = Instant.parse("2031-03-02T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void two_nodes_running_their_schedulers_at_once_publish_each_due_story_exactly_once(TestDatabase db) throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try (TestSite first = TestSite.fresh(db, false); TestSite second = first.secondNode()) {
            List<TestSite> nodes = List.of(first, second);
            Map<String, Integer> announced = new ConcurrentHashMap<>();
            // What each node announces itself; on PostgreSQL it also hears the other's, which are not counted twice.
            nodes.forEach(node -> node.changes().listen(change -> {
                if (!change.fromAnotherNode()) {
                    change.tags().forEach(tag -> announced.merge(tag, 1, Integer::sum));
                }
            }));
            long section = first.stories().newSection("City hall");
            // The nodes' own runs of the schedule see the day before: only the racers publish, at the moment they name.
            nodes.forEach(node -> node.clock().set(FIRST_ROUND.minus(Duration.ofDays(1))));
            CyclicBarrier start = new CyclicBarrier(nodes.size());
            int roundsBothPublished = 0;

            for (int round = 0; round < ROUNDS; round++) {
                Instant due = FIRST_ROUND.plus(Duration.ofMinutes(round));
                List<Long> stories = scheduledAt(first, section, due, round);
                announced.clear();

                List<Future<Integer>> runs = new ArrayList<>();
                for (TestSite node : nodes) {
                    runs.add(racers.submit(() -> {
                        start.await();
                        return node.vistka().scheduler().publishDue(due);
                    }));
                }
                int byFirst = runs.get(0).get(30, TimeUnit.SECONDS);
                int bySecond = runs.get(1).get(30, TimeUnit.SECONDS);

                String where = "round " + round + " (" + byFirst + " + " + bySecond + " published by the racing nodes)";
                Map<Long, Integer> once = stories.stream().collect(Collectors.toMap(Function.identity(), id -> 1));
                assertThat(auditRows(first, stories)).as(where + ": audit rows per story").isEqualTo(once);
                assertThat(stories.stream().collect(Collectors.toMap(Function.identity(),
                        id -> announced.getOrDefault(ContentChanges.story(id), 0))))
                        .as(where + ": announcements per story, over both nodes").isEqualTo(once);
                assertThat(statusAndVersion(first, stories)).as(where + ": status and version of each story, written once since saved")
                        .containsOnlyKeys(stories).allSatisfy((id, row) -> assertThat(row).isEqualTo("published v2"));
                assertThat(byFirst + bySecond).as(where + ": stories the nodes say they published").isEqualTo(STORIES_PER_ROUND);
                if (byFirst > 0 && bySecond > 0) {
                    roundsBothPublished++;
                }
            }
            assertThat(roundsBothPublished).as("rounds in which both nodes published some of the due stories: they raced")
                    .isPositive();
        } finally {
            racers.shutdownNow();
        }
    }

    private static List<Long> scheduledAt(TestSite site, long section, Instant due, int round) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < STORIES_PER_ROUND; i++) {
            ids.add(site.stories().story("Council session " + round + "." + i + " opens to the public")
                    .section(section).status(ArticleStatus.SCHEDULED).publishedAt(due).save().id());
        }
        return ids;
    }

    private static Map<Long, String> statusAndVersion(TestSite site, List<Long> ids) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT id, status, version FROM article WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("status") + " v" + rs.getInt("version")))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<Long, Integer> auditRows(TestSite site, List<Long> ids) {
        return site.jdbi().withHandle(h -> h.createQuery("""
                        SELECT target_id, COUNT(*) AS n FROM audit_event
                        WHERE action = 'story-published' AND target_kind = 'story' AND target_id IN (<ids>)
                        GROUP BY target_id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("target_id"), rs.getInt("n")))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
