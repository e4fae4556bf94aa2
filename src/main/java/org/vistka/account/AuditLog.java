package org.vistka.account;

import org.vistka.storage.Columns;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Who did what to which story, member or setting, for administrators to read. Append-only. Thread-safe. */
public final class AuditLog {
    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(Long accountId, String action, String targetKind, Long targetId, String summary) {
        jdbi.useHandle(h -> record(h, accountId, action, targetKind, targetId, summary));
    }

    /** Records an event on {@code handle}, in the transaction of the change it describes, so both are kept or neither. */
    public void record(Handle handle, Long accountId, String action, String targetKind, Long targetId, String summary) {
        handle.createUpdate("""
                        INSERT INTO audit_event (at, account_id, action, target_kind, target_id, summary)
                        VALUES (:at, :account, :action, :kind, :target, :summary)""")
                .bind("at", clock.millis()).bind("account", accountId).bind("action", action).bind("kind", targetKind)
                .bind("target", targetId).bind("summary", summary).execute();
    }

    /** The newest events, with the name of the member who acted (or "system"). */
    public List<Event> newest(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.at, COALESCE(a.name, 'system') AS who, e.action, e.target_kind, e.target_id, e.summary
                        FROM audit_event e LEFT JOIN account a ON a.id = e.account_id
                        ORDER BY e.at DESC, e.id DESC LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Event(Instant.ofEpochMilli(rs.getLong("at")), rs.getString("who"), rs.getString("action"),
                        rs.getString("target_kind"), Columns.nullableLong(rs, "target_id"), rs.getString("summary")))
                .list());
    }

    /** One thing that happened. */
    public record Event(Instant at, String who, String action, String targetKind, Long targetId, String summary) {
    }
}
