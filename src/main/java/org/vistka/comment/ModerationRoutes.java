package org.vistka.comment;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.account.NewsroomFrame;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageNumber;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/**
 * The moderation queue at {@code /newsroom/comments/}: comments by status with counts, filters by story and text,
 * approve, spam and trash in bulk (marking spam teaches the filter), edit, and reply as the newsroom.
 */
final class ModerationRoutes implements Routes {
    private static final int PAGE_SIZE = 50;

    private final ModerationStore moderation;
    private final CommentStore comments;
    private final CommentSettingsStore settings;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;
    private final Clock clock;

    ModerationRoutes(ModerationStore moderation, CommentStore comments, CommentSettingsStore settings, AuditLog audit,
                            NewsroomFrame frame, Html html, Clock clock) {
        this.moderation = moderation;
        this.comments = comments;
        this.settings = settings;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/comments/", this::queue);
        routes.post("/newsroom/comments/bulk/", this::bulk);
        App.page(routes, "/newsroom/comments/{id}/", this::one);
        routes.post("/newsroom/comments/{id}/", this::edit);
        routes.post("/newsroom/comments/{id}/reply/", this::reply);
    }

    private void queue(Context ctx) {
        NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        CommentStatus status = status(ctx.queryParam("status"));
        String story = ctx.queryParam("story");
        Long storyId = story == null || story.isEmpty() ? null : PageNumber.id(story);
        String text = TextInput.singleLine(ctx.queryParam("q"));
        int page = PageNumber.parse(ctx.queryParam("page"));
        List<HeldComment> found = moderation.list(status, storyId, text, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        CommentSettings rules = settings.load();
        html.render(ctx, "comment/queue.jte", new QueuePage(frame.layout(ctx, "Comments"), status, moderation.counts(), storyId, text,
                found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found, page, found.size() > PAGE_SIZE,
                moderation.slowStories(clock.instant().minus(Duration.ofMinutes(rules.slowModeMinutes())), rules.slowModeCount())));
    }

    private void bulk(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        CommentStatus target = status(ctx.formParam("action"));
        List<Long> ids = ctx.formParams("ids").stream().filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).distinct().toList();
        int changed = moderation.setStatus(ids, target, me.account().name());
        if (target == CommentStatus.SPAM) {
            moderation.find(ids).forEach(c -> moderation.learn(SpamScore.phrasesToLearn(c.text()), clock.instant()));
        }
        audit.record(me.account().id(), "comments-" + target.dbValue(), "comment", ids.isEmpty() ? null : ids.getFirst(),
                "marked " + changed + " comment" + (changed == 1 ? "" : "s") + " " + target.dbValue());
        String back = TextInput.singleLine(ctx.formParam("back"));
        ctx.redirect(back.startsWith("/newsroom/comments/") && !back.contains("//") ? back : "/newsroom/comments/", HttpStatus.SEE_OTHER);
    }

    private void one(Context ctx) {
        NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        HeldComment comment = comment(ctx);
        html.render(ctx, "comment/moderate.jte", new ModeratePage(frame.layout(ctx, "Comment by " + comment.authorName()), comment, null));
    }

    private void edit(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        HeldComment comment = comment(ctx);
        String text = TextInput.multiLine(ctx.formParam("text"));
        if (text.isBlank() || text.length() > CommentRules.MAX_TEXT) {
            refuse(ctx, comment, "The comment must have 1 to " + CommentRules.MAX_TEXT + " characters.");
            return;
        }
        moderation.edit(comment.id(), text, CommentText.html(text));
        audit.record(me.account().id(), "comment-edited", "comment", comment.id(), "edited a comment by " + comment.authorName());
        ctx.redirect("/newsroom/comments/" + comment.id() + "/?done=saved", HttpStatus.SEE_OTHER);
    }

    private void reply(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        HeldComment parent = comment(ctx);
        String text = TextInput.multiLine(ctx.formParam("text"));
        if (text.isBlank() || text.length() > CommentRules.MAX_TEXT) {
            refuse(ctx, parent, "Write the reply (at most " + CommentRules.MAX_TEXT + " characters).");
            return;
        }
        CommentStore.Parent thread = comments.parent(parent.id(), parent.articleId(), null)
                .orElseThrow(() -> new HttpProblem(HttpStatus.CONFLICT, "Approve the comment before replying to it: readers cannot see it yet."));
        int depth = Math.min(thread.depth() + 1, Math.max(0, settings.load().threadDepth() - 1));
        long id = comments.insert(new NewComment(parent.articleId(), parent.id(), thread.threadId(), depth, CommentStatus.APPROVED,
                me.account().name(), me.account().email(), "", null, text, CommentText.html(text), "", 0, null,
                CommentPosting.contentHash(text), me.account().id(), clock.instant()));
        audit.record(me.account().id(), "comment-reply", "comment", id, "replied as the newsroom to " + parent.authorName());
        ctx.redirect(parent.storyPath() + "#comment-" + id, HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, HeldComment comment, String problem) {
        ctx.status(HttpStatus.BAD_REQUEST);
        html.render(ctx, "comment/moderate.jte", new ModeratePage(frame.layout(ctx, "Comment by " + comment.authorName()), comment, problem));
    }

    private HeldComment comment(Context ctx) {
        return moderation.find(List.of(PageNumber.id(ctx.pathParam("id")))).stream().findFirst().orElseThrow(HttpProblem::notFound);
    }

    private static CommentStatus status(String value) {
        try {
            return value == null || value.isEmpty() ? CommentStatus.PENDING : CommentStatus.fromDb(value);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("There is no comment status “" + TextInput.singleLine(value) + "”; choose pending, approved, spam or trash.");
        }
    }

}
