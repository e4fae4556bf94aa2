package org.vistka.article;

import org.vistka.storage.Columns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The newsroom's view of stories: any status, for listing, editing, revisions and the scheduler. Public pages
 * use {@link ArticleStore}. Thread-safe.
 */
public final class StoryStore {
    private final Jdbi jdbi;

    public StoryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<EditableStory> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, version, created_by, slug, title, standfirst, body_source, status, section_id, media_kind,
                               published_at, updated_at, comments_open, image_url, image_width, image_height, image_alt,
                               image_caption, image_credit, image_media_id, image_srcset
                        FROM article WHERE id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> {
                    FeaturedImage image = rs.getString("image_url") == null ? null : new FeaturedImage(rs.getString("image_url"),
                            rs.getInt("image_width"), rs.getInt("image_height"), rs.getString("image_alt"),
                            rs.getString("image_caption"), rs.getString("image_credit"),
                            Columns.nullableLong(rs, "image_media_id"), rs.getString("image_srcset"));
                    NewArticle fields = new NewArticle(rs.getString("slug"), rs.getString("title"), rs.getString("standfirst"),
                            rs.getString("body_source"), ArticleStatus.fromDb(rs.getString("status")), rs.getLong("section_id"),
                            MediaKind.fromDb(rs.getString("media_kind")), ArticleRows.instant(rs, "published_at"), null, image,
                            rs.getBoolean("comments_open"), List.of(), List.of(), List.of(), List.of());
                    return new EditableStory(rs.getLong("id"), rs.getInt("version"), Columns.nullableLong(rs, "created_by"),
                            fields, List.of(), ArticleRows.instant(rs, "updated_at"));
                })
                .findOne()
                .map(story -> withAttachments(handle, story)));
    }

    /** One page of the story list, newest change first. */
    public List<StoryRow> list(StoryFilter filter, int offset, int limit) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (filter.status() != null) {
            conditions.add("a.status = :status");
        }
        if (filter.sectionId() != null) {
            conditions.add("a.section_id = :section");
        }
        if (filter.authorId() != null) {
            conditions.add("a.id IN (SELECT article_id FROM article_author WHERE author_id = :author)");
        }
        List<String> words = words(filter.title());
        for (int i = 0; i < words.size(); i++) {
            conditions.add("a.search_text LIKE :word" + i + " ESCAPE '!'");
        }
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("""
                            SELECT a.id, a.title, a.status, s.name AS section_name, a.published_at, a.updated_at,
                                   (SELECT STRING_AGG(au.name, ', ') FROM article_author aa JOIN author au ON au.id = aa.author_id
                                    WHERE aa.article_id = a.id) AS bylines
                            FROM article a JOIN section s ON s.id = a.section_id
                            WHERE\s""" + String.join(" AND ", conditions) + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                    .bind("status", filter.status() == null ? null : filter.status().dbValue())
                    .bind("section", filter.sectionId()).bind("author", filter.authorId())
                    .bind("limit", limit).bind("offset", offset);
            for (int i = 0; i < words.size(); i++) {
                query.bind("word" + i, like(words.get(i)));
            }
            return query.map((rs, ctx) -> new StoryRow(rs.getLong("id"), rs.getString("title"),
                    ArticleStatus.fromDb(rs.getString("status")), rs.getString("section_name"),
                    ArticleRows.instant(rs, "published_at"), ArticleRows.instant(rs, "updated_at"),
                    rs.getString("bylines") == null ? "" : rs.getString("bylines"))).list();
        });
    }

    public boolean slugTaken(String slug, Long exceptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE slug = :slug AND id <> :except")
                .bind("slug", slug).bind("except", exceptId == null ? -1 : exceptId).mapTo(Long.class).one()) > 0;
    }

    /** Every revision of a story, newest first, with the name of who saved it. */
    public List<Revision> revisions(long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.version, r.saved_at, a.name, r.snapshot FROM revision r LEFT JOIN account a ON a.id = r.account_id
                        WHERE r.article_id = :id ORDER BY r.version DESC, r.id DESC""")
                .bind("id", id)
                .map((rs, ctx) -> new Revision(rs.getInt("version"), Instant.ofEpochMilli(rs.getLong("saved_at")),
                        rs.getString("name"), RevisionCodec.read(rs.getString("snapshot"))))
                .list());
    }

    /** A story's correction notes, oldest first. */
    public List<Correction> corrections(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT noted_at, text FROM correction WHERE article_id = :id ORDER BY noted_at, id")
                .bind("id", id)
                .map((rs, ctx) -> new Correction(Instant.ofEpochMilli(rs.getLong("noted_at")), rs.getString("text"))).list());
    }

    /** The scheduled stories whose time has come. */
    public List<Long> dueForPublication(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM article WHERE status = 'scheduled' AND published_at <= :now")
                .bind("now", now.toEpochMilli()).mapTo(Long.class).list());
    }

    /**
     * Publishes story {@code id} if it is still scheduled and due, on {@code handle} (in the caller's transaction).
     * Returns true only for the one caller (of however many nodes) whose update changed the row, so a story is
     * published exactly once.
     */
    public static boolean publishIfDue(Handle handle, long id, Instant now) {
        return handle.createUpdate("""
                        UPDATE article SET status = 'published', updated_at = :now, changed_at = :changedAt, version = version + 1
                        WHERE id = :id AND status = 'scheduled' AND published_at <= :now""")
                .bind("id", id).bind("now", now.toEpochMilli()).bind("changedAt", ChangeStamp.now()).execute() == 1;
    }

    /** What the publication of story {@code id} changes on the public site. */
    public Set<String> publicationTags(long id) {
        return jdbi.withHandle(h -> StoryFootprint.load(h, id)
                .map(published -> StoryFootprint.changeTags(h, id, Optional.empty(), published)).orElse(Set.of()));
    }

    private EditableStory withAttachments(Handle handle, EditableStory story) {
        long id = story.id();
        List<Long> authors = handle.createQuery("SELECT author_id FROM article_author WHERE article_id = :id ORDER BY position")
                .bind("id", id).mapTo(Long.class).list();
        List<Tag> tags = TaxonomyStore.tagsOf(handle, id);
        List<Long> sources = handle.createQuery("SELECT source_id FROM article_source WHERE article_id = :id ORDER BY source_id")
                .bind("id", id).mapTo(Long.class).list();
        NewArticle f = story.fields();
        NewArticle fields = new NewArticle(f.slug(), f.title(), f.standfirst(), f.bodySource(), f.status(), f.sectionId(),
                f.mediaKind(), f.publishedAt(), f.updatedAt(), f.image(), f.commentsOpen(), authors,
                tags.stream().map(Tag::id).toList(), sources, List.of());
        return new EditableStory(id, story.version(), story.createdBy(), fields, tags.stream().map(Tag::name).toList(),
                story.updatedAt());
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).distinct().limit(8).toList();
    }

    static String like(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
