package org.vistka.account;

import io.javalin.http.Context;
import java.util.Map;
import org.vistka.settings.SettingsStore;
import org.vistka.web.Assets;

/**
 * Builds the {@link NewsroomLayout} of a request. Notices come from a fixed list chosen by a query parameter
 * ({@code ?done=saved}), so a link can never make the page say words of its own. Thread-safe.
 */
public final class NewsroomFrame {
    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Story saved.",
            "created", "Story created.",
            "restored", "Revision restored: the story now reads as it did then. The restore is itself a new revision.",
            "corrected", "Correction added.",
            "uploaded", "Image uploaded.",
            "described", "Image details saved.",
            "settings", "Settings saved.",
            "user", "Member saved.",
            "password", "Password changed.",
            "signed-out-everywhere", "You were signed out on every other browser.");

    private final SettingsStore settings;
    private final Assets assets;

    public NewsroomFrame(SettingsStore settings, Assets assets) {
        this.settings = settings;
        this.assets = assets;
    }

    public NewsroomLayout layout(Context ctx, String title) {
        SignedIn signedIn = NewsroomGuard.signedIn(ctx);
        return layout(ctx, title, signedIn == null ? null : signedIn.csrfToken());
    }

    /** For pages shown before sign-in, whose forms carry the anonymous form token. */
    public NewsroomLayout layout(Context ctx, String title, String csrfToken) {
        String done = ctx.queryParam("done");
        return new NewsroomLayout(title, settings.site().name(), NewsroomGuard.signedIn(ctx), csrfToken,
                done == null ? null : NOTICES.get(done), assets.url("site.css"), assets.url("newsroom.css"),
                assets.url("editor.js"));
    }
}
