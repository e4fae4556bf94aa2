package org.vistka.site;

import java.util.List;
import java.util.stream.Stream;
import org.vistka.article.Section;
import org.vistka.feed.FeedLink;
import org.vistka.settings.SiteSettings;
import org.vistka.share.PageMetadata;
import org.vistka.web.KyivTime;

/**
 * What the shared page frame shows around every page: the site's name, the section navigation, the Kyiv clock,
 * the page's title and description for the head, its canonical address, the feeds it announces, its stylesheet and
 * scripts, and the metadata that networks show with a shared link to it (null for pages without any).
 */
public record Layout(String title, String description, String canonicalUrl, SiteSettings site,
                     List<Section> sections, KyivTime.Reading clock, String stylesheet, String script,
                     String commentScript, String shareScript, List<FeedLink> feeds, PageMetadata metadata) {

    public Layout withMetadata(PageMetadata newMetadata) {
        return new Layout(title, description, canonicalUrl, site, sections, clock, stylesheet, script, commentScript,
                shareScript, feeds, newMetadata);
    }

    /** The text of the {@code <title>} element: the page's own title, then the site's name. */
    public String documentTitle() {
        return title == null || title.isEmpty() ? site.name() + " — " + site.tagline() : title + " — " + site.name();
    }

    /** This frame announcing {@code more} feeds besides the site's: those of the section, tag, story… the page shows. */
    public Layout withFeeds(List<FeedLink> more) {
        return new Layout(title, description, canonicalUrl, site, sections, clock, stylesheet, script, commentScript,
                shareScript, Stream.concat(feeds.stream(), more.stream()).toList(), metadata);
    }
}
