package org.vistka.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.vistka.web.BackgroundThreads;

/**
 * Runs a bench's clients (attackers, comment writers), one thread each, and waits for them all. The clients run at
 * background priority: on a real site their work is done on their own machines, so here it must not take the
 * processors from the server being measured.
 */
final class BenchClients {
    private BenchClients() {
    }

    /**
     * Runs {@code work} on a background thread and waits for its result, so that the threads its HTTP client starts
     * (which take their creator's priority) run at background priority too.
     */
    static <T> T inBackground(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = BackgroundThreads.start("bench-client", () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        join(thread);
        return result.join();
    }

    /** Runs {@code client} for each number from 0 to {@code count - 1}, each on a thread of its own, and waits. */
    static void run(int count, IntConsumer client) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i;
            threads.add(BackgroundThreads.start("bench-attacker-" + i, () -> client.accept(number)));
        }
        threads.forEach(BenchClients::join);
    }

    /** Lets {@code time} pass: a bench's measured idle or settling period. */
    static void pause(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bench was interrupted", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bench was interrupted", e);
        }
    }
}
