package org.vistka.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the index afresh from every published story. The database is read in id order, a batch at a time, while
 * one thread per processor analyses the batches already read (the Ukrainian lemmatiser is the slow part). The stamp
 * of the newest change is read before anything else, so whatever changes during the build is caught up afterwards.
 */
final class IndexBuilder {
    private static final int BATCH = 250;

    private final StorySource source;
    private final SearchIndex index;

    IndexBuilder(StorySource source, SearchIndex index) {
        this.source = source;
        this.index = index;
    }

    /** Rebuilds the whole index, commits it and returns its watermark. */
    long rebuild(IndexProgress progress) {
        long watermark = source.latestStamp();
        int total = source.publishedCount();
        index.clear();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "vistka-index-build");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> batches = new ArrayList<>();
        try {
            progress.report(0, total);
            long after = 0;
            for (List<Long> ids = source.publishedIdsAfter(after, BATCH); !ids.isEmpty(); ids = source.publishedIdsAfter(after, BATCH)) {
                after = ids.getLast();
                List<IndexedStory> stories = source.load(ids);
                inFlight.acquireUninterruptibly();
                batches.add(workers.submit(() -> {
                    try {
                        stories.forEach(index::add);
                        synchronized (done) {
                            progress.report(done.addAndGet(stories.size()), Math.max(total, done.get()));
                        }
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the index build was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the index build failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        index.commit(watermark);
        index.refresh();
        return watermark;
    }
}
