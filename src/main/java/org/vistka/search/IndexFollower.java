package org.vistka.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one node's index in step with the database, whichever node wrote: every {@link #POLL_MILLIS} it reads the
 * stories stamped since its watermark and indexes the published ones and removes the others. Transactions can commit
 * out of stamp order (a writer stamps, then waits for a lock), so each poll re-reads the last {@link #OVERLAP_MILLIS}
 * of stamps and skips the changes it has already applied. On start it catches up from the watermark of the last
 * commit, or rebuilds the index when there is none (new, deleted or unreadable), logging one line per tenth.
 * One background thread; {@link #close} stops it.
 */
final class IndexFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    static final long POLL_MILLIS = 250;
    static final long OVERLAP_MILLIS = 30_000;
    private static final int BATCH = 250;

    private final StorySource source;
    private final SearchIndex index;
    /** The stamp each recently changed story was indexed at, so the overlap is not indexed twice. */
    private final Map<Long, Long> applied = new HashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "vistka-search-follower");
        t.setDaemon(true);
        return t;
    });
    private long watermark;
    private volatile boolean caughtUp;

    IndexFollower(StorySource source, SearchIndex index) {
        this.source = source;
        this.index = index;
    }

    void start() {
        thread.execute(this::catchUp);
        thread.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void catchUp() {
        try {
            rebuildIfNeeded();
            poll();
            caughtUp = true;
        } catch (RuntimeException e) {
            // The polls that follow catch up from the watermark (from the beginning, if the build failed).
            log.error("event=search-catch-up-failed", e);
        }
    }

    private void rebuildIfNeeded() {
        watermark = index.watermark();
        if (watermark < 0) {
            long started = System.nanoTime();
            log.info("event=search-rebuild-started reason=\"the index has no commit\"");
            watermark = new IndexBuilder(source, index).rebuild(new LoggedProgress());
            log.info("event=search-rebuild-done ms={}", (System.nanoTime() - started) / 1_000_000);
        }
    }

    boolean caughtUp() {
        return caughtUp;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The next poll tries again from the same watermark; nothing is lost.
            log.error("event=search-follow-failed", e);
        }
    }

    /** Applies every change since the watermark; returns how many stories it indexed or removed. */
    synchronized int poll() {
        List<StorySource.Change> fresh = new ArrayList<>();
        long newest = watermark;
        for (StorySource.Change change : source.changedSince(watermark - OVERLAP_MILLIS)) {
            if (!Long.valueOf(change.stamp()).equals(applied.get(change.id()))) {
                fresh.add(change);
            }
            newest = Math.max(newest, change.stamp());
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        List<Long> published = fresh.stream().filter(StorySource.Change::published).map(StorySource.Change::id).toList();
        Set<Long> indexed = new HashSet<>();
        for (int from = 0; from < published.size(); from += BATCH) {
            for (IndexedStory story : source.load(published.subList(from, Math.min(published.size(), from + BATCH)))) {
                index.put(story);
                indexed.add(story.id());
            }
        }
        // Unpublished, draft and scheduled stories are not searchable; so is one unpublished since it was listed.
        fresh.stream().map(StorySource.Change::id).filter(id -> !indexed.contains(id)).forEach(index::remove);
        index.commit(newest);
        index.refresh();
        watermark = newest;
        fresh.forEach(change -> applied.put(change.id(), change.stamp()));
        long forgetBefore = watermark - OVERLAP_MILLIS;
        applied.values().removeIf(stamp -> stamp <= forgetBefore);
        return fresh.size();
    }

    /**
     * Stops following once the poll (or rebuild) under way has finished: interrupting the index's I/O would close
     * its files under the writer. A rebuild that outlasts a minute is interrupted; the next start rebuilds again.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** One log line per tenth of a rebuild. */
    private static final class LoggedProgress implements IndexProgress {
        private int lastTenth = -1;

        @Override
        public void report(int done, int total) {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                log.info("event=search-rebuild done={} total={} percent={}", done, total, tenth * 10);
            }
        }
    }
}
