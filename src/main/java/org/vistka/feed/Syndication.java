package org.vistka.feed;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vistka.account.AuditLog;
import org.vistka.article.ArticleStore;
import org.vistka.article.NewestArticles;
import org.vistka.article.TaxonomyStore;
import org.vistka.account.NewsroomFrame;
import org.vistka.settings.SettingsStore;
import org.vistka.storage.ContentChanges;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/**
 * Everything that hands the site's content to other programs, built once at start: the RSS and Atom feeds, the
 * sitemaps and {@code robots.txt}, and the newsroom's feed settings page.
 */
public final class Syndication {
    private Syndication() {
    }

    /**
     * The routes of the feature. They must come before the article route's (see {@link FeedRoutes}); the base address
     * is asked for per request, as it is known only once the server listens.
     */
    public static List<Routes> routes(Jdbi jdbi, TaxonomyStore taxonomy, ArticleStore articles, SettingsStore settings,
                                      Path mediaDir, Html html, AuditLog audit, NewsroomFrame newsroomFrame,
                                      Supplier<String> baseUrl, Clock clock, SitemapLimits limits,
                                      ContentChanges changes) {
        var feedSettings = new FeedSettingsStore(jdbi, changes);
        var store = new FeedStore(jdbi);
        var newest = new NewestArticles(jdbi);
        var stories = new StoryFeeds(newest, store, feedSettings, settings, html, new Enclosures(mediaDir), baseUrl);
        var comments = new CommentFeeds(store, newest, feedSettings, settings, baseUrl);
        return List.of(new FeedSettingsRoutes(feedSettings, audit, newsroomFrame, html),
                new FeedRoutes(taxonomy, articles, stories, comments),
                new SitemapRoutes(new Sitemaps(new SitemapStore(jdbi), settings, limits, baseUrl, clock)));
    }
}
