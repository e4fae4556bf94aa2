package org.vistka.site;

import java.util.List;
import java.util.stream.Stream;
import org.vistka.article.Section;
import org.vistka.feed.FeedLink;

/**
 * What the shared page frame shows around every page: the site's name, the section navigation, the Kyiv clock,
 * the page's title and description for the head, its canonical address, the feeds it announces, and its stylesheet
 * and scripts.
 */
public record Layout(String title, String description, String canonicalUrl, SiteSettings site,
                     List<Section> sections, KyivTime.Reading clock, String stylesheet, String script,
                     String commentScript, List<FeedLink> feeds) {

    /** The text of the {@code <title>} element: the page's own title, then the site's name. */
    public String documentTitle() {
        return title == null || title.isEmpty() ? site.name() + " — " + site.tagline() : title + " — " + site.name();
    }

    /** This frame announcing {@code more} feeds besides the site's: those of the section, tag, story… the page shows. */
    public Layout withFeeds(List<FeedLink> more) {
        return new Layout(title, description, canonicalUrl, site, sections, clock, stylesheet, script, commentScript,
                Stream.concat(feeds.stream(), more.stream()).toList());
    }
}
