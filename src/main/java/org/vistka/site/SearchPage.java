package org.vistka.site;

import java.util.List;
import org.vistka.article.ArticleSummary;

/** The search form and, when a query was given, the stories that match it. */
public record SearchPage(Layout layout, String query, List<ArticleSummary> results, Pager pager) {
}
