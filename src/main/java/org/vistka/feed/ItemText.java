package org.vistka.feed;

import org.vistka.article.Article;

/** What {@code feed/item.jte} draws for one story: its full text, or its summary; corrections either way. */
public record ItemText(Article article, boolean fullText) {
}
