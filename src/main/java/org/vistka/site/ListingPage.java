package org.vistka.site;

import java.util.List;
import org.vistka.article.ArticleSummary;

/**
 * A list of stories under a heading: a section, tag, author or source page. {@code kind} names what the heading is
 * ("Section", "Tag"…); {@code homeUrl} is a source's own site, or null.
 */
public record ListingPage(Layout layout, String kind, String heading, String intro, String homeUrl,
                          List<ArticleSummary> stories, Pager pager) {
}
