package org.vistka;

import org.vistka.storage.StartupFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.vistka.site.ArticlePages;
import org.vistka.site.ArticleRoutes;
import org.vistka.comment.CommentPosting;
import org.vistka.comment.CommentRoutes;
import org.vistka.comment.CommentSections;
import org.vistka.comment.CommentSettingsStore;
import org.vistka.comment.CommentStore;
import org.vistka.comment.CommentWriter;
import org.vistka.comment.FormSecret;
import org.vistka.comment.FormToken;
import org.vistka.comment.ModerationRoutes;
import org.vistka.comment.ModerationStore;
import org.vistka.comment.WriterDataRoutes;
import org.vistka.comment.CommentSettingsRoutes;
import org.vistka.feed.SitemapLimits;
import org.vistka.feed.Syndication;
import org.vistka.comment.HeldCommentMailer;
import org.vistka.comment.SmtpSettingsStore;
import org.vistka.article.ArticleStore;
import org.vistka.article.ArticleWriter;
import org.vistka.article.BodyRenderer;
import org.vistka.article.DemoImages;
import org.vistka.article.DemoSite;
import org.vistka.article.TaxonomyStore;
import org.vistka.web.KyivTime;
import org.vistka.media.MediaFiles;
import org.vistka.settings.SettingsStore;
import org.vistka.site.SiteErrorPages;
import org.vistka.site.SiteFrame;
import org.vistka.site.SiteRoutes;
import org.vistka.storage.ChangeBroadcast;
import org.vistka.storage.ContentChanges;
import org.vistka.storage.Dialect;
import org.vistka.search.Search;
import org.vistka.search.SearchRoutes;
import org.vistka.storage.Database;
import org.vistka.web.App;
import org.vistka.web.Assets;
import org.vistka.web.Html;
import org.vistka.web.PageCache;
import org.vistka.web.RequestLimits;
import org.vistka.web.Routes;
import org.vistka.newsroom.Newsroom;
import org.vistka.newsroom.Scheduler;
import org.vistka.share.ArticleSharing;
import org.vistka.share.MostSharedRoutes;
import org.vistka.share.ShareCounts;
import org.vistka.share.ShareImage;
import org.vistka.share.ShareRoutes;
import org.vistka.share.ShareSettingsRoutes;
import org.vistka.share.ShareSettingsStore;

/**
 * One running Vistka: the database, the features built on it, and the web server. Everything is built here,
 * at start, and handed on through constructors; nothing is built on a first request.
 */
public final class Vistka implements AutoCloseable {
    private final Database database;
    private final App app;
    private final Newsroom newsroom;
    private final CommentWriter commentWriter;
    private final ContentChanges changes;
    private final PageCache pageCache;
    private final Search search;
    private final CommentPosting posting;
    /** The exchange of changes with the site's other nodes: on PostgreSQL; null on SQLite, which is one node. */
    private final ChangeBroadcast broadcast;

    private Vistka(Database database, App app, Newsroom newsroom, CommentPosting posting, CommentWriter commentWriter,
                   ContentChanges changes, PageCache pageCache, Search search, ChangeBroadcast broadcast) {
        this.database = database;
        this.app = app;
        this.newsroom = newsroom;
        this.commentWriter = commentWriter;
        this.changes = changes;
        this.pageCache = pageCache;
        this.search = search;
        this.posting = posting;
        this.broadcast = broadcast;
    }

    /** Starts Vistka with the given settings; {@code clock} is the time the site shows (tests fix it). */
    public static Vistka start(Config config, Clock clock) {
        return start(config, clock, RequestLimits.DEFAULT);
    }

