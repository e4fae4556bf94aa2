package org.vistka.comment;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.vistka.account.Tokens;
import org.vistka.article.Article;
import org.vistka.article.ArticleStore;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageNumber;
import org.vistka.web.ProblemDetails;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/**
 * {@code POST /comments/{articleId}/}: a reader's comment. Without JavaScript the form posts here and the reader is
 * sent back to the story, at their comment; a refusal shows the story again with the form still holding every word.
 * The page's script asks for JSON instead and gets the comment's HTML, or problem details with status 4xx.
 */
final class CommentRoutes implements Routes {
    /** The browser keeps its writer's token for a year, so a reader's held comments stay theirs to see. */
    private static final Duration WRITER_COOKIE_AGE = Duration.ofDays(365);
    /** Longer than any comment should take: five seconds waiting its turn, then a commit. */
    private static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(30);

    private final ArticleStore articles;
    private final CommentPosting posting;
    private final CommentSections sections;
    private final StoryPage pages;
    private final boolean https;

    CommentRoutes(ArticleStore articles, CommentPosting posting, CommentSections sections, StoryPage pages,
                         boolean https) {
        this.articles = articles;
        this.posting = posting;
        this.sections = sections;
        this.pages = pages;
        this.https = https;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/comments/{articleId}/", this::post);
    }

    /** A flood of comments is read and checked at background priority: readers' pages go first. */
    @Override
    public List<String> backgroundPosts() {
        return List.of("/comments/");
    }

    private void post(Context ctx) throws Exception {
        // Posting needs only the story's id, address and comment state; the whole story is loaded only to show a refusal.
        ArticleStore.CommentTarget article = articles.commentTarget(PageNumber.id(ctx.pathParam("articleId")))
                .orElseThrow(HttpProblem::notFound);
        if (fromAnotherSite(ctx)) {
            throw new HttpProblem(HttpStatus.FORBIDDEN, "This comment was sent from another site.");
        }
        CommentInput input = new CommentInput(TextInput.multiLine(ctx.formParam("comment")), TextInput.singleLine(ctx.formParam("author")),
                TextInput.singleLine(ctx.formParam("email")), TextInput.singleLine(ctx.formParam("url")),
                CommentSections.id(ctx.formParam("comment_parent")));
        String writerToken = writerToken(ctx);
        var story = new CommentPosting.Story(article.id(), article.publishedAt(), article.commentsOpen());
        var sender = new CommentPosting.Sender(ctx.ip(), Tokens.sha256(writerToken), formToken(ctx),
                !TextInput.singleLine(ctx.formParam("homepage")).isEmpty());
        // This thread is free for readers while the comment is checked and committed.
        ctx.future(() -> posting.post(story, input, sender)
                // A commit that never returns (a database that hangs) must not leave the reader waiting for ever.
                .completeOnTimeout(CommentPosting.Outcome.notAnswered(), NO_ANSWER_AFTER.toSeconds(), TimeUnit.SECONDS)
                .thenAccept(outcome -> answer(ctx, article, story, input, outcome)));
    }

    private void answer(Context ctx, ArticleStore.CommentTarget article, CommentPosting.Story story, CommentInput input,
                        CommentPosting.Outcome outcome) {
        boolean json = ProblemDetails.asked(ctx);
        if (outcome.stored()) {
            String anchor = "#comment-" + outcome.id();
            if (json) {
                ctx.status(HttpStatus.CREATED).json(Map.of("id", outcome.id(), "status", outcome.status().dbValue(),
                        "location", article.path() + anchor));
            } else {
                ctx.redirect(article.path() + "?comment=" + outcome.id() + anchor, HttpStatus.SEE_OTHER);
            }
            return;
        }
        HttpStatus status = HttpStatus.forStatus(outcome.httpStatus());
        if (json) {
            // A script is told of wrong fields with 422, as the form it sent was read but its content refused.
            new ProblemDetails(status == HttpStatus.BAD_REQUEST ? HttpStatus.UNPROCESSABLE_CONTENT : status,
                    status == HttpStatus.TOO_MANY_REQUESTS ? "Too many comments" : "The comment was not accepted",
                    outcome.message(), outcome.retryAfter(), Map.of("errors", outcome.problems())).send(ctx);
            return;
        }
        ProblemDetails.retryAfter(ctx, outcome.retryAfter());
        ctx.status(status);
        Article full = articles.findPublished(article.id()).orElseThrow(HttpProblem::notFound);
        pages.render(ctx, full, sections.refused(ctx, story, article.path(), input, outcome.problems(), outcome.message()));
    }

    /** The browser's own token, made on its first comment: its held comments are shown to it alone. */
    private String writerToken(Context ctx) {
        String token = ctx.cookie(CommentSections.WRITER_COOKIE);
        if (!CommentSections.isWriterToken(token)) {
            token = Tokens.random();
            ctx.cookie(new Cookie(CommentSections.WRITER_COOKIE, token, "/", (int) WRITER_COOKIE_AGE.toSeconds(), https, true,
                    null, SameSite.LAX));
        }
        return token;
    }

    /**
     * A browser says where a form came from; a form from another site's page is refused. So is an origin of
     * {@code null}: browsers send it from sandboxed frames and data: pages, which another site can make, never from
     * a form on our own page. A request that names no origin at all (an older browser, a script) is left to the token.
     */
    private static boolean fromAnotherSite(Context ctx) {
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            return !String.valueOf(URI.create(origin).getAuthority()).equalsIgnoreCase(String.valueOf(ctx.header(Header.HOST)));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * The form's signed token. Pages served before it was named {@code csrf_token} (open in a reader's browser, or kept
     * by a cache or another node during an upgrade) send it as {@code form_token}: both are taken for now.
     */
    private static String formToken(Context ctx) {
        String token = ctx.formParam("csrf_token");
        return token != null ? token : ctx.formParam("form_token");
    }
}
