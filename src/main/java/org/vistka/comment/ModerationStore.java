package org.vistka.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.ContentChanges;
import org.vistka.article.Permalinks;

/**
 * The moderation queue's reads and writes: comments by status with counts, filters by story and text, status
 * changes in bulk, edits, the spam phrases moderators teach, slow mode, and the personal data of one writer
 * (export and erase) and of everyone after the retention period. Thread-safe.
 */
public final class ModerationStore {
    private static final String COLUMNS = """
            c.id, c.article_id, a.title, a.slug, a.published_at, c.status, c.author_name, c.author_email, c.author_url,
            c.author_address, c.body_text, c.created_at, c.reasons, c.spam_points""";

    private final Jdbi jdbi;
    private final ContentChanges changes;

    public ModerationStore(Jdbi jdbi, ContentChanges changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    public Map<CommentStatus, Integer> counts() {
        Map<CommentStatus, Integer> counts = new EnumMap<>(CommentStatus.class);
        Arrays.stream(CommentStatus.values()).forEach(status -> counts.put(status, 0));
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) AS n FROM comment GROUP BY status")
                .map((rs, ctx) -> Map.entry(CommentStatus.fromDb(rs.getString("status")), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    /** One page of comments with this status, newest first, optionally of one story and containing every word of {@code text}. */
    public List<HeldComment> list(CommentStatus status, Long articleId, String text, int offset, int limit) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).limit(8).toList();
        StringBuilder where = new StringBuilder("c.status = :status");
        if (articleId != null) {
            where.append(" AND c.article_id = :article");
        }
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND LOWER(c.body_text || ' ' || c.author_name || ' ' || c.author_email) LIKE :word").append(i).append(" ESCAPE '!'");
        }
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT " + COLUMNS + " FROM comment c JOIN article a ON a.id = c.article_id WHERE " + where
                            + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
                    .bind("status", status.dbValue()).bind("article", articleId).bind("limit", limit).bind("offset", offset);
            for (int i = 0; i < words.size(); i++) {
                query.bind("word" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            return query.map((rs, ctx) -> row(rs)).list();
        });
    }

    public List<HeldComment> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM comment c JOIN article a ON a.id = c.article_id WHERE c.id IN (<ids>)")
                .bindList("ids", ids).map((rs, ctx) -> row(rs)).list());
    }

    /** Moves these comments to {@code status}, noting who did it; returns how many changed. */
    public int setStatus(List<Long> ids, CommentStatus status, String by) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> stories = storiesOf(ids);
        int changed = jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE comment SET status = :status,
                            reasons = reasons || CASE WHEN reasons = '' THEN '' ELSE :newline END || :note
                        WHERE id IN (<ids>) AND status <> :status""")
                .bind("status", status.dbValue()).bind("newline", "\n").bind("note", "Marked " + status.dbValue() + " by " + by + ".")
                .bindList("ids", ids).execute());
        changes.changed(CommentChanges.on(stories));
        return changed;
    }

    public void edit(long id, String text, String html) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE comment SET body_text = :text, body_html = :html WHERE id = :id")
                .bind("text", text).bind("html", html).bind("id", id).execute());
        changes.changed(CommentChanges.on(storiesOf(List.of(id))));
    }

    private List<Long> storiesOf(List<Long> commentIds) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT article_id FROM comment WHERE id IN (<ids>)")
                .bindList("ids", commentIds).mapTo(Long.class).list());
    }

    public void learn(List<String> phrases, Instant now) {
        jdbi.useTransaction(h -> phrases.forEach(phrase -> h.createUpdate(
                        "INSERT INTO spam_phrase (phrase, learned_at) VALUES (:phrase, :now) ON CONFLICT (phrase) DO NOTHING")
                .bind("phrase", phrase).bind("now", now.toEpochMilli()).execute()));
    }

    /** Stories in slow mode now: at least {@code count} comments since {@code since}. */
    public List<String> slowStories(Instant since, int count) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.title FROM comment c JOIN article a ON a.id = c.article_id WHERE c.created_at > :since
                        GROUP BY a.id, a.title HAVING COUNT(*) >= :count ORDER BY a.title""")
                .bind("since", since.toEpochMilli()).bind("count", count).mapTo(String.class).list());
    }

    /** Every comment written with this email, oldest first: what the writer may ask to see. */
    public List<HeldComment> byEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM comment c JOIN article a ON a.id = c.article_id WHERE c.author_email = :email ORDER BY c.created_at, c.id")
                .bind("email", email.strip().toLowerCase(Locale.ROOT)).map((rs, ctx) -> row(rs)).list());
    }

    /** Deletes every comment written with this email (and the replies beneath them); returns how many were deleted. */
    public int eraseByEmail(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        List<Long> stories = jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT article_id FROM comment WHERE author_email = :email")
                .bind("email", normalized).mapTo(Long.class).list());
        int erased = jdbi.withHandle(h -> h.createUpdate("DELETE FROM comment WHERE author_email = :email")
                .bind("email", normalized).execute());
        changes.changed(CommentChanges.on(stories));
        return erased;
    }

    /** Forgets the network addresses of comments older than {@code before}; returns how many were forgotten. */
    public int forgetAddresses(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE comment SET author_address = NULL WHERE author_address IS NOT NULL AND created_at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }

    private static HeldComment row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String reasons = rs.getString("reasons");
        return new HeldComment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"),
                Permalinks.articlePath(rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at"))),
                CommentStatus.fromDb(rs.getString("status")), rs.getString("author_name"), rs.getString("author_email"),
                rs.getString("author_url"), rs.getString("author_address"), rs.getString("body_text"),
                Instant.ofEpochMilli(rs.getLong("created_at")), reasons.isEmpty() ? List.of() : new ArrayList<>(List.of(reasons.split("\n"))),
                rs.getInt("spam_points"));
    }
}