    /** Starts Vistka with the given settings and request limits (tests shorten the times in them). */
    public static Vistka start(Config config, Clock clock, RequestLimits limits) {
        Path mediaDir = prepareDataFolder(config.dataDir()).resolve("media");
        Database database = Database.open(config.dbUrl());
        CommentWriter commentWriter = null;
        CommentPosting posting = null;
        ChangeBroadcast broadcast = null;
        Search search = null;
        try {
            var taxonomy = new TaxonomyStore(database.jdbi());
            var articles = new ArticleStore(database.jdbi());
            var changes = new ContentChanges();
            var pageCache = new PageCache(config.cacheMb(), changes, clock);
            var writer = new ArticleWriter(database.jdbi(), new BodyRenderer(), clock, changes);
            var settings = new SettingsStore(database.jdbi(), changes);
            if (config.demo()) {
                new DemoSite(database.jdbi(), taxonomy, writer, settings, new DemoImages(mediaDir)).loadIfEmpty();
            }
            var assets = new Assets();
            var html = new Html();
            var baseUrl = new AtomicReference<>(config.publicBaseUrl(config.port()));
            boolean https = baseUrl.get().startsWith("https:");
            var frame = new SiteFrame(settings, taxonomy, new KyivTime(clock), assets, baseUrl::get);
            search = Search.open(database.jdbi(), articles, config.dataDir().resolve("index")).follow();
            var newsroom = Newsroom.build(database.jdbi(), taxonomy, articles, writer, settings, mediaDir, assets, html, frame, clock,
                    https, changes, search);
            commentWriter = new CommentWriter(database.jdbi());
            var commentStore = new CommentStore(database.jdbi(), commentWriter, changes);
            var commentSettings = new CommentSettingsStore(database.jdbi(), changes);
            var moderation = new ModerationStore(database.jdbi(), changes);
            // The newsroom's routes go first: the article route /{year}/{month}/{day}/{slug}/ would also match
            // four-part newsroom addresses such as /newsroom/stories/7/revisions/.
            List<Routes> routes = new ArrayList<>(newsroom.routes());
            routes.add(new ModerationRoutes(moderation, commentStore, commentSettings, newsroom.audit(), newsroom.frame(), html, clock));
            routes.add(new WriterDataRoutes(moderation, newsroom.audit(), newsroom.frame(), html));
            var smtp = new SmtpSettingsStore(database.jdbi());
            routes.add(new CommentSettingsRoutes(commentSettings, smtp, newsroom.audit(), newsroom.frame(), html));
            var shareSettings = new ShareSettingsStore(database.jdbi(), new ShareImage(assets.url("share-image.png"), 1200, 630, null),
                    new ShareImage(assets.url("share-logo.png"), 600, 60, null), changes);
            var shareCounts = new ShareCounts(database.jdbi());
            routes.add(new ShareSettingsRoutes(shareSettings, newsroom.library(), newsroom.audit(), newsroom.frame(), html));
            routes.add(new MostSharedRoutes(shareCounts, newsroom.frame(), html, clock));
            var formTokens = new FormToken(FormSecret.load(database.jdbi()));
            posting = new CommentPosting(commentStore, commentSettings, formTokens, clock);
            var commentSections = new CommentSections(commentStore, commentSettings, formTokens, clock);
            var articlePages = new ArticlePages(frame, new ArticleSharing(shareSettings, shareCounts, baseUrl::get), html, search);
            routes.add(new ShareRoutes(database.jdbi(), shareCounts, shareSettings, baseUrl::get, clock));
            routes.addAll(Syndication.routes(database.jdbi(), taxonomy, articles, settings, mediaDir, html, newsroom.audit(),
                    newsroom.frame(), baseUrl::get, clock, SitemapLimits.PROTOCOL, changes));
            routes.addAll(List.of(assets, new MediaFiles(mediaDir), new SiteRoutes(articles, taxonomy, frame, html, settings),
                    new SearchRoutes(search, taxonomy, frame, html, settings),
                    new ArticleRoutes(articles, articlePages, commentSections),
                    new CommentRoutes(articles, posting, commentSections, articlePages, https)));
            App app = new App(https, routes, new SiteErrorPages(articles, frame, html), database::isHealthy,
                    database::statementsOnThisThread, pageCache, config.trustedProxies(), limits);
            // Listening to the other nodes before serving: a page kept before would miss what they change meanwhile.
            broadcast = database.dialect() == Dialect.POSTGRESQL ? ChangeBroadcast.start(config.dbUrl(), changes) : null;
            app.start(config.host(), config.port());
            baseUrl.set(config.publicBaseUrl(app.port()));
            newsroom.started(baseUrl.get() + "/newsroom/setup/");
            newsroom.every(60, new HeldCommentMailer(database.jdbi(), smtp, settings, baseUrl.get() + "/newsroom/comments/"));
            newsroom.every(3600, () -> moderation.forgetAddresses(
                    clock.instant().minus(java.time.Duration.ofDays(commentSettings.load().keepAddressDays()))));
            return new Vistka(database, app, newsroom, posting, commentWriter, changes, pageCache, search, broadcast);
        } catch (RuntimeException e) {
            if (broadcast != null) {
                broadcast.close();
            }
            if (posting != null) {
                posting.close();
            }
            if (commentWriter != null) {
                commentWriter.close();
            }
            if (search != null) {
                search.close();
            }
            database.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public Database database() {
        return database;
    }

    /** Where writes made beside the server (by an import, or a test) announce themselves to its page cache. */
    public ContentChanges changes() {
        return changes;
    }

    public PageCache pageCache() {
        return pageCache;
    }

    public Search search() {
        return search;
    }

    /** The web server's routes, as {@link App#routes()} gives them. */
    public List<String> routes() {
        return app.routes();
    }

    /** This node's publication schedule; {@link Scheduler#publishDue} publishes what is due now, as its next run would. */
    public Scheduler scheduler() {
        return newsroom.scheduler();
    }

    @Override
    public void close() {
        newsroom.close();
        app.stop();
        // After the web server, so a comment still being posted is stored before the database closes.
        posting.close();
        commentWriter.close();
        search.close();
        if (broadcast != null) {
            broadcast.close();
        }
        database.close();
    }

    private static Path prepareDataFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir.resolve("media"));
        } catch (IOException e) {
            throw new StartupFailure("cannot create the data folder " + dataDir + ": set VISTKA_DATA to a writable folder", e);
        }
        if (!Files.isWritable(dataDir) || !Files.isWritable(dataDir.resolve("media"))) {
            throw new StartupFailure("the data folder " + dataDir + " is not writable: set VISTKA_DATA to a writable folder");
        }
        return dataDir;
    }
}
