package org.vistka.feed;

/**
 * The two feed formats every feed is offered in: RSS 2.0 at its address ({@code /feed/}) and Atom 1.0 below it
 * ({@code /feed/atom/}). Each names its Rome feed type and its media type.
 */
public enum FeedFormat {
    RSS("rss_2.0", "application/rss+xml", ""),
    ATOM("atom_1.0", "application/atom+xml", "atom/");

    private final String romeType;
    private final String mediaType;
    private final String suffix;

    FeedFormat(String romeType, String mediaType, String suffix) {
        this.romeType = romeType;
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    String romeType() {
        return romeType;
    }

    /** The media type without parameters, as {@code <link type>} wants it. */
    public String mediaType() {
        return mediaType;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The address of the feed of this format whose RSS address is {@code rssPath}. */
    public String path(String rssPath) {
        return rssPath + suffix;
    }
}
