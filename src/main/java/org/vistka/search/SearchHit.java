package org.vistka.search;

import org.vistka.article.ArticleSummary;

/** A story a search found, with the passage of its text that matched (null when only its title or names did). */
public record SearchHit(ArticleSummary story, Snippet snippet) {
}
