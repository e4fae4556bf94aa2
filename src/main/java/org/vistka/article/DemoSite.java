package org.vistka.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.web.KyivTime;
import org.vistka.settings.SettingsStore;

/**
 * Fills an empty database with a small demo newsroom (three sections, three authors, seventeen stories with
 * See-also links, video and photo stories, cited sources and a correction) so a new install shows a whole site.
 * Does nothing when the database already holds stories, so starting twice changes nothing.
 */
public final class DemoSite {
    private static final Logger log = LoggerFactory.getLogger(DemoSite.class);
    private static final String ROOT = "/org/vistka/article/demo/";
    private static final Pattern SEE_ALSO_BY_SLUG = Pattern.compile("\\{\\{see-also ([a-z0-9-]+)}}");

    private final Jdbi jdbi;
    private final TaxonomyStore taxonomy;
    private final ArticleWriter writer;
    private final SettingsStore settings;
    private final DemoImages images;

    public DemoSite(Jdbi jdbi, TaxonomyStore taxonomy, ArticleWriter writer, SettingsStore settings, DemoImages images) {
        this.jdbi = jdbi;
        this.taxonomy = taxonomy;
        this.writer = writer;
        this.settings = settings;
        this.images = images;
    }

    /** Loads the demo site unless the database already has sections or stories; returns whether it loaded. */
    public boolean loadIfEmpty() {
        long existing = jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM article) + (SELECT COUNT(*) FROM section)")
                .mapTo(Long.class).one());
        if (existing > 0) {
            return false;
        }
        DemoContent content = read();
        settings.saveSite(settings.site().withNameAndTagline("Left Bank Courier", "Independent news from Ukraine, in English"));
        Map<String, Long> sections = new HashMap<>();
        for (int i = 0; i < content.sections().size(); i++) {
            DemoContent.SectionEntry s = content.sections().get(i);
            sections.put(s.slug(), taxonomy.addSection(s.slug(), s.name(), s.description(), i));
        }
        Map<String, Long> authors = new HashMap<>();
        content.authors().forEach(a -> authors.put(a.slug(), taxonomy.addAuthor(a.slug(), a.name(), a.bio())));
        Map<String, Long> sources = new HashMap<>();
        content.sources().forEach(s -> sources.put(s.slug(), taxonomy.addSource(s.slug(), s.name(), s.homeUrl())));
        Map<String, Long> articles = new HashMap<>();
        content.articles().stream().sorted(Comparator.comparing(DemoContent.ArticleEntry::publishedAt)).forEach(a ->
                articles.put(a.slug(), writer.create(toNewArticle(a, sections, authors, sources, articles))));
        log.info("event=demo-loaded sections={} authors={} articles={}", sections.size(), authors.size(), articles.size());
        return true;
    }

    private NewArticle toNewArticle(DemoContent.ArticleEntry a, Map<String, Long> sections, Map<String, Long> authors,
                                    Map<String, Long> sources, Map<String, Long> articles) {
        FeaturedImage image = a.image() == null ? null
                : images.create(a.slug(), a.image().alt(), a.image().caption(), a.image().credit());
        List<Long> tagIds = a.tags().stream().map(taxonomy::tagNamed).toList();
        List<Correction> corrections = a.corrections().stream()
                .map(c -> new Correction(kyiv(c.at()), c.text())).toList();
        return new NewArticle(a.slug(), a.title(), a.standfirst(), withIds(text("articles/" + a.body()), articles),
                ArticleStatus.PUBLISHED, sections.get(a.section()), MediaKind.valueOf(a.mediaKind().toUpperCase()),
                kyiv(a.publishedAt()), a.updatedAt() == null ? kyiv(a.publishedAt()) : kyiv(a.updatedAt()), image, true,
                a.authors().stream().map(authors::get).toList(), tagIds,
                a.sources().stream().map(sources::get).toList(), corrections);
    }

    /** The demo bodies name See-also stories by slug, since ids exist only once stored; stories load oldest first. */
    private static String withIds(String body, Map<String, Long> articles) {
        Matcher matcher = SEE_ALSO_BY_SLUG.matcher(body);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Long id = articles.get(matcher.group(1));
            if (id == null) {
                throw new IllegalStateException("demo story names an unknown or later story: " + matcher.group(1));
            }
            matcher.appendReplacement(result, "{{see-also " + id + "}}");
        }
        return matcher.appendTail(result).toString();
    }

    private static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KyivTime.ZONE).toInstant();
    }

    private static DemoContent read() {
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(text("site.json"), DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        try (InputStream in = DemoSite.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
