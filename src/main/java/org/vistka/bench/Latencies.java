package org.vistka.bench;

import java.util.Arrays;

/**
 * Response times collected from many threads, in nanoseconds; percentiles are read once the measuring is over, by
 * sorting (a bench run holds some thousands of values). Thread-safe.
 */
final class Latencies {
    private long[] values = new long[4096];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The nearest-rank percentile {@code p} (0 to 100) in milliseconds; 0 when nothing was measured. */
    synchronized double millis(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    /** {@code "p50 2.1 ms, p99 7.9 ms"}. */
    String summary() {
        return String.format("p50 %.1f ms, p99 %.1f ms", millis(50), millis(99));
    }
}
