package org.vistka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.vistka.web.BackgroundThreads;

/**
 * Runs an attack's clients, one thread each, and waits for them all. The clients run at background priority: on a
 * real attack their work is done on the attackers' machines, so here it must not take the processors from the server
 * being measured.
 */
final class Attackers {
    private Attackers() {
    }

    /** Runs {@code client} for each number from 0 to {@code count - 1}, each on a thread of its own, and waits. */
    static void run(int count, IntConsumer client) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i;
            threads.add(BackgroundThreads.start("bench-attacker-" + i, () -> client.accept(number)));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the bench was interrupted", e);
            }
        }
    }
}
