package org.vistka.article;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Saves stories. The body is rendered to sanitized HTML here, once, so that views never render it again; the
 * story and everything attached to it are written in one transaction, so a story is stored whole or not at all.
 * Thread-safe.
 */
public final class ArticleWriter {
    private final Jdbi jdbi;
    private final BodyRenderer renderer;
    private final Clock clock;

    public ArticleWriter(Jdbi jdbi, BodyRenderer renderer, Clock clock) {
        this.jdbi = jdbi;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Stores a new story and returns its id. */
    public long create(NewArticle article) {
        BodyRenderer.RenderedBody body = renderer.render(article.bodySource());
        long now = clock.millis();
        return jdbi.inTransaction(handle -> {
            FeaturedImage image = article.image();
            long id = handle.createUpdate("""
                            INSERT INTO article (slug, title, standfirst, body_source, body_html, status, section_id,
                                media_kind, published_at, updated_at, created_at, image_url, image_width, image_height,
                                image_alt, image_caption, image_credit, comments_open, search_text)
                            VALUES (:slug, :title, :standfirst, :bodySource, :bodyHtml, :status, :sectionId, :mediaKind,
                                :publishedAt, :updatedAt, :createdAt, :imageUrl, :imageWidth, :imageHeight, :imageAlt,
                                :imageCaption, :imageCredit, :commentsOpen, :searchText)""")
                    .bind("slug", article.slug())
                    .bind("title", article.title())
                    .bind("standfirst", article.standfirst())
                    .bind("bodySource", article.bodySource())
                    .bind("bodyHtml", body.html())
                    .bind("status", article.status().dbValue())
                    .bind("sectionId", article.sectionId())
                    .bind("mediaKind", article.mediaKind().dbValue())
                    .bind("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toEpochMilli())
                    .bind("updatedAt", article.updatedAt() == null ? now : article.updatedAt().toEpochMilli())
                    .bind("createdAt", now)
                    .bind("imageUrl", image == null ? null : image.url())
                    .bind("imageWidth", image == null ? null : image.width())
                    .bind("imageHeight", image == null ? null : image.height())
                    .bind("imageAlt", image == null ? null : image.alt())
                    .bind("imageCaption", image == null ? null : image.caption())
                    .bind("imageCredit", image == null ? null : image.credit())
                    .bind("commentsOpen", article.commentsOpen())
                    .bind("searchText", (article.title() + "\n" + article.standfirst()).toLowerCase(Locale.ROOT))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            attach(handle, id, article, body);
            return id;
        });
    }

    private static void attach(Handle handle, long id, NewArticle article, BodyRenderer.RenderedBody body) {
        List<Long> authors = article.authorIds();
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
