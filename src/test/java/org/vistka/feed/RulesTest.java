package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feed feature's plain rules: absolute links in feed HTML and the names of sitemap files. */
class RulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<a href=\"/tag/kyiv/\">Kyiv</a>|<a href=\"https://news.example/tag/kyiv/\">Kyiv</a>",
            "<img src=\"/media/a-800.jpg\" alt=\"\">|<img src=\"https://news.example/media/a-800.jpg\" alt=\"\">",
            "<a href=\"//evil.example/\">x</a>|<a href=\"//evil.example/\">x</a>",
            "<a href=\"/\\evil.example/\">x</a>|<a href=\"/\\evil.example/\">x</a>",
            "<a href=\"https://other.example/a\">x</a>|<a href=\"https://other.example/a\">x</a>",
            "<p>href=\"/not-an-attribute/\"</p>|<p>href=\"/not-an-attribute/\"</p>",
            "<a title=\"x\" href=\"/a/\">a</a>|<a title=\"x\" href=\"https://news.example/a/\">a</a>"})
    void site_relative_addresses_become_absolute_and_nothing_else_changes(String html, String expected) {
        assertThat(AbsoluteLinks.in(html, "https://news.example")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "articles-2026-11.xml, 2026-11, 1, /sitemaps/articles-2026-11.xml",
            "articles-2026-11-2.xml, 2026-11, 2, /sitemaps/articles-2026-11-2.xml",
            "tags.xml, none, 1, /sitemaps/tags.xml",
            "authors-12.xml, none, 12, /sitemaps/authors-12.xml"})
    void sitemap_names_are_read_and_written_alike(String file, String month, int part, String path) {
        SitemapName name = SitemapName.parse(file).orElseThrow();

        assertThat(name.month()).isEqualTo(month == null ? null : YearMonth.parse(month));
        assertThat(name.part()).isEqualTo(part);
        assertThat(name.path()).isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource({"articles-2026-13.xml", "articles-2026-00.xml", "articles-0000-01.xml", "articles-2026-11-1.xml", "articles-2026-11-01.xml",
            "articles-2026-11-1234567.xml", "tags-1.xml", "tags-0.xml", "news.xml", "Tags.xml", "tags.XML", "tags.xml/", "../tags.xml",
            "articles-2026-1.xml", "articles--2026-11.xml", "sections.xml.gz", "' '"})
    void anything_else_names_no_file(String file) {
        assertThat(SitemapName.parse(file)).isEqualTo(Optional.empty());
    }
}
