package org.vistka.article;

import java.time.Instant;

/** What a list of stories shows of each: enough for a headline, a teaser and a thumbnail. */
public record ArticleSummary(long id, String slug, String title, String standfirst, MediaKind mediaKind,
                             Instant publishedAt, Section section, FeaturedImage image) {
    public String path() {
        return Permalinks.articlePath(slug, publishedAt);
    }
}
