package org.vistka.feed;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.account.NewsroomFrame;
import org.vistka.account.NewsroomLayout;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/** The feed settings page, for administrators; a saved setting shapes the next feed served. */
public final class FeedSettingsRoutes implements Routes {
    private final FeedSettingsStore settings;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    public FeedSettingsRoutes(FeedSettingsStore settings, AuditLog audit, NewsroomFrame frame, Html html) {
        this.settings = settings;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/feed-settings/", ctx -> show(ctx, FeedSettingsForm.of(settings.load()), Map.of(), 200));
        routes.post("/newsroom/feed-settings/", this::save);
    }

    private void show(Context ctx, FeedSettingsForm form, Map<String, String> problems, int status) {
        NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        ctx.status(status);
        html.render(ctx, "feed/settings.jte", new FeedSettingsPage(frame.layout(ctx, "Feed settings"), form, problems));
    }

    private void save(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        FeedSettingsForm form = FeedSettingsForm.read(ctx);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            show(ctx, form, problems, 400);
            return;
        }
        FeedSettings saved = form.toSettings();
        settings.save(saved);
        // Recorded as a settings change: feeds date themselves from the newest one (see FeedStore).
        audit.record(me.account().id(), "feed-settings-changed", "settings", null,
                "feeds show " + (saved.fullText() ? "the full text" : "the summary") + ", " + saved.items() + " items");
        ctx.redirect("/newsroom/feed-settings/?done=settings", HttpStatus.SEE_OTHER);
    }

    /** The page: the form and its problems, keyed by field. */
    public record FeedSettingsPage(NewsroomLayout layout, FeedSettingsForm form, Map<String, String> problems) {
    }
}
