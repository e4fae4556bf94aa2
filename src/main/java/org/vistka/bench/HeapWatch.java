package org.vistka.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches another Java process's heap with the JDK's {@code jstat} (four samples a second): the most of it in use since
 * the last {@link #peakAndReset}, young and old generations together. Without {@code jstat} (a runtime without the
 * JDK's tools) it reports nothing rather than guessing.
 */
final class HeapWatch implements AutoCloseable {
    private final Process jstat;
    private final AtomicLong peakKb = new AtomicLong(-1);

    private HeapWatch(Process jstat) {
        this.jstat = jstat;
        Thread.ofPlatform().name("bench-heap-watch").daemon().start(this::read);
    }

    static HeapWatch of(long pid) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "jstat");
        if (!Files.isExecutable(tool)) {
            return new HeapWatch(null);
        }
        try {
            return new HeapWatch(new ProcessBuilder(tool.toString(), "-gc", String.valueOf(pid), "250").redirectErrorStream(true).start());
        } catch (IOException e) {
            return new HeapWatch(null);
        }
    }

    /** The peak heap in use since the last call, in MB, or {@code "unknown"}; the next peak starts from now. */
    String peakAndReset() {
        long kb = peakKb.getAndSet(-1);
        return kb < 0 ? "unknown" : String.format("%.0f MB", kb / 1024.0);
    }

    private void read() {
        if (jstat == null) {
            return;
        }
        try (var lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] columns = line.trim().split("\\s+");
                // S0C S1C S0U S1U EC EU OC OU …: the used parts of both survivor spaces, eden and the old generation.
                if (columns.length > 7 && Character.isDigit(columns[0].charAt(0))) {
                    long used = (long) (Double.parseDouble(columns[2]) + Double.parseDouble(columns[3])
                            + Double.parseDouble(columns[5]) + Double.parseDouble(columns[7]));
                    peakKb.accumulateAndGet(used, Math::max);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The watched process ended, or jstat printed something else: the figures so far stand.
        }
    }

    @Override
    public void close() {
        if (jstat != null) {
            jstat.destroy();
        }
    }
}
