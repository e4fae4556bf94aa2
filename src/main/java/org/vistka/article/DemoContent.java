package org.vistka.article;

import java.util.List;

/** The shape of the demo site's {@code site.json}. */
record DemoContent(List<SectionEntry> sections, List<AuthorEntry> authors, List<SourceEntry> sources,
                   List<ArticleEntry> articles) {

    record SectionEntry(String slug, String name, String description) {
    }

    record AuthorEntry(String slug, String name, String bio) {
    }

    record SourceEntry(String slug, String name, String homeUrl) {
    }

    record ImageEntry(String alt, String caption, String credit) {
    }

    record CorrectionEntry(String at, String text) {
    }

    record ArticleEntry(String slug, String title, String standfirst, String section, List<String> authors,
                        List<String> tags, List<String> sources, String mediaKind, String publishedAt,
                        String updatedAt, ImageEntry image, List<CorrectionEntry> corrections, String body) {
    }
}
