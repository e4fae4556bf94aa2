package org.vistka.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.vistka.settings.SiteSettings;

/**
 * What a feed says of itself: its title, a description, the page it follows ({@code pagePath}) and its own RSS
 * address ({@code rssPath}). Titles start with the site's name so readers that list many feeds tell them apart.
 */
record FeedChannel(String title, String description, String pagePath, String rssPath) {

    /** The Rome feed, without entries, in {@code format}, dated by its last change: never by the time it is built. */
    SyndFeed start(SiteSettings site, String baseUrl, FeedFormat format, Instant changed) {
        SyndFeed feed = new SyndFeedImpl();
        String self = baseUrl + format.path(rssPath);
        feed.setTitle(title == null ? site.name() : site.name() + ": " + title);
        feed.setDescription(description == null || description.isBlank() ? site.tagline() : description);
        feed.setLink(baseUrl + pagePath);
        feed.setUri(self);
        feed.setLanguage(site.language());
        feed.setPublishedDate(Date.from(changed));
        feed.setLinks(List.of(link("alternate", baseUrl + pagePath, "text/html"), link("self", self, format.mediaType())));
        return feed;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
