package org.vistka.newsroom;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.vistka.account.NewsroomFrame;
import org.vistka.account.AccountRoutes;
import org.vistka.account.AccountStore;
import org.vistka.account.Argon2Parameters;
import org.vistka.account.AuditLog;
import org.vistka.account.FirstAdministrator;
import org.vistka.account.MemberRoutes;
import org.vistka.account.Members;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.PasswordHasher;
import org.vistka.account.PasswordPolicy;
import org.vistka.account.SessionStore;
import org.vistka.account.SignIn;
import org.vistka.account.SignInThrottle;
import org.vistka.article.ArticleStore;
import org.vistka.article.ArticleWriter;
import org.vistka.article.StoryStore;
import org.vistka.article.TaxonomyStore;
import org.vistka.media.MediaLibrary;
import org.vistka.storage.ContentChanges;
import org.vistka.search.Search;
import org.vistka.settings.SettingsStore;
import org.vistka.site.SiteFrame;
import org.vistka.web.Assets;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/**
 * Everything under {@code /newsroom/}, built once at start: accounts and sessions, the editor, the media library,
 * members, settings, the audit log and the scheduler that publishes stories on time.
 */
public final class Newsroom implements AutoCloseable {
    /** A session ends after this long without use… */
    public static final Duration IDLE_EXPIRY = Duration.ofHours(8);
    /** …and after this long whatever happens. */
    public static final Duration ABSOLUTE_EXPIRY = Duration.ofDays(7);

    private final List<Routes> routes;
    private final FirstAdministrator setup;
    private final Scheduler scheduler;
    private final NewsroomFrame frame;
    private final AuditLog audit;
    private final MediaLibrary library;

    private Newsroom(List<Routes> routes, FirstAdministrator setup, Scheduler scheduler, NewsroomFrame frame, AuditLog audit,
                     MediaLibrary library) {
        this.routes = routes;
        this.setup = setup;
        this.scheduler = scheduler;
        this.frame = frame;
        this.audit = audit;
        this.library = library;
    }

    public static Newsroom build(Jdbi jdbi, TaxonomyStore taxonomy, ArticleStore articles, ArticleWriter writer,
                                 SettingsStore settings, Path mediaDir, Assets assets, Html html, SiteFrame siteFrame,
                                 Clock clock, boolean https, ContentChanges changes, Search search) {
        var accounts = new AccountStore(jdbi, clock);
        var sessions = new SessionStore(jdbi, clock, IDLE_EXPIRY, ABSOLUTE_EXPIRY);
        var hasher = new PasswordHasher(Argon2Parameters.RECOMMENDED);
        var policy = new PasswordPolicy();
        var audit = new AuditLog(jdbi, clock);
        var members = new Members(accounts, taxonomy, hasher, policy);
        var guard = new NewsroomGuard(sessions, https);
        var frame = new NewsroomFrame(settings, assets);
        var stories = new StoryStore(jdbi);
        var library = new MediaLibrary(jdbi, mediaDir, clock);
        var images = new LibraryImages(library);
        var saver = new StorySaver(stories, writer, taxonomy, images, audit, clock);
        var setup = new FirstAdministrator(jdbi, accounts, members, sessions, audit, guard, frame, html);
        List<Routes> routes = List.of(guard, setup,
                new AccountRoutes(new SignIn(accounts, sessions, new SignInThrottle(jdbi, clock), hasher), sessions, accounts,
                        hasher, policy, audit, guard, frame, html),
                new StoryListRoutes(stories, taxonomy, frame, html),
                new EditorRoutes(stories, articles, taxonomy, saver, writer, images, audit, frame, siteFrame, html, clock, search),
                new RevisionRoutes(stories, taxonomy, writer, audit, frame, html),
                new MediaRoutes(library, settings, audit, frame, html),
                new MemberRoutes(accounts, members, sessions, audit, frame, html),
                new SettingsRoutes(settings, taxonomy, audit, frame, html, changes),
                new AuditRoutes(audit, frame, html));
        return new Newsroom(routes, setup, new Scheduler(jdbi, stories, audit, clock, changes), frame, audit, library);
    }

    public List<Routes> routes() {
        return routes;
    }

    /** The newsroom's page frame, for features that add newsroom pages of their own (comment moderation). */
    public NewsroomFrame frame() {
        return frame;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The media library, for features whose settings name a library image (the default share image). */
    public MediaLibrary library() {
        return library;
    }

    /** The publication schedule, which runs on its own once {@link #started}. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Runs {@code job} in the background every {@code everySeconds}, beside the publication schedule. */
    public void every(long everySeconds, Runnable job) {
        scheduler.every(everySeconds, job);
    }

    /** Once the server listens: prints the setup code if nobody can sign in yet, and starts the scheduler. */
    public void started(String setupUrl) {
        setup.issueCodeIfNeeded(setupUrl);
        scheduler.start(5);
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
