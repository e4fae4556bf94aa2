package org.vistka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Readers loading one page again and again, each at a steady pace (a page every {@code interval}, as people reading
 * do, not as fast as the server answers), each on its own keep-alive connection, timing every whole response. The
 * times go into the current {@link Latencies}; {@link #next} starts a new one, so one set of readers measures the
 * idle site and then the site under load. Runs until {@link #close}.
 */
final class Readers implements AutoCloseable {
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Latencies> current = new AtomicReference<>(new Latencies());
    private final LongAdder failures = new LongAdder();
    private volatile boolean running = true;

    Readers(URI page, int count, Duration interval) {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build();
        for (int i = 0; i < count; i++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            clients.add(client);
            // Readers start spread over one interval, so they do not all knock at the same instant.
            long offset = interval.toNanos() * i / count;
            threads.add(Thread.ofPlatform().name("bench-reader-" + i).daemon()
                    .start(() -> read(client, request, interval.toNanos(), offset)));
        }
    }

    /** The times measured since the last call (or since start); measuring goes on into a fresh set. */
    Latencies next() {
        return current.getAndSet(new Latencies());
    }

    /** Pages that did not answer 200, or did not answer at all, since start. */
    long failures() {
        return failures.sum();
    }

    private void read(HttpClient client, HttpRequest request, long interval, long offset) {
        long due = System.nanoTime() + offset;
        while (running) {
            LockSupport.parkNanos(due - System.nanoTime());
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    current.get().add(System.nanoTime() - start);
                } else {
                    failures.increment();
                }
            } catch (IOException e) {
                failures.increment();
            } catch (InterruptedException e) {
                return;
            }
            // A reader that fell behind does not try to catch up in a burst: the next page is due one interval on.
            due = Math.max(due + interval, System.nanoTime());
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(35));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clients.forEach(HttpClient::close);
    }
}
