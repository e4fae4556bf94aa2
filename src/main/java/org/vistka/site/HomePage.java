package org.vistka.site;

import java.util.List;
import org.vistka.article.ArticleSummary;

/** The front page: the lead story, the latest ones, and a block of each section's newest. */
public record HomePage(Layout layout, ArticleSummary lead, List<ArticleSummary> latest, List<SectionBlock> sections) {
}
