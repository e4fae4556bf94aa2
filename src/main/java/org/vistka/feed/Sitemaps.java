package org.vistka.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vistka.settings.SettingsStore;
import org.vistka.settings.SiteSettings;

/**
 * The sitemap index and its files, the Google News sitemap and {@code robots.txt}, which names both. Every file keeps
 * the {@link SitemapLimits}; each is a pure function of the database (the news sitemap also of the hour, whose last
 * two days it lists). Thread-safe.
 */
final class Sitemaps {
    static final String INDEX = "/sitemap.xml";
    static final String NEWS = "/news-sitemap.xml";

    private final SitemapStore store;
    private final SettingsStore settings;
    private final SitemapLimits limits;
    private final Supplier<String> baseUrl;
    private final Clock clock;

    Sitemaps(SitemapStore store, SettingsStore settings, SitemapLimits limits, Supplier<String> baseUrl, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.limits = limits;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Every file: the months of stories, oldest first, then sections, tags, authors and sources. */
    Generated index() {
        String base = baseUrl.get();
        int perFile = limits.perFile(base);
        List<SitemapPart> parts = new ArrayList<>(store.articleParts(perFile));
        for (SitemapTaxon taxon : SitemapTaxon.values()) {
            parts.addAll(store.pageParts(taxon, perFile));
        }
        return new Generated(SitemapXml.index(parts, base), Generated.newestOf(parts.stream().map(p -> Optional.of(p.lastmod()))), Set.of());
    }

    /** The file at {@code /sitemaps/{name}}, or empty when there is no such file. */
    Optional<Generated> file(String name) {
        String base = baseUrl.get();
        return SitemapName.parse(name)
                .map(parsed -> store.urls(parsed, limits.perFile(base)))
                .filter(urls -> !urls.isEmpty())
                .map(urls -> new Generated(SitemapXml.urls(urls, base), Generated.newestOf(urls.stream().map(u -> Optional.of(u.lastmod()))), Set.of()));
    }

    /** The stories of the last two days, newest first, at most a thousand. */
    Generated news() {
        SiteSettings site = settings.site();
        List<SitemapUrl> stories = store.news(clock.instant().minus(limits.newsAge()), limits.newsStories());
        // Google News wants the ISO 639 code alone ("uk", not "uk-UA"), but for its two Chinese scripts.
        String language = site.language().toLowerCase(Locale.ROOT);
        String code = language.startsWith("zh-") ? language : language.split("-")[0];
        return new Generated(SitemapXml.news(stories, baseUrl.get(), site.name(), code),
                Generated.newestOf(stories.stream().flatMap(s -> Stream.of(Optional.of(s.lastmod()), Optional.of(s.published())))), Set.of());
    }

    /** Keeps crawlers out of the newsroom and tells them where both sitemaps are. */
    Generated robots() {
        String base = baseUrl.get();
        String text = "User-agent: *\nDisallow: /newsroom/\n\nSitemap: " + base + INDEX + "\nSitemap: " + base + NEWS + "\n";
        return new Generated(text.getBytes(StandardCharsets.UTF_8), null, Set.of());
    }
}
