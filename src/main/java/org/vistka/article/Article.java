package org.vistka.article;

import java.time.Instant;
import java.util.List;

/**
 * A story as its page shows it. {@code body} is the HTML rendered and sanitized when the story was saved,
 * split where See-also blocks stand, each resolved to the named story's current title.
 */
public record Article(long id, String slug, String title, String standfirst, List<BodyPart> body,
                      ArticleStatus status, Section section, MediaKind mediaKind, Instant publishedAt,
                      Instant updatedAt, FeaturedImage image, boolean commentsOpen, List<Author> authors,
                      List<Tag> tags, List<Source> sources, List<Correction> corrections) {

    public String path() {
        return Permalinks.articlePath(slug, publishedAt);
    }

    /** The same story with another body: the page adds links to the stored one (sharing's pin links). */
    public Article withBody(List<BodyPart> newBody) {
        return new Article(id, slug, title, standfirst, newBody, status, section, mediaKind, publishedAt, updatedAt, image,
                commentsOpen, authors, tags, sources, corrections);
    }

    /** Whether the story changed after publication in a way worth telling the reader (more than a minute later). */
    public boolean wasUpdated() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }
}
