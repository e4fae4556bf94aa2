package org.vistka.feed;

import org.vistka.article.Listing;

/**
 * Which stories a feed follows: the whole site, or one section, tag, author or source ({@code listing} and its
 * {@code key}), with the name and address of the page that lists them.
 */
record StoryScope(Listing listing, long key, String name, String description, String pagePath) {
    static final StoryScope SITE = new StoryScope(Listing.ALL, 0, null, null, "/");

    FeedChannel channel() {
        return new FeedChannel(name, description, pagePath, pagePath + "feed/");
    }
}
