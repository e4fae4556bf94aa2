package org.vistka.comment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.ContentChanges;
import org.jdbi.v3.core.mapper.RowMapper;
import org.vistka.storage.Columns;

/**
 * Comments for the public pages: storing a new one, the threads of a story page by page, and the counts the flood
 * rules need. Moderation lives in {@link ModerationStore}. Thread-safe.
 */
public final class CommentStore {
    static final String VISIBLE = "(c.status = 'approved' OR (c.status = 'pending' AND c.writer_hash = :writer))";
    private static final RowMapper<Comment> COMMENT = (rs, ctx) -> {
        Avatar avatar = Avatar.of(rs.getString("author_name"), rs.getString("author_email"));
        return new Comment(rs.getLong("id"), Columns.nullableLong(rs, "parent_id"), rs.getInt("depth"),
                CommentStatus.fromDb(rs.getString("status")),
                rs.getString("author_name").isBlank() ? "Anonymous" : rs.getString("author_name"), rs.getString("author_url"),
                rs.getString("body_html"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Columns.nullableLong(rs, "account_id") != null, avatar.initials(), avatar.cssClass());
    };

    private final Jdbi jdbi;
    private final CommentWriter writer;
    private final ContentChanges changes;

    public CommentStore(Jdbi jdbi, CommentWriter writer, ContentChanges changes) {
        this.jdbi = jdbi;
        this.writer = writer;
        this.changes = changes;
    }

    /**
     * Stores a comment and gives its id; durable when it returns. The {@link CommentWriter} commits it together with
     * the other comments sent at the same moment.
     */
    public long insert(NewComment c) {
        long id = writer.insert(c);
        announce(c);
        return id;
    }

    /** Hands a reader's comment to the {@link CommentWriter}; the future gives its id once it is durable. */
    CompletableFuture<Long> stored(NewComment c) {
        return writer.submit(c).thenApply(id -> {
            announce(c);
            return id;
        });
    }

    private void announce(NewComment c) {
        if (c.status() == CommentStatus.APPROVED) {
            // Its writer sees it at once (their browser's cookie passes the page cache); other readers within seconds.
            changes.changedMayLag(CommentChanges.on(List.of(c.articleId())));
        }
    }

    /** The comment a reply answers, if it is on this story and visible to this writer. */
    public Optional<Parent> parent(long id, long articleId, String writerHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.thread_id, c.depth FROM comment c WHERE c.id = :id AND c.article_id = :article AND " + VISIBLE)
                .bind("id", id).bind("article", articleId).bind("writer", writerHash)
                .map((rs, ctx) -> new Parent(id, rs.getLong("thread_id"), rs.getInt("depth"))).findOne());
    }

    /**
     * One page of a story's conversation: whole threads, oldest first, {@code perPage} threads a page; approved
     * comments and this writer's held ones. Three statements whatever the number of comments.
     */
    public Conversation conversation(long articleId, String writerHash, int page, int perPage) {
        return jdbi.withHandle(h -> {
            int approved = h.createQuery("SELECT COUNT(*) FROM comment WHERE article_id = :article AND status = 'approved'")
                    .bind("article", articleId).mapTo(Integer.class).one();
            List<Long> threads = h.createQuery("SELECT c.id FROM comment c WHERE c.article_id = :article AND c.parent_id IS NULL AND "
                            + VISIBLE + " ORDER BY c.created_at, c.id LIMIT :limit OFFSET :offset")
                    .bind("article", articleId).bind("writer", writerHash).bind("limit", perPage + 1)
                    .bind("offset", (page - 1) * perPage).mapTo(Long.class).list();
            boolean more = threads.size() > perPage;
            List<Long> shown = more ? threads.subList(0, perPage) : threads;
            List<Comment> comments = shown.isEmpty() ? List.of() : h.createQuery("""
                            SELECT c.id, c.parent_id, c.depth, c.status, c.author_name, c.author_email, c.author_url,
                                   c.body_html, c.created_at, c.account_id
                            FROM comment c WHERE c.article_id = :article AND c.thread_id IN (<threads>) AND""" + " " + VISIBLE
                            + " ORDER BY c.created_at, c.id")
                    .bind("article", articleId).bind("writer", writerHash).bindList("threads", shown).map(COMMENT).list();
            return new Conversation(approved, comments, page, more);
        });
    }

