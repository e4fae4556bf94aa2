package org.vistka.account;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a member's email and password. Every refusal reads the same whether the email exists or not, and an
 * unknown email costs the same password hashing as a known one, so neither the answer nor its timing tells.
 * A hash made with older parameters is replaced on a successful sign-in. Thread-safe.
 */
public final class SignIn {
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

    public Outcome attempt(String email, String password, String address) {
        Duration wait = throttle.waitBefore(email, address);
        if (!wait.isZero() && !wait.isNegative()) {
            return new Outcome(null, "Too many failed attempts. Try again in " + seconds(wait) + ".", true);
        }
        Optional<Account> account = accounts.findByEmail(email).filter(Account::active);
        String hash = account.flatMap(a -> accounts.passwordHash(a.id())).orElse(decoyHash);
        if (account.isEmpty() | !hasher.verify(password, hash)) {
            throttle.failed(email, address);
            return new Outcome(null, "That email and password do not match an active account.", false);
        }
        throttle.succeeded(email);
        if (hasher.needsRehash(hash)) {
            accounts.setPasswordHash(account.get().id(), hasher.hash(password));
        }
        return new Outcome(sessions.start(account.get().id()), null, false);
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s < 120 ? s + (s == 1 ? " second" : " seconds") : ((s + 59) / 60) + " minutes";
    }

    /** Either a session token for the cookie, or the sentence to show; {@code throttled} asks for status 429. */
    public record Outcome(String sessionToken, String refusal, boolean throttled) {
        public boolean succeeded() {
            return sessionToken != null;
        }
    }
}
