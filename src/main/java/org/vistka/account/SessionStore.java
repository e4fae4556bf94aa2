package org.vistka.account;

import org.vistka.storage.Columns;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in sessions, kept in the database so that every node behind a load balancer knows them. A session ends
 * after {@code idle} without use and after {@code absolute} whatever happens; the last-use time is written at most
 * once a minute, so reading pages does not turn into a write per request. Thread-safe.
 */
public final class SessionStore {
    private static final long TOUCH_EVERY_MS = 60_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public SessionStore(Jdbi jdbi, Clock clock, Duration idle, Duration absolute) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** Starts a new session for the account and returns the token for its cookie. */
    public String start(long accountId) {
        String token = Tokens.random();
        long now = clock.millis();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO account_session (token_hash, account_id, csrf_token, created_at, last_seen_at)
                        VALUES (:hash, :account, :csrf, :now, :now)""")
                .bind("hash", Tokens.sha256(token)).bind("account", accountId).bind("csrf", Tokens.random())
                .bind("now", now).execute());
        return token;
    }

    /** The member a cookie's token signs in, if the session exists, has not expired and the account is active. */
    public Optional<SignedIn> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        long now = clock.millis();
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id, a.email, a.name, a.role, a.author_id, a.active, s.csrf_token, s.created_at, s.last_seen_at
                        FROM account_session s JOIN account a ON a.id = s.account_id WHERE s.token_hash = :hash""")
                .bind("hash", hash)
                .map((rs, ctx) -> new Row(new Account(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                        Role.fromDb(rs.getString("role")), Columns.nullableLong(rs, "author_id"), rs.getBoolean("active")),
                        rs.getString("csrf_token"), rs.getLong("created_at"), rs.getLong("last_seen_at")))
                .findOne());
        return row.filter(r -> r.account().active() && now - r.lastSeen() <= idle.toMillis() && now - r.created() <= absolute.toMillis())
                .map(r -> {
                    if (now - r.lastSeen() > TOUCH_EVERY_MS) {
                        jdbi.useHandle(h -> h.createUpdate("UPDATE account_session SET last_seen_at = :now WHERE token_hash = :hash")
                                .bind("now", now).bind("hash", hash).execute());
                    }
                    return new SignedIn(r.account(), r.csrfToken(), hash);
                });
    }

    public void end(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_session WHERE token_hash = :hash").bind("hash", tokenHash).execute());
    }

    /** Signs the member out on every browser. */
    public void endAll(long accountId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_session WHERE account_id = :id").bind("id", accountId).execute());
    }

    /** Removes sessions that can no longer be used. */
    public int purgeExpired() {
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM account_session WHERE last_seen_at < :idleBefore OR created_at < :absoluteBefore")
                .bind("idleBefore", now - idle.toMillis()).bind("absoluteBefore", now - absolute.toMillis()).execute());
    }

    private record Row(Account account, String csrfToken, long created, long lastSeen) {
    }
}
