package org.vistka.site;

import java.util.function.Supplier;
import org.vistka.article.TaxonomyStore;
import org.vistka.feed.FeedLink;
import org.vistka.settings.SettingsStore;
import org.vistka.settings.SiteSettings;
import org.vistka.web.Assets;
import org.vistka.web.KyivTime;

/**
 * Builds the {@link Layout} of a page: reads the site settings and the sections (two statements, whatever the
 * page) and reads the Kyiv clock. The base address is asked for per page because, with port 0, it is known
 * only once the server listens. Thread-safe.
 */
public final class SiteFrame {
    private final SettingsStore settings;
    private final TaxonomyStore taxonomy;
    private final KyivTime time;
    private final Assets assets;
    private final Supplier<String> baseUrl;

    public SiteFrame(SettingsStore settings, TaxonomyStore taxonomy, KyivTime time, Assets assets, Supplier<String> baseUrl) {
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.time = time;
        this.assets = assets;
        this.baseUrl = baseUrl;
    }

    /** The frame of the page at {@code path}; a null path means the page has no canonical address (errors). */
    public Layout layout(String title, String description, String path) {
        SiteSettings site = settings.site();
        return new Layout(title, description, path == null ? null : baseUrl.get() + path, site, taxonomy.sections(),
                time.now(), assets.url("site.css"), assets.url("clock.js"), assets.url("comment.js"),
                assets.url("share.js"), FeedLink.site(site.name()), null);
    }
}
