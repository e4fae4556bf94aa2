package org.vistka.feed;

import org.vistka.storage.ContentChanges;
import java.util.Set;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vistka.article.Article;
import org.vistka.article.Listing;
import org.vistka.article.NewestArticles;
import org.vistka.settings.SettingsStore;
import org.vistka.settings.SiteSettings;

/**
 * The comment feeds of the site and of each story: approved comments only, newest first, each with the writer's
 * name as plain text (never their email or website) and the text the comment sanitizer kept. A pure function of the
 * database. Five statements whatever the number of comments. Thread-safe.
 */
final class CommentFeeds {
    private final FeedStore store;
    private final NewestArticles articles;
    private final FeedSettingsStore feedSettings;
    private final SettingsStore siteSettings;
    private final Supplier<String> baseUrl;

    CommentFeeds(FeedStore store, NewestArticles articles, FeedSettingsStore feedSettings, SettingsStore siteSettings,
                 Supplier<String> baseUrl) {
        this.store = store;
        this.articles = articles;
        this.feedSettings = feedSettings;
        this.siteSettings = siteSettings;
        this.baseUrl = baseUrl;
    }

    /** The comments on the whole site. */
    Generated site(FeedFormat format) {
        List<FeedComment> comments = store.approvedComments(null, feedSettings.load().items());
        // A story taken off the site takes its comments with it.
        // The site's comment feed names each comment's story, and loses a story's comments when it leaves the site.
        return build(new FeedChannel("comments", null, "/", "/comments/feed/"), comments, format,
                articles.lastWithdrawn(Listing.ALL, 0), true, Set.of(ContentChanges.FEEDS, ContentChanges.ALL_COMMENTS, ContentChanges.ALL_STORIES));
    }

    /** The comments on one published story. */
    Generated story(Article story, FeedFormat format) {
        List<FeedComment> comments = store.approvedComments(story.id(), feedSettings.load().items());
        return build(new FeedChannel("comments on “" + story.title() + "”", story.standfirst(), story.path(), story.path() + "feed/"),
                comments, format, Optional.of(story.updatedAt()), false,
                Set.of(ContentChanges.FEEDS, ContentChanges.comments(story.id()), ContentChanges.story(story.id())));
    }

    private Generated build(FeedChannel channel, List<FeedComment> comments, FeedFormat format, Optional<Instant> storyChange,
                       boolean nameStories, Set<String> shows) {
        SiteSettings site = siteSettings.site();
        Instant changed = Generated.newestOf(Stream.concat(comments.stream().map(c -> Optional.of(c.createdAt())),
                Stream.of(storyChange, store.lastChange(List.of(FeedStore.SETTINGS, FeedStore.COMMENTS)))));
        String base = baseUrl.get();
        var feed = channel.start(site, base, format, changed);
        feed.setEntries(comments.stream().map(comment -> entry(comment, base, nameStories)).toList());
        return new Generated(FeedWriter.write(feed, format), changed, shows);
    }

    private static SyndEntry entry(FeedComment comment, String base, boolean nameStory) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(nameStory ? "Comment on “" + comment.storyTitle() + "” by " + comment.authorName() : "By: " + comment.authorName());
        entry.setLink(base + comment.path());
        entry.setUri(base + comment.permanentPath());
        entry.setPublishedDate(Date.from(comment.createdAt()));
        entry.setUpdatedDate(Date.from(comment.createdAt()));
        entry.setAuthor(comment.authorName());
        entry.setAuthors(List.of(SyndParts.person(comment.authorName(), null)));
        // The comment's HTML was sanitized when it was stored; its links become absolute for readers elsewhere.
        entry.setDescription(SyndParts.html(AbsoluteLinks.in(comment.bodyHtml(), base)));
        return entry;
    }
}
