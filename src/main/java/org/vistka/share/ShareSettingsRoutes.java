package org.vistka.share;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.media.MediaItem;
import org.vistka.media.MediaLibrary;
import org.vistka.account.NewsroomFrame;
import org.vistka.account.NewsroomLayout;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/**
 * The share settings page, for administrators: which ways of sharing a story shows and in what order, the floating
 * links, the count threshold, and the default share image and logo from the media library. A change applies to the
 * next page and goes to the audit log.
 */
public final class ShareSettingsRoutes implements Routes {
    private static final String PATH = "/newsroom/share-settings/";

    private final ShareSettingsStore settings;
    private final MediaLibrary library;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    public ShareSettingsRoutes(ShareSettingsStore settings, MediaLibrary library, AuditLog audit, NewsroomFrame frame, Html html) {
        this.settings = settings;
        this.library = library;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, PATH, ctx -> show(ctx, ShareSettingsForm.of(settings.load()), Map.of(), 200));
        routes.post(PATH, this::save);
    }

    private void show(Context ctx, ShareSettingsForm form, Map<String, String> problems, int status) {
        NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        ctx.status(status);
        html.render(ctx, "share/settings.jte", new ShareSettingsPage(frame.layout(ctx, "Share settings"), form, problems,
                library.list("", 0, 12)));
    }

    private void save(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.MANAGE_SETTINGS);
        ShareSettingsForm form = ShareSettingsForm.read(ctx);
        Map<String, String> problems = form.problems(this::image);
        if (!problems.isEmpty()) {
            show(ctx, form, problems, 400);
            return;
        }
        ShareSettings saved = form.toSettings(this::image, settings.builtInImage(), settings.builtInLogo());
        settings.save(saved);
        audit.record(me.account().id(), "share-settings-changed", "settings", null, summary(saved));
        ctx.redirect(PATH + "?done=settings", HttpStatus.SEE_OTHER);
    }

    /** A library image as a share image: its largest stored size, with that file's real width and height. */
    private Optional<ShareImage> image(long mediaId) {
        return library.find(mediaId).map(MediaItem::largest)
                .map(size -> new ShareImage(size.url(), size.width(), size.height(), mediaId));
    }

    private static String summary(ShareSettings s) {
        return "share links: " + (s.networks().isEmpty() ? "none" : s.networks().stream().map(ShareNetwork::label)
                .collect(Collectors.joining(", "))) + "; floating " + (s.floating() ? "on" : "off") + "; counts shown from "
                + s.countThreshold() + "; share image " + imageName(s.image()) + "; logo " + imageName(s.logo());
    }

    private static String imageName(ShareImage image) {
        return image.mediaId() == null ? "built-in" : "no. " + image.mediaId();
    }

    /** The page: the form, its problems, and recent library images to choose from. */
    public record ShareSettingsPage(NewsroomLayout layout, ShareSettingsForm form, Map<String, String> problems,
                                    List<MediaItem> recentImages) {
    }
}
