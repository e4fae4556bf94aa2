package org.vistka.feed;

import java.util.List;

/**
 * A feed a page announces in its head ({@code <link rel="alternate" type=… title=… href=…>}), so feed readers find
 * it from the page. Every feed's address is its page's address followed by {@code feed/} (RSS) or
 * {@code feed/atom/} (Atom).
 */
public record FeedLink(String title, String type, String href) {
    /** The site's own feeds, and its comments feed, which every page announces. */
    public static List<FeedLink> site(String siteName) {
        return List.of(new FeedLink(siteName + " (RSS)", FeedFormat.RSS.mediaType(), "/feed/"),
                new FeedLink(siteName + " (Atom)", FeedFormat.ATOM.mediaType(), FeedFormat.ATOM.path("/feed/")),
                new FeedLink(siteName + ": comments (RSS)", FeedFormat.RSS.mediaType(), "/comments/feed/"));
    }

    /** The RSS and Atom feeds of the page at {@code pagePath} (a section, tag, author, source or story), titled {@code name}. */
    public static List<FeedLink> of(String name, String pagePath) {
        String rss = pagePath + "feed/";
        return List.of(new FeedLink(name + " (RSS)", FeedFormat.RSS.mediaType(), rss),
                new FeedLink(name + " (Atom)", FeedFormat.ATOM.mediaType(), FeedFormat.ATOM.path(rss)));
    }
}
