package org.vistka.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.vistka.article.ArticleStatus;
import org.vistka.article.ArticleWriter;
import org.vistka.article.Correction;
import org.vistka.article.EditableStory;
import org.vistka.article.FeaturedImage;
import org.vistka.article.MediaKind;
import org.vistka.article.NewArticle;
import org.vistka.article.Permalinks;
import org.vistka.article.StoryStore;
import org.vistka.article.TaxonomyStore;

/** Writes stories for tests through the same writer the product uses; each story gets a unique slug. */
public final class Stories {
    private final ArticleWriter writer;
    private final TaxonomyStore taxonomy;
    private final StoryStore stored;

    Stories(ArticleWriter writer, TaxonomyStore taxonomy, StoryStore stored) {
        this.writer = writer;
        this.taxonomy = taxonomy;
        this.stored = stored;
    }

    /** Saves story {@code id} again with {@code change} made to its fields, as a save in the editor would. */
    public void update(long id, UnaryOperator<NewArticle> change) {
        EditableStory story = stored.find(id).orElseThrow();
        if (!writer.update(id, story.version(), change.apply(story.fields()), null)) {
            throw new AssertionError("story " + id + " changed while the test updated it");
        }
    }

    /** The same fields with another title. */
    public static NewArticle retitled(NewArticle f, String title) {
        return new NewArticle(f.slug(), title, f.standfirst(), f.bodySource(), f.status(), f.sectionId(), f.mediaKind(),
                f.publishedAt(), f.updatedAt(), f.image(), f.commentsOpen(), f.authorIds(), f.tagIds(), f.sourceIds(), List.of());
    }

    /** The same fields with another status. */
    public static NewArticle withStatus(NewArticle f, ArticleStatus status) {
        return new NewArticle(f.slug(), f.title(), f.standfirst(), f.bodySource(), status, f.sectionId(), f.mediaKind(),
                f.publishedAt(), f.updatedAt(), f.image(), f.commentsOpen(), f.authorIds(), f.tagIds(), f.sourceIds(), List.of());
    }

    public TaxonomyStore taxonomy() {
        return taxonomy;
    }

    public Story story(String title) {
        return new Story(title);
    }

    /** A section of its own, so a test can count exactly the stories it put there. */
    public long newSection(String name) {
        String slug = "s-" + unique();
        return taxonomy.addSection(slug, name, "A section made by a test.", 100);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A story being described; {@link #save} writes it. */
    public final class Story {
        private final String title;
        private String slug;
        private String standfirst = "A standfirst written by a test.";
        private String body = "A paragraph written by a test.";
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private Long sectionId;
        private MediaKind mediaKind = MediaKind.TEXT;
        private Instant publishedAt = Instant.parse("2026-11-20T10:00:00Z");
        private Instant updatedAt;
        private FeaturedImage image;
        private final List<Long> authors = new ArrayList<>();
        private final List<Long> tags = new ArrayList<>();
        private final List<Long> sources = new ArrayList<>();
        private final List<Correction> corrections = new ArrayList<>();

        private Story(String title) {
            this.title = title;
            this.slug = "t-" + unique();
        }

        public Story slug(String value) { slug = value; return this; }
        public Story standfirst(String value) { standfirst = value; return this; }
        public Story body(String value) { body = value; return this; }
        public Story status(ArticleStatus value) { status = value; return this; }
        public Story section(long id) { sectionId = id; return this; }
        public Story media(MediaKind value) { mediaKind = value; return this; }
        public Story publishedAt(Instant value) { publishedAt = value; return this; }
        public Story updatedAt(Instant value) { updatedAt = value; return this; }
        public Story image(FeaturedImage value) { image = value; return this; }
        public Story author(long id) { authors.add(id); return this; }
        /** Bylines the story with the site's first author, as the editor asks of a published story. */
        public Story bylined() { authors.add(taxonomy.authors().getFirst().id()); return this; }
        public Story tag(String name) { tags.add(taxonomy.tagNamed(name)); return this; }
        public Story source(long id) { sources.add(id); return this; }
        public Story correction(Instant at, String text) { corrections.add(new Correction(at, text)); return this; }

        public Saved save() {
            long section = sectionId != null ? sectionId : taxonomy.sections().getFirst().id();
            long id = writer.create(new NewArticle(slug, title, standfirst, body, status, section, mediaKind, publishedAt,
                    updatedAt, image, true, authors, tags, sources, corrections));
            return new Saved(id, slug, Permalinks.articlePath(slug, publishedAt));
        }
    }

    /** A stored story: its id, slug and address. */
    public record Saved(long id, String slug, String path) {
    }
}
