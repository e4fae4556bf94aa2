package org.vistka.web;

/**
 * The slowest a request body may arrive: on average since its first byte, at least so many bytes a second, as
 * Jetty's own minimum request data rate counts it. Checked as each part arrives, so a sender that stops altogether
 * is left to the idle timeout. One per body; a body is read by one thread at a time, so it needs no locking.
 */
final class DataRate {
    private final int minBytesPerSecond;
    private long firstByteAt;
    private long bytes;

    DataRate(int minBytesPerSecond) {
        this.minBytesPerSecond = minBytesPerSecond;
    }

    /** Counts {@code size} bytes more, just arrived; false when the body has fallen below the minimum rate. */
    boolean arrived(int size) {
        long now = System.nanoTime();
        if (bytes == 0) {
            firstByteAt = now;
        }
        bytes += size;
        return bytes >= minBytesPerSecond * (now - firstByteAt) / 1_000_000_000L;
    }
}
