package org.vistka.account;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a member's email and password. Every refusal reads the same whether the email exists or not, and an
 * unknown email costs the same password hashing as a known one, so neither the answer nor its timing tells.
 * The {@link SignInThrottle} counts each attempt before its password is checked. A hash made with older
 * parameters is replaced on a successful sign-in. Thread-safe.
 */
public final class SignIn {
    static final String NO_MATCH = "That email and password do not match an active account.";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher;
    private final String decoyHash;

    public SignIn(AccountStore accounts, SessionStore sessions, SignInThrottle throttle, PasswordHasher hasher) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.decoyHash = hasher.hash(Tokens.random());
    }

    /**
     * Signs in, or says why not.
     *
     * @throws HashingGate.Busy when the server is checking too many passwords at once; the attempt is then not counted
     */
    public Outcome attempt(String email, String password, String address) {
        hasher.refuseIfBusy();
        Optional<Account> account = accounts.findByEmail(email).filter(Account::active);
        String hash = account.flatMap(a -> accounts.passwordHash(a.id())).orElse(decoyHash);
        SignInThrottle.Verdict verdict = throttle.check(email, address, () -> account.isPresent() & hasher.verify(password, hash));
        if (verdict.mustWait()) {
            return new Outcome(null, tooMany(verdict.retryIn()), verdict.retryIn());
        }
        if (!verdict.right()) {
            return new Outcome(null, NO_MATCH, Duration.ZERO);
        }
        if (hasher.needsRehash(hash)) {
            try {
                accounts.setPasswordHash(account.get().id(), hasher.hash(password));
            } catch (HashingGate.Busy later) {
                // The member is in; the hash is brought up to date at a quieter sign-in.
            }
        }
        return new Outcome(sessions.start(account.get().id()), null, Duration.ZERO);
    }

    /**
     * Whether {@code password} is the signed-in member's own, as when they change it: counted by the throttle like a
     * sign-in, so a session left open is no way round it.
     *
     * @throws HashingGate.Busy when the server is checking too many passwords at once; the guess is then not counted
     */
    public SignInThrottle.Verdict checkOwnPassword(Account account, String password, String address) {
        hasher.refuseIfBusy();
        String hash = accounts.passwordHash(account.id()).orElse(decoyHash);
        return throttle.check(account.email(), address, () -> password != null && hasher.verify(password, hash));
    }

    /** The sentence for a guesser who must wait. */
    static String tooMany(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "Too many failed attempts. Try again in " + (s < 120 ? s + (s == 1 ? " second" : " seconds") : ((s + 59) / 60) + " minutes") + ".";
    }

    /** Either a session token for the cookie, or the sentence to show and, for a guesser who must wait, how long. */
    public record Outcome(String sessionToken, String refusal, Duration retryIn) {
        public boolean succeeded() {
            return sessionToken != null;
        }

        /** Whether the attempt was not checked at all because its guesser must wait (status 429). */
        public boolean throttled() {
            return retryIn.isPositive();
        }
    }

    /** The {@code Retry-After} header's value for a wait: whole seconds, rounded up. */
    static String retryAfter(Duration wait) {
        return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
