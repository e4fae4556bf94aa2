package org.vistka.site;

import java.util.List;
import org.vistka.article.ArticleSummary;
import org.vistka.article.Section;

/** A section's newest stories as the front page shows them. */
public record SectionBlock(Section section, List<ArticleSummary> stories) {
}
