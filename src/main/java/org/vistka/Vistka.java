package org.vistka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.vistka.article.ArticleStore;
import org.vistka.article.ArticleWriter;
import org.vistka.article.BodyRenderer;
import org.vistka.article.DemoImages;
import org.vistka.article.DemoSite;
import org.vistka.article.TaxonomyStore;
import org.vistka.comment.Comments;
import org.vistka.feed.SitemapLimits;
import org.vistka.feed.Syndication;
import org.vistka.media.MediaFiles;
import org.vistka.newsroom.Newsroom;
import org.vistka.newsroom.Scheduler;
import org.vistka.search.Search;
import org.vistka.search.SearchRoutes;
import org.vistka.settings.SettingsStore;
import org.vistka.share.Sharing;
import org.vistka.site.Site;
import org.vistka.site.SiteFrame;
import org.vistka.storage.ChangeBroadcast;
import org.vistka.storage.ContentChanges;
import org.vistka.storage.Database;
import org.vistka.storage.Dialect;
import org.vistka.storage.StartupFailure;
import org.vistka.web.App;
import org.vistka.web.Assets;
import org.vistka.web.Html;
import org.vistka.web.KyivTime;
import org.vistka.web.PageCache;
import org.vistka.web.RequestLimits;
import org.vistka.web.Routes;

/**
 * One running Vistka: the database, the features built on it, and the web server. Everything is built here,
 * at start, and handed on through constructors; nothing is built on a first request.
 */
public final class Vistka implements AutoCloseable {
    private final Database database;
    private final App app;
    private final Newsroom newsroom;
    private final Comments comments;
    private final ContentChanges changes;
    private final PageCache pageCache;
    private final Search search;
    /** The exchange of changes with the site's other nodes: on PostgreSQL; null on SQLite, which is one node. */
    private final ChangeBroadcast broadcast;

    private Vistka(Database database, App app, Newsroom newsroom, Comments comments, ContentChanges changes,
                   PageCache pageCache, Search search, ChangeBroadcast broadcast) {
        this.database = database;
        this.app = app;
        this.newsroom = newsroom;
        this.comments = comments;
        this.changes = changes;
        this.pageCache = pageCache;
        this.search = search;
        this.broadcast = broadcast;
    }

    /** Starts Vistka with the given settings; {@code clock} is the time the site shows (tests fix it). */
    public static Vistka start(Config config, Clock clock) {
        return start(config, clock, RequestLimits.DEFAULT);
    }

    /**
     * Starts Vistka with the given settings and request limits (tests shorten the times in them): the content, then
     * each feature from what it needs, lowest first, then the web server with every feature's routes.
     */
    public static Vistka start(Config config, Clock clock, RequestLimits limits) {
        Path mediaDir = prepareDataFolder(config.dataDir()).resolve("media");
        Database database = Database.open(config.dbUrl());
        Jdbi jdbi = database.jdbi();
        Comments comments = null;
        ChangeBroadcast broadcast = null;
        Search search = null;
        try {
            var changes = new ContentChanges();
            var pageCache = new PageCache(config.cacheMb(), changes, clock);
            var settings = new SettingsStore(jdbi, changes);
            var taxonomy = new TaxonomyStore(jdbi);
            var articles = new ArticleStore(jdbi);
            var writer = new ArticleWriter(jdbi, new BodyRenderer(), clock, changes);
            if (config.demo()) {
                new DemoSite(jdbi, taxonomy, writer, settings, new DemoImages(mediaDir)).loadIfEmpty();
            }
            var assets = new Assets();
            var html = new Html();
            var baseUrl = new AtomicReference<>(config.publicBaseUrl(config.port()));
            boolean https = baseUrl.get().startsWith("https:");
            var frame = new SiteFrame(settings, taxonomy, new KyivTime(clock), assets, baseUrl::get);

            search = Search.open(jdbi, articles, config.dataDir().resolve("index")).follow();
            var newsroom = Newsroom.build(jdbi, taxonomy, articles, writer, settings, mediaDir, assets, html, frame, clock,
                    https, changes, search);
            comments = Comments.build(jdbi, changes, newsroom.audit(), newsroom.frame(), html, clock);
            var sharing = Sharing.build(jdbi, changes, assets, newsroom.library(), newsroom.audit(), newsroom.frame(), html,
                    baseUrl::get, clock);
            var site = Site.build(articles, taxonomy, settings, frame, html, sharing.articleSharing(), search, comments.sections());

            // RouteShadowingTest proves that no route answers an address meant for one registered after it.
            List<Routes> routes = new ArrayList<>(newsroom.routes());
            routes.addAll(comments.routes(articles, site.storyPage(), https));
            routes.addAll(sharing.routes());
            routes.addAll(Syndication.routes(jdbi, taxonomy, articles, settings, mediaDir, html, newsroom.audit(),
                    newsroom.frame(), baseUrl::get, clock, SitemapLimits.PROTOCOL, changes));
            routes.addAll(List.of(assets, new MediaFiles(mediaDir), new SearchRoutes(search, taxonomy, frame, html, settings)));
            routes.addAll(site.routes());
            App app = new App(https, routes, site.errorPages(), database::isHealthy, database::statementsOnThisThread,
                    pageCache, config.trustedProxies(), limits);

            // Listening to the other nodes before serving: a page kept before would miss what they change meanwhile.
            broadcast = database.dialect() == Dialect.POSTGRESQL ? ChangeBroadcast.start(config.dbUrl(), changes) : null;
            app.start(config.host(), config.port());
            baseUrl.set(config.publicBaseUrl(app.port()));
            newsroom.started(baseUrl.get() + "/newsroom/setup/");
            comments.schedule((job, seconds) -> newsroom.every(seconds, job), settings, baseUrl.get() + "/newsroom/comments/");
            return new Vistka(database, app, newsroom, comments, changes, pageCache, search, broadcast);
        } catch (RuntimeException e) {
            if (broadcast != null) {
                broadcast.close();
            }
            if (comments != null) {
                comments.close();
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
        comments.close();
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
