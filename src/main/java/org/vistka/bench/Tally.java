package org.vistka.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What an attack's requests were answered, counted by kind: a status ({@code "401"}), a refusal that lacks what it
 * promises ({@code "503 without Retry-After"}), or no answer ({@code "closed"}, {@code "io"}). Thread-safe.
 */
final class Tally {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** Counts an HTTP answer; a 503 or 429 without {@code Retry-After} is counted apart, as the fault it is. */
    void answer(int status, boolean retryAfter) {
        add((status == 503 || status == 429) && !retryAfter ? status + " without Retry-After" : String.valueOf(status));
    }

    long count(String kind) {
        LongAdder n = counts.get(kind);
        return n == null ? 0 : n.sum();
    }

    /** Answers a server must never give: a 5xx other than a 503 that says when to come back. */
    long faults() {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith("5") && !e.getKey().equals("503"))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /** {@code "401 × 12, 503 × 3"}, by kind. */
    String summary() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((kind, n) -> sorted.put(kind, n.sum()));
        return sorted.isEmpty() ? "none" : sorted.entrySet().stream().map(e -> String.format("%s × %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
