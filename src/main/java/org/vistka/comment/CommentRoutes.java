package org.vistka.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vistka.account.Tokens;
import org.vistka.article.Article;
import org.vistka.article.ArticlePages;
import org.vistka.article.ArticleStore;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageNumber;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/**
 * {@code POST /comments/{articleId}/}: a reader's comment. Without JavaScript the form posts here and the reader is
 * sent back to the story, at their comment; a refusal shows the story again with the form still holding every word.
 * The page's script asks for JSON instead and gets the comment's HTML, or problem details with status 4xx.
 */
public final class CommentRoutes implements Routes {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any comment should take: five seconds waiting its turn, then a commit. */
    private static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(30);

    private final ArticleStore articles;
    private final CommentPosting posting;
    private final CommentSections sections;
    private final ArticlePages pages;
    private final boolean https;

    public CommentRoutes(ArticleStore articles, CommentPosting posting, CommentSections sections, ArticlePages pages,
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
            throw new HttpProblem(403, "This comment was sent from another site.");
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
        boolean json = String.valueOf(ctx.header("Accept")).contains("application/json");
        if (outcome.stored()) {
            String anchor = "#comment-" + outcome.id();
            if (json) {
                sendJson(ctx, 201, Map.of("id", outcome.id(), "status", outcome.status().dbValue(), "location", article.path() + anchor));
            } else {
                ctx.redirect(article.path() + "?comment=" + outcome.id() + anchor, HttpStatus.SEE_OTHER);
            }
            return;
        }
        if (outcome.httpStatus() == 429 || outcome.httpStatus() == 503) {
            ctx.header("Retry-After", String.valueOf(retryAfter(outcome.message())));
        }
        if (json) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", outcome.httpStatus() == 429 ? "Too many comments" : "The comment was not accepted");
            problem.put("status", outcome.httpStatus() == 400 ? 422 : outcome.httpStatus());
            problem.put("detail", outcome.message());
            problem.put("errors", outcome.problems());
            ctx.contentType("application/problem+json");
            ctx.status(outcome.httpStatus() == 400 ? 422 : outcome.httpStatus());
            ctx.result(json(problem));
            return;
        }
        ctx.status(outcome.httpStatus());
        Article full = articles.findPublished(article.id()).orElseThrow(HttpProblem::notFound);
        pages.render(ctx, full, sections.refused(ctx, story, article.path(), input, outcome.problems(), outcome.message()));
    }

    /** The browser's own token, made on its first comment: its held comments are shown to it alone. */
    private String writerToken(Context ctx) {
        String token = ctx.cookie(CommentSections.WRITER_COOKIE);
        if (!CommentSections.isWriterToken(token)) {
            token = Tokens.random();
            ctx.res().addHeader("Set-Cookie", CommentSections.WRITER_COOKIE + "=" + token
                    + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
        }
        return token;
    }

    /** A browser says where a form came from; a form from another site's page is refused. */
    private static boolean fromAnotherSite(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return false;
        }
        try {
            return !String.valueOf(URI.create(origin).getAuthority()).equalsIgnoreCase(String.valueOf(ctx.header("Host")));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static void sendJson(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(json(body));
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers could not be written as JSON", e);
        }
    }

    private static long retryAfter(String message) {
        var matcher = java.util.regex.Pattern.compile("wait (\\d+) second").matcher(message);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 3600;
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