    /** The page (of {@code perPage} threads) on which comment {@code id} stands for this writer; 1 when it is not visible. */
    public int pageOf(long id, long articleId, String writerHash, int perPage) {
        int before = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM comment c, comment mine, comment top
                        WHERE mine.id = :id AND mine.article_id = :article AND top.id = mine.thread_id
                          AND c.article_id = :article AND c.parent_id IS NULL AND""" + " " + VISIBLE + """
                          AND (c.created_at < top.created_at OR (c.created_at = top.created_at AND c.id < top.id))""")
                .bind("id", id).bind("article", articleId).bind("writer", writerHash).mapTo(Integer.class).one());
        return before / perPage + 1;
    }

    /** When the latest comment from this address or this email after {@code since} came (epoch ms), 0 for none. */
    public long latestFrom(String address, String email, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COALESCE(MAX(created_at), 0) FROM comment
                        WHERE created_at > :since AND (author_address = :address OR (author_email = :email AND author_email <> ''))""")
                .bind("since", since.toEpochMilli()).bind("address", address).bind("email", email).mapTo(Long.class).one());
    }

    /**
     * How many comments came from this address or this email after {@code since}, counted up to {@code atMost}: a
     * limit needs no more, and a flood from one address must not make every check count the whole flood.
     */
    public int countFrom(String address, String email, Instant since, int atMost) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM comment
                        WHERE created_at > :since AND (author_address = :address OR (author_email = :email AND author_email <> ''))
                        LIMIT :atMost) AS sent""")
                .bind("since", since.toEpochMilli()).bind("address", address).bind("email", email).bind("atMost", atMost)
                .mapTo(Integer.class).one());
    }

    public boolean duplicate(long articleId, String email, String contentHash, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM comment WHERE content_hash = :hash AND created_at > :since
                        AND (article_id = :article OR (author_email = :email AND author_email <> ''))""")
                .bind("hash", contentHash).bind("since", since.toEpochMilli()).bind("article", articleId).bind("email", email)
                .mapTo(Integer.class).one()) > 0;
    }

    public boolean approvedBefore(String email) {
        return !email.isEmpty() && jdbi.withHandle(h -> h.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM comment WHERE author_email = :email AND status = 'approved')")
                .bind("email", email).mapTo(Boolean.class).one());
    }

    /**
     * Comments a story received since {@code since}, whatever became of them (slow mode counts the flood itself),
     * counted up to {@code atMost}.
     */
    public int receivedSince(long articleId, Instant since, int atMost) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM comment WHERE article_id = :article AND created_at > :since LIMIT :atMost) AS received""")
                .bind("article", articleId).bind("since", since.toEpochMilli()).bind("atMost", atMost).mapTo(Integer.class).one());
    }

    /** Comments on a story that count against its limit, approved and held ones, counted up to {@code atMost}. */
    public int countedOn(long articleId, int atMost) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM comment WHERE article_id = :article AND status IN ('approved', 'pending')
                        LIMIT :atMost) AS counted""")
                .bind("article", articleId).bind("atMost", atMost).mapTo(Integer.class).one());
    }

    public List<String> learnedPhrases() {
        return jdbi.withHandle(h -> h.createQuery("SELECT phrase FROM spam_phrase ORDER BY phrase").mapTo(String.class).list());
    }

    /** The comment a reply answers: its thread and depth. */
    public record Parent(long id, long threadId, int depth) {
    }

}
