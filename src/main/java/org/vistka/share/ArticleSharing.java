package org.vistka.share;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.vistka.article.Article;
import org.vistka.article.BodyPart;
import org.vistka.settings.SiteSettings;

/**
 * What sharing adds to an article page: the share panel with its counts, a pin link over every image (while Pinterest
 * is one of the newsroom's networks), and the metadata for the page's head. Reads the share settings and the story's counts: two statements, whatever the story
 * holds. Thread-safe.
 */
public final class ArticleSharing {
    private final ShareSettingsStore settings;
    private final ShareCounts counts;
    private final ArticleMetadata metadata = new ArticleMetadata();
    private final Supplier<String> baseUrl;

    public ArticleSharing(ShareSettingsStore settings, ShareCounts counts, Supplier<String> baseUrl) {
        this.settings = settings;
        this.counts = counts;
        this.baseUrl = baseUrl;
    }

    /** The page's sharing parts; the story comes back with a pin link over each image of its body. */
    public Shared of(Article article, SiteSettings site) {
        ShareSettings s = settings.load();
        String base = baseUrl.get();
        String url = base + article.path();
        Map<ShareNetwork, Long> shares = counts.ofStory(article.id());
        List<ShareLink> links = s.networks().stream().map(network -> new ShareLink(network,
                network.counted() ? ShareRoutes.link(network, article.id()) : url,
                s.shows(shares.getOrDefault(network, 0L)) ? number(shares.get(network)) : null)).toList();
        long total = shares.values().stream().mapToLong(Long::longValue).sum();
        boolean pins = s.networks().contains(ShareNetwork.PINTEREST);
        SharePanel panel = links.isEmpty() ? null : new SharePanel(article.id(), url, article.title(), links, s.floating(),
                s.shows(total) ? number(total) + (total == 1 ? " share" : " shares") : null,
                pins && article.image() != null ? ShareRoutes.pinLink(article.id(), 0) : null);
        return new Shared(pins ? withPinLinks(article) : article, panel, metadata.of(article, site, s, base));
    }

    private static Article withPinLinks(Article article) {
        List<BodyPart> parts = new ArrayList<>();
        int images = 0;
        for (BodyPart part : article.body()) {
            if (part.isSeeAlso()) {
                parts.add(part);
                continue;
            }
            BodyImages.Pinned pinned = BodyImages.withPinLinks(part.html(), images, n -> ShareRoutes.pinLink(article.id(), n));
            images += pinned.images();
            parts.add(BodyPart.html(pinned.html()));
        }
        return article.withBody(parts);
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** The story with pin links in its body, its share panel (null when the newsroom shows no share links), and its page metadata. */
    public record Shared(Article article, SharePanel panel, PageMetadata metadata) {
    }
}
