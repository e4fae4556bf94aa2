package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema judges pass a good Atom feed and good sitemaps, and each fails a broken one with the error that breaks it. */
class FeedSchemaTest {
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
              <title>River Gazette</title>
              <link href="https://river.example/"/>
              <updated>2026-11-19T11:30:00+02:00</updated>
              <author><name>The desk</name></author>
              <id>https://river.example/feed/atom/</id>
              <entry>
                <title type="html">Ferry &amp;amp; bus</title>
                <link rel="alternate" type="text/html" href="https://river.example/ferry/"/>
                <id>https://river.example/?p=7</id>
                <updated>2026-11-19T11:30:00+02:00</updated>
                <summary>The ferry runs again.</summary>
              </entry>
            </feed>
            """;
    private static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://river.example/sitemaps/tags.xml</loc><lastmod>2026-11-19T11:30:00+02:00</lastmod></sitemap>
            </sitemapindex>
            """;
    private static final String URLS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://river.example/ferry/</loc><lastmod>2026-11-19T11:30:00+02:00</lastmod></url>
            </urlset>
            """;
    private static final String NEWS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://river.example/ferry/</loc><news:news><news:publication><news:name>River Gazette</news:name>\
            <news:language>uk</news:language></news:publication><news:publication_date>2026-11-19T11:30:00+02:00</news:publication_date>\
            <news:title>Ferry returns</news:title></news:news></url>
            </urlset>
            """;

    private static List<String> atom(String document) {
        return AtomSchema.errors(document.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> index(String document) {
        return SitemapSchemas.index(document.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> urls(String document) {
        return SitemapSchemas.urlSet(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void good_documents_pass_their_schemas() {
        assertThat(atom(ATOM)).isEmpty();
        assertThat(index(INDEX)).isEmpty();
        assertThat(urls(URLS)).isEmpty();
        assertThat(urls(NEWS)).isEmpty();
    }

    static Stream<Arguments> brokenAtom() {
        return Stream.of(
                Arguments.of("an entry without its id", ATOM.replace("<id>https://river.example/?p=7</id>", ""), "Element “entry” is missing required child element “id”."),
                Arguments.of("an entry without its updated time", ATOM.replace("<updated>2026-11-19T11:30:00+02:00</updated>\n    <summary>",
                        "<summary>"), "Element “entry” is missing required child element “updated”."),
                Arguments.of("a feed in Atom 0.3's namespace", ATOM.replace("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"),
                        "Element “feed” not allowed in this context."),
                Arguments.of("a time in RSS's form", ATOM.replace("<updated>2026-11-19T11:30:00+02:00</updated>\n  <author>",
                        "<updated>Thu, 19 Nov 2026 11:30:00 +0200</updated>\n  <author>"), "Bad character content “Thu, 19 Nov 2026 11:30:00 +0200” for element “updated”."),
                Arguments.of("a link without href", ATOM.replace("<link href=\"https://river.example/\"/>", "<link/>"),
                        "Element “link” is missing required attribute “href”."),
                Arguments.of("two titles", ATOM.replace("<title>River Gazette</title>", "<title>A</title><title>B</title>"),
                        "Element “title” not allowed as child of element “feed”"),
                Arguments.of("a text type Atom does not know", ATOM.replace("<title type=\"html\">", "<title type=\"markdown\">"),
                        "Bad value “markdown” for attribute “type” on element “title”."),
                Arguments.of("a language tag with an underscore", ATOM.replace("xml:lang=\"uk\"", "xml:lang=\"uk_UA\""),
                        "Bad value “uk_UA” for attribute “lang” on element “feed”."),
                Arguments.of("an entry with no author in a feed with none", ATOM.replace("<author><name>The desk</name></author>", ""),
                        "An atom:entry must have an atom:author if its feed does not."),
                Arguments.of("an entry with neither an alternate link nor content", ATOM.replace("rel=\"alternate\"", "rel=\"related\""),
                        "at least one atom:link element with a rel attribute of 'alternate'"),
                Arguments.of("a document that is not well-formed", ATOM.replace("</entry>", ""), "(fatal)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAtom")
    void the_atom_schema_fails_a_broken_feed(String broken, String document, String error) {
        assertThat(atom(document)).as(broken).anySatisfy(found -> assertThat(found).contains(error));
    }

    static Stream<Arguments> brokenSitemaps() {
        Function<String, List<String>> index = FeedSchemaTest::index;
        Function<String, List<String>> urls = FeedSchemaTest::urls;
        return Stream.of(
                Arguments.of("an index file without its address", index, INDEX.replace("<loc>https://river.example/sitemaps/tags.xml</loc>", ""),
                        "lastmod"),
                Arguments.of("an index dated in RSS's form", index, INDEX.replace("2026-11-19T11:30:00+02:00", "Thu, 19 Nov 2026 11:30:00 +0200"),
                        "Thu, 19 Nov 2026"),
                Arguments.of("an index in another namespace", index, INDEX.replace("sitemap/0.9", "sitemap/0.84"), "sitemapindex"),
                Arguments.of("a url set judged as an index", index, URLS, "urlset"),
                Arguments.of("an empty url set", urls, URLS.replaceAll("<url>.*</url>\n", ""), "urlset"),
                Arguments.of("an address too short to be absolute", urls, URLS.replace("https://river.example/ferry/", "/ferry/"), "/ferry/"),
                Arguments.of("a time without its zone's colon", urls, URLS.replace("+02:00", "+0200"), "2026-11-19T11:30:00+0200"),
                Arguments.of("a change frequency the protocol does not know", urls,
                        URLS.replace("</lastmod>", "</lastmod><changefreq>sometimes</changefreq>"), "sometimes"),
                Arguments.of("a priority above one", urls, URLS.replace("</lastmod>", "</lastmod><priority>1.5</priority>"), "1.5"),
                Arguments.of("a news story without its publication", urls, NEWS.replaceAll("<news:publication>.*</news:publication>", ""),
                        "sitemap-news/0.9\":publication}' is expected"),
                Arguments.of("a news language with a region", urls, NEWS.replace(">uk<", ">uk-UA<"), "uk-UA"),
                Arguments.of("a news date that is not a date", urls, NEWS.replace(">2026-11-19T11:30:00+02:00<", ">yesterday<"), "yesterday"),
                Arguments.of("a news story without its title", urls, NEWS.replace("<news:title>Ferry returns</news:title>", ""), "sitemap-news/0.9\":title}' is expected"),
                Arguments.of("a news element Google does not define", urls, NEWS.replace("<news:title>", "<news:headline>x</news:headline><news:title>"),
                        "sitemap-news/0.9\":headline}'"),
                Arguments.of("an extension no schema here defines", urls, URLS.replace("</lastmod>", "</lastmod><x:y xmlns:x=\"urn:x\">z</x:y>"),
                        "x:y"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSitemaps")
    void each_sitemap_schema_fails_a_broken_sitemap(String broken, Function<String, List<String>> judge, String document, String error) {
        assertThat(judge.apply(document)).as(broken).anySatisfy(found -> assertThat(found).contains(error));
    }
}
