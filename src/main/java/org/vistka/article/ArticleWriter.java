package org.vistka.article;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.ContentChanges;

/**
 * Saves stories. The body is rendered to sanitized HTML here, once, so that views never render it again. A save
 * writes the story, everything attached to it and a revision in one transaction, so a story is stored whole or not
 * at all, and every save can be restored later. An update names the version it was based on and is refused when
 * someone else saved in between, so no save silently overwrites another. Thread-safe.
 */
public final class ArticleWriter {
    private static final String COLUMNS = """
            slug = :slug, title = :title, standfirst = :standfirst, body_source = :bodySource, body_html = :bodyHtml,
            status = :status, section_id = :sectionId, media_kind = :mediaKind, published_at = :publishedAt,
            updated_at = :updatedAt, image_url = :imageUrl, image_width = :imageWidth, image_height = :imageHeight,
            image_alt = :imageAlt, image_caption = :imageCaption, image_credit = :imageCredit,
            image_media_id = :imageMediaId, image_srcset = :imageSrcset, comments_open = :commentsOpen,
            search_text = :searchText, changed_at = :changedAt""";

    private final Jdbi jdbi;
    private final BodyRenderer renderer;
    private final Clock clock;
    private final ContentChanges changes;

    /** {@code changes} hears of every save that the public site shows, once it is committed. */
    public ArticleWriter(Jdbi jdbi, BodyRenderer renderer, Clock clock, ContentChanges changes) {
        this.jdbi = jdbi;
        this.renderer = renderer;
        this.clock = clock;
        this.changes = changes;
    }

    /** Stores a new story and returns its id. */
    public long create(NewArticle article) {
        return create(article, null);
    }

