package org.vistka.account;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.vistka.testing.TestSite;

/**
 * Password guesses sent all at once, as an attacker's script would: each a sign-in POST with a form token the attacker
 * made up itself (the sign-in form's token only has to match its own cookie), from the network address a trusted
 * proxy names.
 */
final class Guesses {
    private static final String TOKEN = "a".repeat(43);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Guesses() {
    }

    /** One guess: this email and password, from this address, to this node. */
    record Guess(TestSite node, String email, String password, String address) {
    }

    /** Sends {@code count} guesses at once and returns every answer, in the order of the guesses. */
    static List<HttpResponse<String>> sendAtOnce(int count, IntFunction<Guess> guess) {
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, count).mapToObj(guess)
                .map(g -> HTTP.sendAsync(request(g), HttpResponse.BodyHandlers.ofString())).toList();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** Sends one guess and returns the answer. */
    static HttpResponse<String> send(Guess guess) {
        return sendAtOnce(1, i -> guess).getFirst();
    }

    /** How many answers had each status, such as {@code {401=5, 429=45}}. */
    static Map<Integer, Long> byStatus(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
    }

    private static HttpRequest request(Guess guess) {
        String form = "_csrf=" + TOKEN + "&email=" + URLEncoder.encode(guess.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(guess.password(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(guess.node().uri("/newsroom/sign-in/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "vistka_form=" + TOKEN)
                .header("X-Forwarded-For", guess.address())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
