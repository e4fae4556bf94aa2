package org.vistka.share;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vistka.article.Permalinks;

/** Reads a published story for the share redirect in one statement, without its bylines, tags or comments. Thread-safe. */
final class ShareableStories {
    private final Jdbi jdbi;

    ShareableStories(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<ShareableStory> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, slug, title, published_at, image_url, image_alt, body_html
                        FROM article WHERE id = :id AND status = 'published'""")
                .bind("id", id)
                .map((rs, ctx) -> new ShareableStory(rs.getLong("id"),
                        Permalinks.articlePath(rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at"))),
                        rs.getString("title"), rs.getString("image_url"), rs.getString("image_alt"), rs.getString("body_html")))
                .findOne());
    }
}
