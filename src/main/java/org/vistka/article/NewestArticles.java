package org.vistka.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The newest published stories of a listing, each complete (body, bylines, tags, sources, corrections), as feeds
 * need them: six statements at most however many stories there are, where loading each story alone would make an N+1.
 * Thread-safe.
 */
public final class NewestArticles {
    private final Jdbi jdbi;

    public NewestArticles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** At most {@code limit} published stories of {@code listing} (selected by {@code key}), newest first. */
    public List<Article> newest(Listing listing, long key, int limit) {
        return jdbi.withHandle(handle -> {
            List<Stored> stored = handle.createQuery("SELECT " + ArticleRows.SUMMARY_COLUMNS + """
                            , a.body_html, a.updated_at, a.comments_open
                            FROM article a JOIN section s ON s.id = a.section_id WHERE a.status = 'published'\s"""
                            + listing.condition() + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
                    .bind("key", key).bind("limit", limit)
                    .map((rs, ctx) -> new Stored(ArticleRows.summary(rs), rs.getString("body_html"),
                            ArticleRows.instant(rs, "updated_at"), rs.getBoolean("comments_open")))
                    .list();
            if (stored.isEmpty()) {
                return List.of();
            }
            List<Long> ids = stored.stream().map(s -> s.summary().id()).toList();
            Map<Long, List<Author>> authors = byArticle(handle, """
                    SELECT aa.article_id, au.id, au.slug, au.name, au.bio, au.photo_url FROM article_author aa
                    JOIN author au ON au.id = aa.author_id WHERE aa.article_id IN (<ids>) ORDER BY aa.position""", ids, TaxonomyStore.AUTHOR);
            Map<Long, List<Tag>> tags = byArticle(handle, """
                    SELECT at.article_id, t.id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
                    WHERE at.article_id IN (<ids>) ORDER BY LOWER(t.name), t.id""", ids, TaxonomyStore.TAG);
            Map<Long, List<Source>> sources = byArticle(handle, """
                    SELECT ars.article_id, so.id, so.slug, so.name, so.home_url FROM article_source ars
                    JOIN source so ON so.id = ars.source_id WHERE ars.article_id IN (<ids>) ORDER BY LOWER(so.name), so.id""",
                    ids, TaxonomyStore.SOURCE);
            Map<Long, List<Correction>> corrections = byArticle(handle, """
                    SELECT article_id, noted_at, text FROM correction WHERE article_id IN (<ids>) ORDER BY noted_at, id""", ids,
                    (rs, ctx) -> new Correction(ArticleRows.instant(rs, "noted_at"), rs.getString("text")));
            Set<Long> targets = new LinkedHashSet<>();
            stored.forEach(s -> targets.addAll(SeeAlsoBlocks.targetsIn(s.bodyHtml())));
            Map<Long, ArticleSummary> seeAlso = ArticleStore.publishedById(handle, targets);
            return stored.stream().map(s -> {
                ArticleSummary a = s.summary();
                return new Article(a.id(), a.slug(), a.title(), a.standfirst(), SeeAlsoBlocks.resolve(s.bodyHtml(), seeAlso),
                        ArticleStatus.PUBLISHED, a.section(), a.mediaKind(), a.publishedAt(), s.updatedAt(), a.image(),
                        s.commentsOpen(), authors.getOrDefault(a.id(), List.of()), tags.getOrDefault(a.id(), List.of()),
                        sources.getOrDefault(a.id(), List.of()), corrections.getOrDefault(a.id(), List.of()));
            }).toList();
        });
    }

    /**
     * When a story of {@code listing} last left the public site (the newest update of an unpublished one), if ever:
     * a feed without that story changed then, though none of the stories still in it did.
     */
    public Optional<Instant> lastWithdrawn(Listing listing, long key) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MAX(a.updated_at) AS updated_at FROM article a WHERE a.status = 'unpublished' "
                        + listing.condition())
                .bindMap(listing == Listing.ALL ? java.util.Map.of() : java.util.Map.of("key", key))
                .map((rs, ctx) -> ArticleRows.instant(rs, "updated_at")).findOne());
    }

    private static <T> Map<Long, List<T>> byArticle(Handle handle, String sql, List<Long> ids, RowMapper<T> mapper) {
        Map<Long, List<T>> result = new HashMap<>();
        handle.createQuery(sql).bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), mapper.map(rs, ctx)))
                .forEach(entry -> result.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return result;
    }

    private record Stored(ArticleSummary summary, String bodyHtml, Instant updatedAt, boolean commentsOpen) {
    }
}
