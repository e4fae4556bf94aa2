package org.vistka.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down password guessing, per email address and per network address: the first five failures within an
 * hour cost nothing, then each further attempt must wait twice as long as the last (2 s, 4 s, 8 s… at most
 * 15 minutes). Kept in the database so that every node counts the same failures. Unknown emails are counted
 * like known ones, so the answer never tells whether an account exists. Thread-safe.
 */
public final class SignInThrottle {
    static final int FREE_FAILURES = 5;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final Clock clock;

    public SignInThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** How long the next attempt for this email from this address must still wait; zero when it may go ahead. */
    public Duration waitBefore(String email, String address) {
        long now = clock.millis();
        Duration longest = Duration.ZERO;
        for (String subject : subjects(email, address)) {
            Recent recent = jdbi.withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) AS failures, MAX(failed_at) AS last FROM sign_in_failure WHERE subject = :subject AND failed_at > :since")
                    .bind("subject", subject).bind("since", now - WINDOW.toMillis())
                    .map((rs, ctx) -> new Recent(rs.getInt("failures"), rs.getLong("last"))).one());
            Duration remaining = Duration.ofMillis(recent.last() + delayAfter(recent.failures()).toMillis() - now);
            if (remaining.compareTo(longest) > 0) {
                longest = remaining;
            }
        }
        return longest;
    }

    public void failed(String email, String address) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            for (String subject : subjects(email, address)) {
                h.createUpdate("INSERT INTO sign_in_failure (subject, failed_at) VALUES (:subject, :now)")
                        .bind("subject", subject).bind("now", now).execute();
            }
            h.createUpdate("DELETE FROM sign_in_failure WHERE failed_at < :before").bind("before", now - Duration.ofDays(1).toMillis()).execute();
        });
    }

    /** A correct password clears the email's count (the address keeps its own, so one good account opens no door). */
    public void succeeded(String email) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sign_in_failure WHERE subject = :subject")
                .bind("subject", "email:" + email.strip().toLowerCase(Locale.ROOT)).execute());
    }

    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES + 1, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    private static List<String> subjects(String email, String address) {
        return List.of("email:" + email.strip().toLowerCase(Locale.ROOT), "address:" + address);
    }

    private record Recent(int failures, long last) {
    }
}
