package org.vistka.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.account.AuditLog;
import org.vistka.article.StoryStore;
import org.vistka.storage.ContentChanges;

/**
 * Publishes scheduled stories when their time comes: at start (so a story due while the server was down appears
 * at once) and then every few seconds. Each story is published by a conditional update that only one node can
 * win, in one transaction with its line in the audit log, so however many nodes run, a story is published once and
 * logged once. One background thread; {@link #close} stops it.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final Jdbi jdbi;
    private final StoryStore stories;
    private final AuditLog audit;
    private final Clock clock;
    private final ContentChanges changes;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vistka-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public Scheduler(Jdbi jdbi, StoryStore stories, AuditLog audit, Clock clock, ContentChanges changes) {
        this.jdbi = jdbi;
        this.stories = stories;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    public Scheduler start(long everySeconds) {
        return every(everySeconds, this::publishDue);
    }

    /** Runs {@code job} now and then every {@code everySeconds}; a failing run is logged and the next one tries again. */
    public Scheduler every(long everySeconds, Runnable job) {
        executor.scheduleWithFixedDelay(() -> runSafely(job), 0, everySeconds, TimeUnit.SECONDS);
        return this;
    }

    /** Publishes every story that is due now; returns how many this node published. */
    public int publishDue() {
        return publishDue(clock.instant());
    }

    /**
     * Publishes every story due at {@code now}, as a run of the schedule at that moment would; returns how many this
     * node published (other nodes, running at the same moment, publish the rest).
     */
    public int publishDue(Instant now) {
        int published = 0;
        for (long id : stories.dueForPublication(now)) {
            if (jdbi.inTransaction(h -> publishIfDue(h, id, now))) {
                log.info("event=scheduled-publication story={}", id);
                changes.changed(stories.publicationTags(id));
                published++;
            }
        }
        return published;
    }

    private boolean publishIfDue(Handle handle, long id, Instant now) {
        boolean won = StoryStore.publishIfDue(handle, id, now);
        if (won) {
            audit.record(handle, null, "story-published", "story", id, "published on schedule");
        }
        return won;
    }

    private static void runSafely(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not end the schedule.
            log.error("event=scheduler-failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
