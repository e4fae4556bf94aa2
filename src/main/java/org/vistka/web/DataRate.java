package org.vistka.web;

import java.time.Duration;

/**
 * The slowest a request body may arrive: in every stretch of {@link Minimum#window()} (the patience a request's head
 * gets too), at least so many bytes a second. Counted afresh for each stretch rather than on average since the first
 * byte, so a sender cannot buy hours of trickling with one burst at the start. Checked as each part arrives, so a
 * sender that stops altogether is left to the idle timeout. One per body; a body is read by one thread at a time, so
 * it needs no locking.
 */
final class DataRate {
    private final Minimum minimum;
    private boolean started;
    private long stretchStart;
    private long stretchBytes;

    DataRate(Minimum minimum) {
        this.minimum = minimum;
    }

    /** Counts {@code size} bytes more, just arrived; false when the stretch now over brought too few. */
    boolean arrived(int size) {
        long now = System.nanoTime();
        if (!started) {
            started = true;
            stretchStart = now;
        }
        stretchBytes += size;
        long elapsed = now - stretchStart;
        if (elapsed < minimum.window().toNanos()) {
            return true;
        }
        boolean fastEnough = stretchBytes >= minimum.bytesPerSecond() * elapsed / 1_000_000_000L;
        stretchStart = now;
        stretchBytes = 0;
        return fastEnough;
    }

    /** At least {@code bytesPerSecond} in every {@code window}. */
    record Minimum(int bytesPerSecond, Duration window) {
    }
}
