package org.vistka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A comment flood from a thousand addresses behind a trusted proxy, against the site's own flood rules as the newsroom
 * left them: each sender takes the story's form once, then posts comment after comment, each from the next address of
 * its share, as the page's script posts them ({@code Accept: application/json}).
 */
final class ProxiedComments {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    private ProxiedComments() {
    }

    /** The story's comment form token, taken now: the form must be a few seconds old when it is sent. */
    static String formToken(URI base, String storyPath) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            Matcher token = FORM_TOKEN.matcher(http.send(HttpRequest.newBuilder(base.resolve(storyPath)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (!token.find()) {
                throw new IllegalStateException("no comment form on " + storyPath);
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the story " + storyPath + " did not load", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts from {@code addresses} addresses of {@code block} (such as {@code "198.18."}) for {@code time}. */
    static Tally flood(URI base, long storyId, String token, int senders, int addresses, String block, Duration time) {
        Tally tally = new Tally();
        long deadline = System.nanoTime() + time.toNanos();
        URI action = base.resolve("/comments/" + storyId + "/");
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            BenchClients.run(senders, sender -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    int address = (sender + n * senders) % addresses;
                    String text = "Flood " + sender + "-" + n + ": nobody on the left bank believes the ferry timetable any more.";
                    String form = Map.of("comment", text, "author", "Visitor " + address, "email", "visitor" + address + "-" + block + "@bench.example",
                                    "url", "", "csrf_token", token, "comment_parent", "").entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                    HttpRequest post = HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                            .header("X-Forwarded-For", block + (address / 250) + "." + (address % 250 + 1))
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                    try {
                        HttpResponse<Void> response = http.send(post, HttpResponse.BodyHandlers.discarding());
                        tally.answer(response.statusCode(), response.headers().firstValue("Retry-After").isPresent());
                    } catch (IOException e) {
                        tally.add("io");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        return tally;
    }
}
