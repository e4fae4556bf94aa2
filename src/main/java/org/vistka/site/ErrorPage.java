package org.vistka.site;

import java.util.List;
import org.vistka.article.ArticleSummary;

/** What a reader sees when a page cannot be shown: why, a search box and the latest stories to go on with. */
public record ErrorPage(Layout layout, int status, String heading, String message, List<ArticleSummary> latest) {
}