    /** Stores a new story written by {@code accountId} (null for the system) and returns its id. */
    public long create(NewArticle article, Long accountId) {
        BodyRenderer.RenderedBody body = renderer.render(article.bodySource());
        long now = clock.millis();
        long created = jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO article (slug, title, standfirst, body_source, body_html, status, section_id, media_kind,
                                published_at, updated_at, created_at, image_url, image_width, image_height, image_alt,
                                image_caption, image_credit, image_media_id, image_srcset, comments_open, search_text, changed_at, created_by)
                            VALUES (:slug, :title, :standfirst, :bodySource, :bodyHtml, :status, :sectionId, :mediaKind,
                                :publishedAt, :updatedAt, :now, :imageUrl, :imageWidth, :imageHeight, :imageAlt,
                                :imageCaption, :imageCredit, :imageMediaId, :imageSrcset, :commentsOpen, :searchText, :changedAt, :createdBy)""")
                    .bindMap(values(article, body, now))
                    .bind("now", now)
                    .bind("createdBy", accountId)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            attach(handle, id, article, body);
            keepRevision(handle, id, 1, article, accountId, now);
            return id;
        });
        changes.changed(jdbi.withHandle(h -> StoryFootprint.changeTags(h, created, Optional.empty(), StoryFootprint.of(article))));
        return created;
    }

    /**
     * Saves a new version of story {@code id} if it is still at {@code expectedVersion}; returns false, changing
     * nothing, when someone saved it in the meantime. A published story whose address changes keeps its old
     * address as a permanent redirect.
     */
    public boolean update(long id, int expectedVersion, NewArticle article, Long accountId) {
        BodyRenderer.RenderedBody body = renderer.render(article.bodySource());
        long now = clock.millis();
        Set<String> changed = jdbi.inTransaction(handle -> {
            Optional<String> oldPath = publishedPath(handle, id);
            Optional<StoryFootprint> before = StoryFootprint.load(handle, id);
            int updated = handle.createUpdate("UPDATE article SET " + COLUMNS + ", version = version + 1 WHERE id = :id AND version = :expected")
                    .bindMap(values(article, body, now))
                    .bind("id", id).bind("expected", expectedVersion)
                    .execute();
            if (updated == 0) {
                return null;
            }
            for (String table : List.of("article_author", "article_tag", "article_source", "article_link")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE article_id = :id").bind("id", id).execute();
            }
            attach(handle, id, article, body);
            keepRevision(handle, id, expectedVersion + 1, article, accountId, now);
            rememberOldAddress(handle, id, oldPath, article);
            return StoryFootprint.changeTags(handle, id, before, StoryFootprint.of(article));
        });
        if (changed == null) {
            return false;
        }
        changes.changed(changed);
        return true;
    }

    /**
     * Adds a dated correction note to a story. The note changes what readers see, so it is also the story's latest
     * update: feeds and sitemaps tell readers and search engines from that time.
     */
    public void addCorrection(long id, Correction correction) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO correction (article_id, noted_at, text) VALUES (:id, :at, :text)")
                    .bind("id", id).bind("at", correction.notedAt().toEpochMilli()).bind("text", correction.text()).execute();
            h.createUpdate("UPDATE article SET updated_at = :at WHERE id = :id AND updated_at < :at")
                    .bind("id", id).bind("at", correction.notedAt().toEpochMilli()).execute();
        });
        changes.changed(Set.of(ContentChanges.story(id)));
    }

    private static java.util.Map<String, Object> values(NewArticle a, BodyRenderer.RenderedBody body, long now) {
        FeaturedImage image = a.image();
        var map = new java.util.HashMap<String, Object>();
        map.put("slug", a.slug());
        map.put("title", a.title());
        map.put("standfirst", a.standfirst());
        map.put("bodySource", a.bodySource());
        map.put("bodyHtml", body.html());
        map.put("status", a.status().dbValue());
        map.put("sectionId", a.sectionId());
        map.put("mediaKind", a.mediaKind().dbValue());
        map.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toEpochMilli());
        map.put("updatedAt", a.updatedAt() == null ? now : a.updatedAt().toEpochMilli());
        map.put("imageUrl", image == null ? null : image.url());
        map.put("imageWidth", image == null ? null : image.width());
        map.put("imageHeight", image == null ? null : image.height());
        map.put("imageAlt", image == null ? null : image.alt());
        map.put("imageCaption", image == null ? null : image.caption());
        map.put("imageCredit", image == null ? null : image.credit());
        map.put("imageMediaId", image == null ? null : image.mediaId());
        map.put("imageSrcset", image == null ? null : image.srcset());
        map.put("commentsOpen", a.commentsOpen());
        map.put("searchText", (a.title() + "\n" + a.standfirst()).toLowerCase(Locale.ROOT));
        map.put("changedAt", ChangeStamp.now());
        return map;
    }

    private static Optional<String> publishedPath(Handle handle, long id) {
        return handle.createQuery("SELECT slug, published_at FROM article WHERE id = :id AND status = 'published'")
                .bind("id", id)
                .map((rs, ctx) -> Permalinks.articlePath(rs.getString("slug"), java.time.Instant.ofEpochMilli(rs.getLong("published_at"))))
                .findOne();
    }

    private static void rememberOldAddress(Handle handle, long id, Optional<String> oldPath, NewArticle article) {
        if (article.publishedAt() == null) {
            return;
        }
        String newPath = Permalinks.articlePath(article.slug(), article.publishedAt());
        handle.createUpdate("DELETE FROM article_redirect WHERE old_path = :path").bind("path", newPath).execute();
        if (oldPath.isPresent() && !oldPath.get().equals(newPath)) {
            handle.createUpdate("""
                            INSERT INTO article_redirect (old_path, article_id) VALUES (:path, :id)
                            ON CONFLICT (old_path) DO UPDATE SET article_id = excluded.article_id""")
                    .bind("path", oldPath.get()).bind("id", id).execute();
        }
    }

    private static void keepRevision(Handle handle, long id, int version, NewArticle article, Long accountId, long now) {
        handle.createUpdate("""
                        INSERT INTO revision (article_id, version, saved_at, account_id, snapshot)
                        VALUES (:id, :version, :now, :account, :snapshot)""")
                .bind("id", id).bind("version", version).bind("now", now).bind("account", accountId)
                .bind("snapshot", RevisionCodec.write(article)).execute();
    }

    private static void attach(Handle handle, long id, NewArticle article, BodyRenderer.RenderedBody body) {
        List<Long> authors = article.authorIds().stream().distinct().toList();
        for (int position = 0; position < authors.size(); position++) {
            handle.createUpdate("INSERT INTO article_author (article_id, author_id, position) VALUES (:id, :author, :position)")
                    .bind("id", id).bind("author", authors.get(position)).bind("position", position).execute();
        }
        link(handle, "INSERT INTO article_tag (article_id, tag_id) VALUES (:id, :other)", id, article.tagIds());
        link(handle, "INSERT INTO article_source (article_id, source_id) VALUES (:id, :other)", id, article.sourceIds());
        link(handle, "INSERT INTO article_link (article_id, target_id) VALUES (:id, :other)", id, List.copyOf(body.seeAlsoTargets()));
        for (Correction correction : article.corrections()) {
            handle.createUpdate("INSERT INTO correction (article_id, noted_at, text) VALUES (:id, :notedAt, :text)")
                    .bind("id", id).bind("notedAt", correction.notedAt().toEpochMilli()).bind("text", correction.text()).execute();
        }
    }

    private static void link(Handle handle, String sql, long id, List<Long> others) {
        for (Long other : others.stream().distinct().toList()) {
            handle.createUpdate(sql).bind("id", id).bind("other", other).execute();
        }
    }
}
