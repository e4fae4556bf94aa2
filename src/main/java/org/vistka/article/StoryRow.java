package org.vistka.article;

import java.time.Instant;

/** One line of the newsroom's story list. */
public record StoryRow(long id, String title, ArticleStatus status, String sectionName, Instant publishedAt,
                       Instant updatedAt, String bylines) {
}
