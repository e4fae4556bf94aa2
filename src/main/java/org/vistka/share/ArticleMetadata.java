package org.vistka.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.vistka.article.Article;
import org.vistka.article.Author;
import org.vistka.article.Correction;
import org.vistka.article.Tag;
import org.vistka.web.KyivTime;
import org.vistka.settings.SiteSettings;

/**
 * The metadata of an article page: Open Graph and Twitter card tags, and schema.org {@code NewsArticle} and
 * {@code BreadcrumbList} JSON-LD, written by Jackson. A story without a featured image shows the site's default share
 * image; every address is absolute, on the site's public base address; times are Kyiv time with their offset.
 * Thread-safe.
 */
public final class ArticleMetadata {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper json = new ObjectMapper();

    public ArticleMetadata() {
        json.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    public PageMetadata of(Article a, SiteSettings site, ShareSettings share, String baseUrl) {
        String url = baseUrl + a.path();
        Picture picture = a.image() != null
                ? new Picture(baseUrl + a.image().url(), a.image().width(), a.image().height(), a.image().alt())
                : new Picture(baseUrl + share.image().path(), share.image().width(), share.image().height(), "");
        String description = a.standfirst().isEmpty() ? a.title() : a.standfirst();
        List<PageMetadata.Tag> tags = new ArrayList<>(List.of(
                PageMetadata.Tag.property("og:site_name", site.name()),
                PageMetadata.Tag.property("og:type", "article"),
                PageMetadata.Tag.property("og:title", a.title()),
                PageMetadata.Tag.property("og:description", description),
                PageMetadata.Tag.property("og:url", url),
                PageMetadata.Tag.property("og:image", picture.url()),
                PageMetadata.Tag.property("og:image:width", String.valueOf(picture.width())),
                PageMetadata.Tag.property("og:image:height", String.valueOf(picture.height()))));
        if (!picture.alt().isEmpty()) {
            tags.add(PageMetadata.Tag.property("og:image:alt", picture.alt()));
        }
        tags.add(PageMetadata.Tag.property("article:published_time", time(a.publishedAt())));
        tags.add(PageMetadata.Tag.property("article:modified_time", time(modified(a))));
        tags.add(PageMetadata.Tag.property("article:section", a.section().name()));
        for (Tag tag : a.tags()) {
            tags.add(PageMetadata.Tag.property("article:tag", tag.name()));
        }
        tags.add(PageMetadata.Tag.name("twitter:card", "summary_large_image"));
        tags.add(PageMetadata.Tag.name("twitter:title", a.title()));
        tags.add(PageMetadata.Tag.name("twitter:description", description));
        tags.add(PageMetadata.Tag.name("twitter:image", picture.url()));
        if (!picture.alt().isEmpty()) {
            tags.add(PageMetadata.Tag.name("twitter:image:alt", picture.alt()));
        }
        ArrayNode graph = json.createArrayNode();
        graph.add(newsArticle(a, site, share, baseUrl, url, description, picture));
        graph.add(breadcrumbs(a, site, baseUrl, url));
        try {
            return new PageMetadata(tags, json.writeValueAsString(graph));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the metadata of story " + a.id(), e);
        }
    }

    private ObjectNode newsArticle(Article a, SiteSettings site, ShareSettings share, String baseUrl, String url,
                                   String description, Picture picture) {
        ObjectNode article = thing("NewsArticle");
        article.put("headline", a.title());
        article.put("description", description);
        article.putArray("image").add(image(picture.url(), picture.width(), picture.height()));
        article.put("datePublished", time(a.publishedAt()));
        article.put("dateModified", time(modified(a)));
        ArrayNode authors = article.putArray("author");
        for (Author author : a.authors()) {
            authors.addObject().put("@type", "Person").put("name", author.name()).put("url", baseUrl + author.path());
        }
        ObjectNode publisher = article.putObject("publisher").put("@type", "NewsMediaOrganization")
                .put("name", site.name()).put("url", baseUrl + "/");
        publisher.set("logo", image(baseUrl + share.logo().path(), share.logo().width(), share.logo().height()));
        if (a.authors().isEmpty()) {
            // A story without a byline is the newsroom's own.
            authors.add(publisher.deepCopy().without("logo"));
        }
        article.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        article.put("url", url);
        article.put("articleSection", a.section().name());
        if (!a.tags().isEmpty()) {
            article.put("keywords", String.join(", ", a.tags().stream().map(Tag::name).toList()));
        }
        article.put("inLanguage", site.language());
        if (!a.corrections().isEmpty()) {
            ArrayNode corrections = article.putArray("correction");
            for (Correction correction : a.corrections()) {
                corrections.addObject().put("@type", "CorrectionComment").put("text", correction.text())
                        .put("datePublished", time(correction.notedAt()));
            }
        }
        return article;
    }

    private ObjectNode breadcrumbs(Article a, SiteSettings site, String baseUrl, String url) {
        ObjectNode list = thing("BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        String[][] crumbs = {{site.name(), baseUrl + "/"}, {a.section().name(), baseUrl + a.section().path()}, {a.title(), url}};
        for (int i = 0; i < crumbs.length; i++) {
            items.addObject().put("@type", "ListItem").put("position", i + 1).put("name", crumbs[i][0]).put("item", crumbs[i][1]);
        }
        return list;
    }

    private ObjectNode thing(String type) {
        return json.createObjectNode().put("@context", "https://schema.org").put("@type", type);
    }

    private ObjectNode image(String url, int width, int height) {
        return json.createObjectNode().put("@type", "ImageObject").put("url", url).put("width", width).put("height", height);
    }

    private static Instant modified(Article a) {
        return a.updatedAt() == null || a.updatedAt().isBefore(a.publishedAt()) ? a.publishedAt() : a.updatedAt();
    }

    private static String time(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(KyivTime.ZONE).toOffsetDateTime());
    }

    private record Picture(String url, int width, int height, String alt) {
    }

    /**
     * Escapes {@code <}, {@code >} and {@code &} as {@code \u003c}-style sequences, which JSON reads as the same
     * characters, so a headline holding {@code </script>} cannot close the element the JSON stands in.
     */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
