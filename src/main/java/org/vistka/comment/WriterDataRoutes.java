package org.vistka.comment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.account.NewsroomFrame;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/**
 * A commenter's data on request: every comment written with one email address, to export (JSON) or erase.
 * Network addresses are erased for everyone by the retention job; this page serves a single person's request.
 */
final class WriterDataRoutes implements Routes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModerationStore moderation;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    WriterDataRoutes(ModerationStore moderation, AuditLog audit, NewsroomFrame frame, Html html) {
        this.moderation = moderation;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/comment-writers/", this::show);
        routes.get("/newsroom/comment-writers/export/", this::export);
        routes.post("/newsroom/comment-writers/erase/", this::erase);
    }

    private void show(Context ctx) {
        NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        String email = TextInput.singleLine(ctx.queryParam("email"));
        List<HeldComment> comments = email.isEmpty() ? List.of() : moderation.byEmail(email);
        html.render(ctx, "comment/writer.jte", new WriterPage(frame.layout(ctx, "A commenter's data"), email, comments,
                "erased".equals(ctx.queryParam("done")) ? TextInput.singleLine(ctx.queryParam("count")) : null));
    }

    private void export(Context ctx) throws Exception {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        String email = TextInput.singleLine(ctx.queryParam("email"));
        List<Map<String, Object>> rows = moderation.byEmail(email).stream().map(c -> Map.<String, Object>of(
                "story", c.storyTitle(), "address", c.storyPath(), "written", c.createdAt().toString(), "status", c.status().dbValue(),
                "name", c.authorName(), "email", c.authorEmail(), "website", c.authorUrl(), "text", c.text())).toList();
        audit.record(me.account().id(), "comments-exported", "comment", null, "exported " + rows.size() + " comments of one writer");
        ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"comments.json\"");
        ctx.contentType("application/json");
        ctx.result(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("email", email, "comments", rows)));
    }

    private void erase(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MODERATE_COMMENTS);
        String email = TextInput.singleLine(ctx.formParam("email"));
        int erased = email.isEmpty() ? 0 : moderation.eraseByEmail(email);
        // The audit names no email: the record of an erasure must not keep what was erased.
        audit.record(me.account().id(), "comments-erased", "comment", null, "erased " + erased + " comments of one writer on request");
        ctx.redirect("/newsroom/comment-writers/?done=erased&count=" + erased, HttpStatus.SEE_OTHER);
    }
}
