package org.vistka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Password guesses as a botnet sends them: sign-in POSTs with a form token the attacker made up (the sign-in form's
 * token only has to match its own cookie), each from an address a trusted proxy names. {@code 401} means the guess
 * reached the password hash and was wrong; {@code 429} that the throttle made it wait; {@code 503} that the server
 * had too many passwords to check at once; {@code 403} that the form's token did not match its cookie, so the guess
 * was refused before the throttle or the hash (the same flood with a mismatched token measures what the requests
 * alone cost the server).
 */
final class SignInFlood {
    private static final String TOKEN = "b".repeat(43);
    private static final String OTHER_TOKEN = "c".repeat(43);

    private SignInFlood() {
    }

    /** {@code count} guesses at one email from one address of {@code block} (such as {@code "198.18."}), all sent at once. */
    static Tally oneTargetAtOnce(URI base, int count, String block) {
        Tally tally = new Tally();
        try (HttpClient http = client()) {
            List<CompletableFuture<HttpResponse<Void>>> answers = IntStream.range(0, count)
                    .mapToObj(i -> http.sendAsync(guess(base, "chief-" + block + "@bench.example", "guess " + i, block + "255.1", TOKEN),
                            HttpResponse.BodyHandlers.discarding())).toList();
            answers.forEach(a -> count(tally, a));
        }
        return tally;
    }

    /**
     * {@code parallel} guessers, each from an address of its own in {@code block} and at an email of its own, guessing
     * for {@code time}; with {@code forged}, every form's token mismatches its cookie.
     */
    static Tally botnet(URI base, int parallel, String block, Duration time, boolean forged) {
        Tally tally = new Tally();
        long deadline = System.nanoTime() + time.toNanos();
        try (HttpClient http = client()) {
            BenchClients.run(parallel, guesser -> {
                String address = block + (guesser / 250) + "." + (guesser % 250 + 1);
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    count(tally, http.sendAsync(guess(base, "editor" + guesser + "-" + block + "@bench.example", "guess " + n, address,
                            forged ? OTHER_TOKEN : TOKEN),
                            HttpResponse.BodyHandlers.discarding()));
                }
            });
        }
        return tally;
    }

    private static void count(Tally tally, CompletableFuture<HttpResponse<Void>> answer) {
        try {
            HttpResponse<Void> response = answer.join();
            tally.answer(response.statusCode(), response.headers().firstValue("Retry-After").isPresent());
        } catch (RuntimeException e) {
            tally.add(e.getCause() instanceof IOException ? "io" : "failed");
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpRequest guess(URI base, String email, String password, String address, String cookieToken) {
        String form = "_csrf=" + TOKEN + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve("/newsroom/sign-in/")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "vistka_form=" + cookieToken)
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
