package org.vistka.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vistka.article.Permalinks;

/**
 * What feeds read besides stories: the newest approved comments, and when the things a feed shows besides its items
 * last changed. Those changes leave no trace in the items themselves (a settings change, a comment approved late or
 * withdrawn), but every one is in the audit log with its time. One statement each. Thread-safe.
 */
final class FeedStore {
    /** Audit targets whose change may change every feed: the site's name, language and the feed settings. */
    static final String SETTINGS = "settings";
    /** Audit targets whose change may change comment feeds: approvals, edits, spam and trash, erasures. */
    static final String COMMENTS = "comment";

    private final Jdbi jdbi;

    FeedStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest approved comments on published stories, of one story or (with null) of the whole site, newest first. */
    List<FeedComment> approvedComments(Long articleId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.author_name, c.body_html, c.created_at, a.id AS article_id, a.title, a.slug, a.published_at
                        FROM comment c JOIN article a ON a.id = c.article_id
                        WHERE c.status = 'approved' AND a.status = 'published'"""
                        + (articleId == null ? "" : " AND c.article_id = :article")
                        + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit")
                .bind("article", articleId).bind("limit", limit)
                .map((rs, ctx) -> new FeedComment(rs.getLong("id"),
                        rs.getString("author_name").isBlank() ? "Anonymous" : rs.getString("author_name"),
                        rs.getString("body_html"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getLong("article_id"), rs.getString("title"),
                        Permalinks.articlePath(rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at")))))
                .list());
    }

    /** The time of the newest audited change to any of these kinds of target, if there was one. */
    Optional<Instant> lastChange(List<String> targetKinds) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(at) AS at FROM audit_event WHERE target_kind IN (<kinds>)")
                .bindList("kinds", targetKinds)
                .map((rs, ctx) -> {
                    long at = rs.getLong("at");
                    return rs.wasNull() ? null : Instant.ofEpochMilli(at);
                })
                .findOne());
    }
}
