package org.vistka.newsroom;

import java.util.List;
import org.vistka.account.NewsroomLayout;
import org.vistka.article.ArticleSummary;

/** The See-also picker's results for a query. */
public record SeeAlsoPage(NewsroomLayout layout, String query, List<ArticleSummary> found) {
}
