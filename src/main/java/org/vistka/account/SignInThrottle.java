package org.vistka.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down password guessing, per email address and per network address: the first five failures within an
 * hour cost nothing, then each further attempt must wait twice as long as the last (2 s, 4 s, 8 s… at most
 * 15 minutes). Kept in the database so that every node counts the same failures. Unknown emails are counted
 * like known ones, so the answer never tells whether an account exists.
 *
 * <p>An attempt is counted before its password is checked, in the same step as the check of the limit
 * ({@link #check}): one transaction locks the rows of the email and the address, counts their recent failures and,
 * when the attempt may go ahead, records it as a failure. Fifty guesses sent at once are therefore counted one after
 * another, on one node or on several sharing PostgreSQL, and only the first five reach the password hash. A right
 * password then takes its own failure back. Thread-safe.
 */
public final class SignInThrottle {
    static final int FREE_FAILURES = 5;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration KEPT = Duration.ofDays(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public SignInThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Counts a guess of the password of {@code email} from {@code address} and, unless it must wait, checks it with
     * {@code passwordIsRight}. A check that throws (the server too busy to hash, say) is not counted.
     */
    public Verdict check(String email, String address, BooleanSupplier passwordIsRight) {
        Admission admission = admit(email, address);
        if (!admission.admitted()) {
            return new Verdict(false, admission.retryIn());
        }
        boolean right;
        try {
            right = passwordIsRight.getAsBoolean();
        } catch (RuntimeException | Error notChecked) {
            withdraw(admission);
            throw notChecked;
        }
        if (right) {
            succeeded(admission);
        } else {
            failed();
        }
        return new Verdict(right, Duration.ZERO);
    }

    /**
     * Either how long this email from this address must still wait, or, when it may go ahead, a ticket for an attempt
     * that now counts as a failure until {@link #succeeded} or {@link #withdraw} says otherwise.
     */
    private Admission admit(String email, String address) {
        long now = clock.millis();
        // Most guesses in a flood must wait: a plain read tells them so without a write. The rest are counted under
        // the rows' locks, which the check below repeats.
        Duration already = jdbi.withHandle(h -> longestWait(h, email, address, now));
        if (already.isPositive()) {
            return new Admission(null, email, already);
        }
        String attempt = Tokens.random();
        return jdbi.inTransaction(h -> {
            // Always in the same order, so that two attempts sharing both subjects cannot lock each other out.
            for (String subject : subjects(email, address)) {
                lock(h, subject, now);
            }
            Duration longest = longestWait(h, email, address, now);
            if (longest.isPositive()) {
                return new Admission(null, email, longest);
            }
            for (String subject : subjects(email, address)) {
                h.createUpdate("INSERT INTO sign_in_failure (subject, failed_at, attempt) VALUES (:subject, :now, :attempt)")
                        .bind("subject", subject).bind("now", now).bind("attempt", attempt).execute();
            }
            return new Admission(attempt, email, Duration.ZERO);
        });
    }

    /** An admitted attempt's password was wrong: it stays counted, and rows older than a day are cleared. */
    private void failed() {
        long before = clock.millis() - KEPT.toMillis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_failure WHERE failed_at < :before").bind("before", before).execute();
            h.createUpdate("DELETE FROM sign_in_subject WHERE checked_at < :before").bind("before", before).execute();
        });
    }

    /**
     * A correct password: the attempt is no failure, and the email's count is cleared (the address keeps its other
     * failures, so one good account opens no door for guesses at others).
     */
    private void succeeded(Admission admission) {
        jdbi.useTransaction(h -> {
            withdraw(h, admission);
            h.createUpdate("DELETE FROM sign_in_failure WHERE subject = :subject").bind("subject", emailSubject(admission.email())).execute();
        });
    }

    /** The admitted attempt never reached the password check (the server was too busy): it is not counted. */
    private void withdraw(Admission admission) {
        jdbi.useHandle(h -> withdraw(h, admission));
    }

    private static void withdraw(Handle h, Admission admission) {
        h.createUpdate("DELETE FROM sign_in_failure WHERE attempt = :attempt").bind("attempt", admission.attempt()).execute();
    }

    /** Creates the subject's row or, when it exists, locks it until the transaction ends: on every database. */
    private static void lock(Handle h, String subject, long now) {
        h.createUpdate("""
                        INSERT INTO sign_in_subject (subject, checked_at) VALUES (:subject, :now)
                        ON CONFLICT (subject) DO UPDATE SET checked_at = excluded.checked_at""")
                .bind("subject", subject).bind("now", now).execute();
    }

    private static Duration longestWait(Handle h, String email, String address, long now) {
        Duration longest = Duration.ZERO;
        for (String subject : subjects(email, address)) {
            Duration wait = waitFor(h, subject, now);
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        return longest;
    }

    private static Duration waitFor(Handle h, String subject, long now) {
        Recent recent = h.createQuery(
                        "SELECT COUNT(*) AS failures, MAX(failed_at) AS last FROM sign_in_failure WHERE subject = :subject AND failed_at > :since")
                .bind("subject", subject).bind("since", now - WINDOW.toMillis())
                .map((rs, ctx) -> new Recent(rs.getInt("failures"), rs.getLong("last"))).one();
        return Duration.ofMillis(Math.max(0, recent.last() + delayAfter(recent.failures()).toMillis() - now));
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
        return List.of("address:" + address, emailSubject(email));
    }

    private static String emailSubject(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What came of a guess: the password was right, or it was wrong, or it was not checked because the guesser must
     * first wait {@code retryIn}.
     */
    public record Verdict(boolean right, Duration retryIn) {
        public boolean mustWait() {
            return retryIn.isPositive();
        }
    }

    /** The throttle's answer before a check: admitted, with the ticket that names its failure rows, or the wait. */
    private record Admission(String attempt, String email, Duration retryIn) {
        boolean admitted() {
            return attempt != null;
        }
    }

    private record Recent(int failures, long last) {
    }
}
