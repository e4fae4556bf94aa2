package org.vistka.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads published stories for the public pages. Every method runs a fixed number of statements whatever the
 * story holds (authors, tags, See-also links), so no page makes N+1 queries. Thread-safe.
 */
public final class ArticleStore {
    private static final String PUBLISHED = "a.status = 'published'";

    private final Jdbi jdbi;

    public ArticleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The published story with this slug, with everything its page shows. */
    public Optional<Article> findPublished(String slug) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + ArticleRows.SUMMARY_COLUMNS + """
                        , a.body_html, a.status, a.updated_at, a.comments_open
                        FROM article a JOIN section s ON s.id = a.section_id
                        WHERE a.slug = :slug AND""" + " " + PUBLISHED)
                .bind("slug", slug)
                .map((rs, ctx) -> new StoredArticle(ArticleRows.summary(rs), rs.getString("body_html"),
                        ArticleStatus.fromDb(rs.getString("status")), ArticleRows.instant(rs, "updated_at"),
                        rs.getBoolean("comments_open")))
                .findOne()
                .map(stored -> complete(handle, stored)));
    }

    /** The published story with this id, with everything its page shows. */
    public Optional<Article> findPublished(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT slug FROM article WHERE id = :id AND status = 'published'")
                .bind("id", id).mapTo(String.class).findOne()).flatMap(this::findPublished);
    }

    /**
     * What commenting on a published story needs to know of it — id, address, publication time, whether comments
     * are open — in one statement, without loading its body, bylines or tags.
     */
    public Optional<CommentTarget> commentTarget(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, slug, published_at, comments_open FROM article WHERE id = :id AND status = 'published'")
                .bind("id", id)
                .map((rs, ctx) -> new CommentTarget(rs.getLong("id"), Permalinks.articlePath(rs.getString("slug"),
                        ArticleRows.instant(rs, "published_at")), ArticleRows.instant(rs, "published_at"), rs.getBoolean("comments_open")))
                .findOne());
    }

    /** A published story as seen by the comment form. */
    public record CommentTarget(long id, String path, java.time.Instant publishedAt, boolean commentsOpen) {
    }

    /** One page of published stories, newest first; asks for {@code limit} rows so callers can ask one more to learn whether a next page exists. */
    public List<ArticleSummary> list(Listing listing, long key, int offset, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + ArticleRows.SUMMARY_COLUMNS
                        + " FROM article a JOIN section s ON s.id = a.section_id WHERE " + PUBLISHED + " "
                        + listing.condition() + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .bind("key", key)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> ArticleRows.summary(rs))
                .list());
    }

    /**
     * The newest {@code perSection} published stories of every section, in section order: one short read through
     * the section index per section, in one statement, so the cost does not grow with the archive.
     */
    public List<ArticleSummary> newestPerSection(int perSection) {
        return jdbi.withHandle(handle -> {
            List<Long> sections = handle.createQuery("SELECT id FROM section").mapTo(Long.class).list();
            if (sections.isEmpty()) {
                return List.of();
            }
            // Section ids are numbers from the database, so they can stand in the statement itself.
            String perSectionReads = sections.stream().map(id -> "SELECT * FROM (SELECT " + ArticleRows.SUMMARY_COLUMNS
                            + ", s.position AS section_position FROM article a JOIN section s ON s.id = a.section_id WHERE "
                            + PUBLISHED + " AND a.section_id = " + id
                            + " ORDER BY a.published_at DESC, a.id DESC LIMIT :perSection) newest" + id)
                    .collect(Collectors.joining(" UNION ALL "));
            return handle.createQuery("SELECT * FROM (" + perSectionReads + ") newest"
                            + " ORDER BY section_position, section_id, published_at DESC, id DESC")
                    .bind("perSection", perSection)
                    .map((rs, ctx) -> ArticleRows.summary(rs))
                    .list();
        });
    }

    /** The published stories among {@code ids}, in the order given; a story no longer published is left out. One query. */
    public List<ArticleSummary> published(List<Long> ids) {
        Map<Long, ArticleSummary> found = jdbi.withHandle(handle -> publishedById(handle, ids));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The current address of the published story that once stood at {@code oldPath}, if any. */
    public Optional<String> movedTo(String oldPath) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT a.slug, a.published_at FROM article_redirect r JOIN article a ON a.id = r.article_id
                        WHERE r.old_path = :path AND""" + " " + PUBLISHED)
                .bind("path", oldPath)
                .map((rs, ctx) -> Permalinks.articlePath(rs.getString("slug"), ArticleRows.instant(rs, "published_at")))
                .findOne());
    }

    /**
     * The page a story would have if it were published as written: what the editor's preview shows. Nothing is
     * stored; See-also blocks resolve against the stories published now.
     */
    public Article preview(long id, NewArticle draft, BodyRenderer renderer, java.time.Instant now) {
        String html = renderer.render(draft.bodySource()).html();
        return jdbi.withHandle(handle -> {
            Section section = handle.createQuery("SELECT id AS section_id, slug AS section_slug, name AS section_name, "
                            + "description AS section_description FROM section WHERE id = :id")
                    .bind("id", draft.sectionId()).map((rs, ctx) -> ArticleRows.section(rs)).one();
            java.time.Instant published = draft.publishedAt() == null ? now : draft.publishedAt();
            return new Article(id, draft.slug(), draft.title(), draft.standfirst(),
                    SeeAlsoBlocks.resolve(html, publishedById(handle, SeeAlsoBlocks.targetsIn(html))), draft.status(), section,
                    draft.mediaKind(), published, published, draft.image(), draft.commentsOpen(),
                    TaxonomyStore.authorsById(handle, draft.authorIds()), TaxonomyStore.tagsById(handle, draft.tagIds()),
                    TaxonomyStore.sourcesById(handle, draft.sourceIds()), id == 0 ? List.of() : correctionsOf(handle, id));
        });
    }

    private Article complete(Handle handle, StoredArticle stored) {
        ArticleSummary s = stored.summary();
        long id = s.id();
        Map<Long, ArticleSummary> seeAlso = publishedById(handle, SeeAlsoBlocks.targetsIn(stored.bodyHtml()));
        return new Article(id, s.slug(), s.title(), s.standfirst(), SeeAlsoBlocks.resolve(stored.bodyHtml(), seeAlso),
                stored.status(), s.section(), s.mediaKind(), s.publishedAt(), stored.updatedAt(), s.image(),
                stored.commentsOpen(), TaxonomyStore.authorsOf(handle, id), TaxonomyStore.tagsOf(handle, id),
                TaxonomyStore.sourcesOf(handle, id), correctionsOf(handle, id));
    }

    /** The published stories among {@code ids}, by id; one statement. */
    static Map<Long, ArticleSummary> publishedById(Handle handle, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // The status is checked here, not in SQL: with it in the WHERE clause, SQLite reads every published story
        // through the status index instead of the few asked for by their ids.
        return handle.createQuery("SELECT " + ArticleRows.SUMMARY_COLUMNS + ", a.status"
                        + " FROM article a JOIN section s ON s.id = a.section_id WHERE a.id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> ArticleStatus.fromDb(rs.getString("status")) == ArticleStatus.PUBLISHED ? ArticleRows.summary(rs) : null)
                .stream()
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    }

    private static List<Correction> correctionsOf(Handle handle, long articleId) {
        return handle.createQuery("SELECT noted_at, text FROM correction WHERE article_id = :id ORDER BY noted_at, id")
                .bind("id", articleId)
                .map((rs, ctx) -> new Correction(ArticleRows.instant(rs, "noted_at"), rs.getString("text")))
                .list();
    }

    private record StoredArticle(ArticleSummary summary, String bodyHtml, ArticleStatus status,
                                 java.time.Instant updatedAt, boolean commentsOpen) {
    }
}
