package org.vistka.comment;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.account.NewsroomFrame;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/** The comment rules and the moderators' mail server, for administrators; saved rules apply to the next comment. */
public final class CommentSettingsRoutes implements Routes {
    private final CommentSettingsStore settings;
    private final SmtpSettingsStore smtp;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    public CommentSettingsRoutes(CommentSettingsStore settings, SmtpSettingsStore smtp, AuditLog audit, NewsroomFrame frame, Html html) {
        this.settings = settings;
        this.smtp = smtp;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/comment-settings/", ctx -> show(ctx, CommentSettingsForm.of(settings.load(), smtp.load()), Map.of(), 200));
        routes.post("/newsroom/comment-settings/", this::save);
    }

    private void show(Context ctx, CommentSettingsForm form, Map<String, String> problems, int status) {
        NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        ctx.status(status);
        html.render(ctx, "comment/settings.jte", new CommentSettingsPage(frame.layout(ctx, "Comment settings"), form, problems, smtp.hasPassword()));
    }

    private void save(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        CommentSettingsForm form = CommentSettingsForm.read(ctx);
        String password = ctx.formParam("smtpPassword") == null ? "" : ctx.formParam("smtpPassword");
        Map<String, String> problems = form.problems(password.isEmpty() && smtp.hasPassword() ? "unchanged" : password);
        if (!problems.isEmpty()) {
            show(ctx, form, problems, 400);
            return;
        }
        settings.save(form.toSettings());
        smtp.save(form.smtpHost(), form.smtpPort(), form.smtpSecurity(), form.smtpUsername(), password, form.smtpFrom(), form.smtpTo());
        audit.record(me.account().id(), "comment-settings-changed", "settings", null, "changed the comment settings");
        ctx.redirect("/newsroom/comment-settings/?done=settings", HttpStatus.SEE_OTHER);
    }

    /** The page: the form, its problems, and whether a mail password is stored (it is never shown). */
    public record CommentSettingsPage(org.vistka.account.NewsroomLayout layout, CommentSettingsForm form,
                                      Map<String, String> problems, boolean passwordStored) {
    }
}
