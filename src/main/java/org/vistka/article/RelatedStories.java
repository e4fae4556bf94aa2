package org.vistka.article;

import java.util.List;

/**
 * Finds published stories like a given one, for the end of an article page and the editor's See-also suggestions.
 * The search feature implements it from its index; this package only names the need.
 */
public interface RelatedStories {
    /** Up to {@code limit} published stories like one with this title and tags, leaving out story {@code id}. */
    List<ArticleSummary> relatedTo(long id, String title, List<String> tags, int limit);
}
