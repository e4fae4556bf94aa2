package org.vistka.account;

import org.vistka.storage.Columns;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Newsroom members and their password hashes. Emails are stored lower-cased, so sign-in ignores case. Thread-safe. */
public final class AccountStore {
    private static final String COLUMNS = "id, email, name, role, author_id, active";
    private static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(rs.getLong("id"), rs.getString("email"),
            rs.getString("name"), Role.fromDb(rs.getString("role")), Columns.nullableLong(rs, "author_id"),
            rs.getBoolean("active"));

    private final Jdbi jdbi;
    private final Clock clock;

    public AccountStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public long create(String email, String name, Role role, String passwordHash, Long authorId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO account (email, name, role, password_hash, author_id, active, created_at)
                        VALUES (:email, :name, :role, :hash, :authorId, TRUE, :now)""")
                .bind("email", normalEmail(email)).bind("name", name).bind("role", role.dbValue())
                .bind("hash", passwordHash).bind("authorId", authorId).bind("now", clock.millis())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public Optional<Account> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .bind("id", id).map(ACCOUNT).findOne());
    }

    public Optional<Account> findByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE email = :email")
                .bind("email", normalEmail(email)).map(ACCOUNT).findOne());
    }

    public Optional<String> passwordHash(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM account WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    public void setPasswordHash(long id, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", id).execute());
    }

    public void setRole(long id, Role role, boolean active) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account SET role = :role, active = :active WHERE id = :id")
                .bind("role", role.dbValue()).bind("active", active).bind("id", id).execute());
    }

    public List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY name, id").map(ACCOUNT).list());
    }

    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one()) == 0;
    }
}
