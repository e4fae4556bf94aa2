package org.vistka.comment;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vistka.web.PageNumber;

/**
 * Builds the comment part of an article page for one reader: their held comments come with it (found through the
 * writer cookie), so such a page is personal and never cached for others. Thread-safe.
 */
public final class CommentSections {
    static final String WRITER_COOKIE = "vistka_writer";
    private static final Pattern WRITER_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final CommentStore store;
    private final CommentSettingsStore settings;
    private final FormToken tokens;
    private final Clock clock;

    public CommentSections(CommentStore store, CommentSettingsStore settings, FormToken tokens, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The section as a reader first sees it (or after following a Reply link, {@code ?replyto=N}). */
    public CommentSection forReader(Context ctx, CommentPosting.Story story, String path) {
        return build(ctx, story, path, CommentInput.EMPTY, Map.of(), null);
    }

    /** The section shown back after a refused comment, the form holding everything the reader typed. */
    public CommentSection refused(Context ctx, CommentPosting.Story story, String path, CommentInput input,
                                  Map<String, String> problems, String notice) {
        return build(ctx, story, path, input, problems, notice);
    }

    private CommentSection build(Context ctx, CommentPosting.Story story, String path, CommentInput input,
                                 Map<String, String> problems, String notice) {
        CommentSettings rules = settings.load();
        Instant now = clock.instant();
        String writer = writerHash(ctx);
        int perPage = Math.max(1, rules.perPage());
        String landing = ctx.queryParam("comment");
        // After posting, the reader is sent to ?comment=N: open the page of the thread that comment is in.
        Long landingId = id(landing);
        int page = ctx.queryParam("cpage") == null && landingId != null
                ? store.pageOf(landingId, story.id(), writer, perPage)
                : PageNumber.parse(ctx.queryParam("cpage"));
        Conversation conversation = store.conversation(story.id(), writer, page, perPage);
        Long replyId = input.parentId() != null ? input.parentId() : replyTo(ctx);
        Comment replyTo = replyId == null ? null
                : conversation.comments().stream().filter(c -> c.id() == replyId).findFirst().orElse(null);
        // The limit's count is read only where a limit is set: one statement fewer on every article page.
        int counted = counted(store, rules, story.id());
        return new CommentSection(story.id(), path, closedReason(rules, story, now, counted).orElse(null),
                conversation, tokens.issue(story.id(), now), input, problems, replyTo, rules.threadDepth(),
                rules.requireNameAndEmail(), notice);
    }

    /** The story's comments that count against its limit, as far as the limit needs: none when there is none. */
    static int counted(CommentStore store, CommentSettings rules, long storyId) {
        return rules.maxPerStory() > 0 ? store.countedOn(storyId, rules.maxPerStory()) : 0;
    }

    /** Why a story takes no comments now, if it does not. */
    static Optional<String> closedReason(CommentSettings rules, CommentPosting.Story story, Instant now, int counted) {
        if (!rules.open() || !story.commentsOpen()) {
            return Optional.of("Comments are closed on this story.");
        }
        if (rules.closeAfterDays() > 0 && story.publishedAt() != null
                && story.publishedAt().plus(Duration.ofDays(rules.closeAfterDays())).isBefore(now)) {
            return Optional.of("Comments close " + rules.closeAfterDays() + " days after a story is published.");
        }
        if (rules.maxPerStory() > 0 && counted >= rules.maxPerStory()) {
            return Optional.of("This story has reached its limit of " + rules.maxPerStory() + " comments.");
        }
        return Optional.empty();
    }

    /** The hash under which this browser's comments were stored, or null for a browser that never commented. */
    static String writerHash(Context ctx) {
        String token = ctx.cookie(WRITER_COOKIE);
        return isWriterToken(token) ? org.vistka.account.Tokens.sha256(token) : null;
    }

    /** Whether a browser's writer cookie holds a token Vistka could have made. */
    static boolean isWriterToken(String token) {
        return token != null && WRITER_TOKEN.matcher(token).matches();
    }

    /** A comment id typed in a form or an address, or null for anything else. */
    static Long id(String value) {
        return value != null && ID.matcher(value).matches() ? Long.parseLong(value) : null;
    }

    private static Long replyTo(Context ctx) {
        return id(ctx.queryParam("replyto"));
    }
}
