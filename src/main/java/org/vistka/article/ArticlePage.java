package org.vistka.article;

import org.vistka.site.Layout;

/** An article page: the frame and the story. */
public record ArticlePage(Layout layout, Article article) {
}
