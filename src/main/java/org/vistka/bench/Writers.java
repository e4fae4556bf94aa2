package org.vistka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writers posting distinct comments to one story as fast as the server acknowledges them, as the page's script
 * does: each opens the story once for its form token, then sends the form again and again with
 * {@code Accept: application/json}. A comment counts as acknowledged only on {@code 201} with its id; every other
 * answer is counted by status.
 */
final class Writers {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** A comment the server acknowledged: its id and its exact text. */
    record Acknowledged(long id, String text) {
    }

    /** What a run of writers achieved. {@code refused} counts answers other than 201 by status ("io" for none). */
    record Result(int writers, double seconds, List<Acknowledged> acknowledged, Map<String, Long> refused, Latencies posts) {
        double perSecond() {
            return acknowledged.size() / seconds;
        }

        String refusedSummary() {
            return refused.isEmpty() ? "none" : refused.entrySet().stream()
                    .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "));
        }
    }

    private Writers() {
    }

    /**
     * Runs {@code count} writers against the story at {@code storyPath} (id {@code storyId}) for {@code duration};
     * {@code label} keeps their comments apart from other runs'.
     */
    static Result run(URI base, String storyPath, long storyId, int count, Duration duration, String label) {
        // On a real site the writers' side of the work (forms built, sent, answers read) is done on their own
        // machines. Here it shares the server's processors, so it runs at background priority, with every thread
        // the HTTP client starts, rather than stand in front of the readers being measured.
        return BenchClients.inBackground(() -> runHere(base, storyPath, storyId, count, duration, label));
    }

    private static Result runHere(URI base, String storyPath, long storyId, int count, Duration duration, String label) {
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<String, LongAdder> refused = new ConcurrentHashMap<>();
        Latencies posts = new Latencies();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < count; w++) {
                int writer = w;
                threads.add(Thread.ofPlatform().name("bench-writer-" + w).daemon().start(() -> {
                    try {
                        write(http, base, storyPath, storyId, label + "-" + writer, deadline, acknowledged, refused, posts);
                    } catch (IOException e) {
                        refused.computeIfAbsent("io", k -> new LongAdder()).increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> counts = new TreeMap<>();
            refused.forEach((status, n) -> counts.put(status, n.sum()));
            return new Result(count, seconds, List.copyOf(acknowledged), counts, posts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bench was interrupted", e);
        }
    }

    private static void write(HttpClient http, URI base, String storyPath, long storyId, String writer, long deadline,
                              List<Acknowledged> acknowledged, Map<String, LongAdder> refused, Latencies posts)
            throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(base.resolve(storyPath)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = FORM_TOKEN.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no comment form on " + storyPath);
        }
        URI action = base.resolve("/comments/" + storyId + "/");
        for (int n = 1; System.nanoTime() < deadline; n++) {
            String text = "Comment " + n + " from " + writer + ": the ferry to the left bank ran again this morning, "
                    + "and the queue at the pier was shorter than last week.";
            String form = Map.of("comment", text, "author", "Reader " + writer, "email", writer + "@bench.example",
                            "url", "", "csrf_token", token.group(1), "comment_parent", "").entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest post = HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            long sent = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(post, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                refused.computeIfAbsent("io", k -> new LongAdder()).increment();
                continue;
            }
            posts.add(System.nanoTime() - sent);
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                acknowledged.add(new Acknowledged(Long.parseLong(id.group(1)), text));
            } else {
                refused.computeIfAbsent(String.valueOf(response.statusCode()), k -> new LongAdder()).increment();
            }
        }
    }
}
