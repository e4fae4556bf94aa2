package org.vistka.article;

/** What the newsroom's story list shows: each part null for "any". {@code title} matches every word. */
public record StoryFilter(ArticleStatus status, Long sectionId, Long authorId, String title) {
}
