package org.vistka.article;

import java.time.Instant;
import java.util.List;

/** A story to be written to the store, its body still in CommonMark. */
public record NewArticle(String slug, String title, String standfirst, String bodySource, ArticleStatus status,
                         long sectionId, MediaKind mediaKind, Instant publishedAt, Instant updatedAt,
                         FeaturedImage image, boolean commentsOpen, List<Long> authorIds, List<Long> tagIds,
                         List<Long> sourceIds, List<Correction> corrections) {
}
