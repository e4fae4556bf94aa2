package org.vistka.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomFrame;
import org.vistka.article.ArticleStore;
import org.vistka.settings.SettingsStore;
import org.vistka.storage.ContentChanges;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/**
 * Readers' comments, assembled: the form and its posting, the moderation queue and its settings, the writers' data
 * requests, and the jobs that mail moderators and forget commenters' addresses. Built once at start; the site draws
 * its comment sections through {@link #sections()} and gives back the story page a refused comment is shown on.
 *
 * <p>Thread-safe; {@link #close()} stops the posting threads and the group commit, comments still in hand first.
 */
public final class Comments implements AutoCloseable {
    private final Jdbi jdbi;
    private final Clock clock;
    private final CommentWriter writer;
    private final CommentStore store;
    private final CommentSettingsStore settings;
    private final ModerationStore moderation;
    private final SmtpSettingsStore smtp;
    private final CommentPosting posting;
    private final CommentSections sections;
    private final List<Routes> newsroomRoutes;

    private Comments(Jdbi jdbi, CommentWriter writer, ContentChanges changes, AuditLog audit, NewsroomFrame frame, Html html,
                     Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.writer = writer;
        store = new CommentStore(jdbi, writer, changes);
        settings = new CommentSettingsStore(jdbi, changes);
        moderation = new ModerationStore(jdbi, changes);
        smtp = new SmtpSettingsStore(jdbi);
        var tokens = new FormToken(FormSecret.load(jdbi));
        posting = new CommentPosting(store, settings, tokens, clock);
        sections = new CommentSections(store, settings, tokens, clock);
        newsroomRoutes = List.of(new ModerationRoutes(moderation, store, settings, audit, frame, html, clock),
                new WriterDataRoutes(moderation, audit, frame, html),
                new CommentSettingsRoutes(settings, smtp, audit, frame, html));
    }

    /** Builds the comments of the site whose database {@code jdbi} is; the newsroom's pages use its audit log and frame. */
    public static Comments build(Jdbi jdbi, ContentChanges changes, AuditLog audit, NewsroomFrame frame, Html html,
                                 Clock clock) {
        var writer = new CommentWriter(jdbi);
        try {
            return new Comments(jdbi, writer, changes, audit, frame, html, clock);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The comment sections the article page shows. */
    public CommentSections sections() {
        return sections;
    }

    /**
     * Every route of comments: the newsroom's (moderation, settings, writers' data) and the form's POST, which shows a
     * refused comment back on {@code storyPage}.
     */
    public List<Routes> routes(ArticleStore articles, StoryPage storyPage, boolean https) {
        return Stream.concat(newsroomRoutes.stream(), Stream.of(new CommentRoutes(articles, posting, sections, storyPage, https)))
                .toList();
    }

    /**
     * Starts the jobs through {@code every} (a job and its period in seconds): a minute's mail to moderators about held
     * comments, and an hourly forgetting of the addresses kept longer than the settings allow.
     */
    public void schedule(ObjLongConsumer<Runnable> every, SettingsStore site, String queueUrl) {
        every.accept(new HeldCommentMailer(jdbi, smtp, site, queueUrl), 60);
        every.accept(() -> moderation.forgetAddresses(clock.instant().minus(Duration.ofDays(settings.load().keepAddressDays()))),
                3600);
    }

    @Override
    public void close() {
        // The posting threads first: a comment still in hand reaches the group commit before it stops.
        posting.close();
        writer.close();
    }
}
