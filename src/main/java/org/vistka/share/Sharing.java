package org.vistka.share;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomFrame;
import org.vistka.media.MediaLibrary;
import org.vistka.storage.ContentChanges;
import org.vistka.web.Assets;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/**
 * Sharing, assembled: the share links and their counting redirect, the share settings and the most-shared report in
 * the newsroom, and the {@link ArticleSharing} the article page draws its share panel and page metadata from.
 *
 * <p>Thread-safe: built once at start, it holds only thread-safe parts.
 */
public final class Sharing {
    private final ArticleSharing articleSharing;
    private final List<Routes> routes;

    private Sharing(ArticleSharing articleSharing, List<Routes> routes) {
        this.articleSharing = articleSharing;
        this.routes = routes;
    }

    /**
     * Builds sharing for the site at {@code baseUrl}; its built-in share image and logo are among {@code assets}, and
     * the newsroom's settings page picks other images from {@code library}.
     */
    public static Sharing build(Jdbi jdbi, ContentChanges changes, Assets assets, MediaLibrary library, AuditLog audit,
                                NewsroomFrame frame, Html html, Supplier<String> baseUrl, Clock clock) {
        var settings = new ShareSettingsStore(jdbi, new ShareImage(assets.url("share-image.png"), 1200, 630, null),
                new ShareImage(assets.url("share-logo.png"), 600, 60, null), changes);
        var counts = new ShareCounts(jdbi);
        return new Sharing(new ArticleSharing(settings, counts, baseUrl), List.of(
                new ShareSettingsRoutes(settings, library, audit, frame, html),
                new MostSharedRoutes(counts, frame, html, clock),
                new ShareRoutes(jdbi, counts, settings, baseUrl, clock)));
    }

    /** What the article page shows of sharing: its panel, and the metadata that previews the story elsewhere. */
    public ArticleSharing articleSharing() {
        return articleSharing;
    }

    public List<Routes> routes() {
        return routes;
    }
}
