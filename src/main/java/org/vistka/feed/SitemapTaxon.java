package org.vistka.feed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of list page a sitemap lists, each with the SQL that joins its rows ({@code x}) to their published
 * stories ({@code a}): a page is listed while it has at least one, dated by its newest story's update.
 */
enum SitemapTaxon {
    SECTIONS("sections", "/section/", "section x JOIN article a ON a.section_id = x.id"),
    TAGS("tags", "/tag/", "tag x JOIN article_tag j ON j.tag_id = x.id JOIN article a ON a.id = j.article_id"),
    AUTHORS("authors", "/author/", "author x JOIN article_author j ON j.author_id = x.id JOIN article a ON a.id = j.article_id"),
    SOURCES("sources", "/source/", "source x JOIN article_source j ON j.source_id = x.id JOIN article a ON a.id = j.article_id");

    private final String fileName;
    private final String pathPrefix;
    private final String join;

    SitemapTaxon(String fileName, String pathPrefix, String join) {
        this.fileName = fileName;
        this.pathPrefix = pathPrefix;
        this.join = join;
    }

    static Optional<SitemapTaxon> named(String fileName) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(fileName)).findFirst();
    }

    String fileName() {
        return fileName;
    }

    String path(String slug) {
        return pathPrefix + slug + "/";
    }

    String join() {
        return join;
    }
}
