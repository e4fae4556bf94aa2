package org.vistka.feed;

import org.vistka.storage.ContentChanges;
import java.util.HashSet;
import java.util.Set;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vistka.article.Article;
import org.vistka.article.Author;
import org.vistka.article.NewestArticles;
import org.vistka.settings.SettingsStore;
import org.vistka.settings.SiteSettings;
import org.vistka.web.Html;

/**
 * The story feeds of the site, a section, tag, author or source: the newest published stories with headline, link,
 * bylines, Kyiv-time dates, section and tags as categories, the featured image as an enclosure, and the summary or
 * full text with any corrections. A pure function of the database (and the media files' sizes): the same content
 * gives the same bytes, so a page cache may keep it. Ten statements at most whatever the number of stories. Thread-safe.
 */
final class StoryFeeds {
    private final NewestArticles newest;
    private final FeedStore store;
    private final FeedSettingsStore feedSettings;
    private final SettingsStore siteSettings;
    private final Html html;
    private final Enclosures enclosures;
    private final Supplier<String> baseUrl;

    StoryFeeds(NewestArticles newest, FeedStore store, FeedSettingsStore feedSettings, SettingsStore siteSettings, Html html,
               Enclosures enclosures, Supplier<String> baseUrl) {
        this.newest = newest;
        this.store = store;
        this.feedSettings = feedSettings;
        this.siteSettings = siteSettings;
        this.html = html;
        this.enclosures = enclosures;
        this.baseUrl = baseUrl;
    }

    Generated build(StoryScope scope, FeedFormat format) {
        SiteSettings site = siteSettings.site();
        FeedSettings settings = feedSettings.load();
        List<Article> stories = newest.newest(scope.listing(), scope.key(), settings.items());
        Instant changed = Generated.newestOf(Stream.concat(stories.stream().map(a -> Optional.of(a.updatedAt())),
                Stream.of(newest.lastWithdrawn(scope.listing(), scope.key()), store.lastChange(List.of(FeedStore.SETTINGS)))));
        String base = baseUrl.get();
        var feed = scope.channel().start(site, base, format, changed);
        feed.setEntries(stories.stream().map(story -> entry(story, settings, site, base)).toList());
        Set<String> shows = new HashSet<>(Set.of(ContentChanges.FEEDS, scope.listing().changeTag(scope.key())));
        stories.forEach(story -> shows.add(ContentChanges.story(story.id())));
        return new Generated(FeedWriter.write(feed, format), changed, shows);
    }

    private SyndEntry entry(Article story, FeedSettings settings, SiteSettings site, String base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(story.title());
        entry.setLink(base + story.path());
        // The id outlives changes of headline, slug and date, so readers never show an edited story twice.
        entry.setUri(base + "/?p=" + story.id());
        entry.setPublishedDate(Date.from(story.publishedAt()));
        entry.setUpdatedDate(Date.from(story.updatedAt()));
        // Atom names every byline; RSS has room for one creator, so it gets them all in one line.
        entry.setAuthor(story.authors().isEmpty() ? site.name()
                : String.join(", ", story.authors().stream().map(Author::name).toList()));
        entry.setAuthors(story.authors().isEmpty() ? List.of(SyndParts.person(site.name(), base + "/"))
                : story.authors().stream().map(a -> SyndParts.person(a.name(), base + a.path())).toList());
        List<SyndCategory> categories = new ArrayList<>();
        categories.add(SyndParts.category(story.section().name(), base + story.section().path()));
        story.tags().forEach(tag -> categories.add(SyndParts.category(tag.name(), base + tag.path())));
        entry.setCategories(categories);
        entry.setDescription(content(new ItemText(story, false), base));
        if (settings.fullText()) {
            entry.setContents(List.of(content(new ItemText(story, true), base)));
        }
        enclosures.of(story.image(), base).ifPresent(enclosure -> entry.setEnclosures(List.of(enclosure)));
        return entry;
    }

    private SyndContent content(ItemText text, String base) {
        return SyndParts.html(AbsoluteLinks.in(html.renderToString("feed/item.jte", text), base).strip());
    }
}
