package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Guesses.Guess;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The sign-in throttle against guesses sent all at once, to two nodes of one database: it counts each guess before its
 * password is checked, so whatever the spread of emails and addresses, five guesses reach the password hash and every
 * other one is told to wait.
 */
class SignInThrottleTest {
    private static final int GUESSES = 50;
    private TestSite site;

    @AfterEach
    void resetClock() {
        if (site != null) {
            site.clock().reset();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void of_fifty_guesses_at_one_email_from_one_address_five_reach_the_password_check(TestDatabase db) {
        site = TestSite.shared(db);
        String email = site.member(Role.EDITOR).account().email();
        String address = newAddress();
        try (TestSite otherNode = site.secondNode()) {
            var answers = Guesses.sendAtOnce(GUESSES, i -> new Guess(i % 2 == 0 ? site : otherNode, email, "guess " + i, address));

            assertFiveCheckedAndTheRestToldToWait(answers);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void of_fifty_guesses_at_fifty_emails_from_one_address_five_reach_the_password_check(TestDatabase db) {
        site = TestSite.shared(db);
        String address = newAddress();
        try (TestSite otherNode = site.secondNode()) {
            var answers = Guesses.sendAtOnce(GUESSES, i -> new Guess(i % 2 == 0 ? site : otherNode,
                    "sprayed-" + i + "-" + address + "@newsroom.example", "Summer2026!", address));

            assertFiveCheckedAndTheRestToldToWait(answers);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void of_fifty_guesses_at_one_email_from_fifty_addresses_behind_a_trusted_proxy_five_reach_the_password_check(TestDatabase db) {
        site = TestSite.shared(db);
        String email = site.member(Role.ADMINISTRATOR).account().email();
        try (TestSite otherNode = site.secondNode()) {
            var answers = Guesses.sendAtOnce(GUESSES, i -> new Guess(i % 2 == 0 ? site : otherNode, email, "guess " + i, newAddress()));

            assertFiveCheckedAndTheRestToldToWait(answers);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void each_wait_after_the_fifth_failure_doubles_up_to_fifteen_minutes(TestDatabase db) {
        site = TestSite.shared(db);
        String email = site.member(Role.AUTHOR).account().email();
        String address = newAddress();
        Instant last = Instant.parse("2026-11-30T08:00:00Z");
        site.clock().set(last);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(guess(email, address).statusCode()).as("free failure %d", i + 1).isEqualTo(401);
        }
        List<Long> waits = new java.util.ArrayList<>();
        while (waits.size() < 3 || waits.get(waits.size() - 2) < 900) {
            HttpResponse<String> refused = guess(email, address);
            assertThat(refused.statusCode()).isEqualTo(429);
            long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            waits.add(wait);
            assertThat(Jsoup.parse(refused.body()).selectFirst(".error-summary").text()).startsWith("Too many failed attempts. Try again in ");

            site.clock().set(last.plusSeconds(wait).minusMillis(1));
            assertThat(guess(email, address).statusCode()).as("a millisecond before the wait is over").isEqualTo(429);
            last = last.plusSeconds(wait);
            site.clock().set(last);
            assertThat(guess(email, address).statusCode()).as("once the wait of %d s is over", wait).isEqualTo(401);
        }

        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
    }

    @ParameterizedTest(name = "{0} failures → wait {1} s")
    @CsvSource({"0, 0", "4, 0", "5, 2", "6, 4", "9, 32", "13, 512", "14, 900", "40, 900", "1000, 900"})
    void the_wait_doubles_from_the_fifth_failure_to_at_most_fifteen_minutes(int failures, long seconds) {
        assertThat(SignInThrottle.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    private HttpResponse<String> guess(String email, String address) {
        return Guesses.send(new Guess(site, email, "not it", address));
    }

    private static void assertFiveCheckedAndTheRestToldToWait(List<HttpResponse<String>> answers) {
        assertThat(Guesses.byStatus(answers)).as("answers by status: 401 checked and wrong, 429 told to wait")
                .isEqualTo(Map.of(401, 5L, 429, (long) GUESSES - 5));
        assertThat(answers).filteredOn(a -> a.statusCode() == 429)
                .allSatisfy(a -> assertThat(a.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive()));
    }

    /** An address no other test uses, from the documentation ranges, as a trusted proxy would name it. */
    private static String newAddress() {
        var random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(random.nextInt(1, 0x10000));
    }
}
