package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.settings.SettingsStore;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The sitemap index and its files, the news sitemap, robots.txt, and the protocol's limits, on both databases. */
class SitemapTest {

    private static Document xml(byte[] bytes) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Document xml(TestSite site, String path) {
        var response = site.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/xml; charset=utf-8");
        return xml(response.body());
    }

    private static List<String> texts(Document document, String namespace, String name) {
        var nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Each {@code <loc>} of a urlset with its {@code <lastmod>}. */
    private static Map<String, String> lastmods(Document document) {
        var urls = document.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "url");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            list.add((Element) urls.item(i));
        }
        return list.stream().collect(Collectors.toMap(e -> e.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "loc").item(0).getTextContent(),
                e -> e.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "lastmod").item(0).getTextContent()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_index_lists_monthly_story_files_and_list_pages_each_dated_by_the_real_update(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        String unique = Stories.unique();
        var edited = site.stories().story("Archive story " + unique).bylined().tag("archive " + unique)
                .publishedAt(Instant.parse("2025-03-31T21:30:00Z")).updatedAt(Instant.parse("2026-01-05T09:15:00Z")).save();

        Document index = xml(site, "/sitemap.xml");
        List<String> files = texts(index, SitemapXml.SITEMAP_NS, "loc");
        Map<String, String> all = new java.util.HashMap<>();
        for (String file : files) {
            all.putAll(lastmods(xml(site, file.substring(FeedFixture.BASE.length()))));
        }

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(files).contains(FeedFixture.BASE + "/sitemaps/articles-2025-04.xml", FeedFixture.BASE + "/sitemaps/articles-2026-11.xml",
                FeedFixture.BASE + "/sitemaps/sections.xml", FeedFixture.BASE + "/sitemaps/tags.xml", FeedFixture.BASE + "/sitemaps/authors.xml",
                FeedFixture.BASE + "/sitemaps/sources.xml");
        assertThat(all).containsEntry(FeedFixture.BASE + edited.path(), "2026-01-05T11:15:00+02:00")
                .containsEntry(FeedFixture.BASE + "/tag/archive-" + unique + "/", "2026-01-05T11:15:00+02:00")
                .containsEntry(FeedFixture.BASE + "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/", "2026-11-24T13:40:00+02:00")
                .containsKey(FeedFixture.BASE + "/section/news/").containsKey(FeedFixture.BASE + "/author/olena-marchuk/");
        assertThat(edited.path()).startsWith("/2025/04/01/");
        assertThat(all.keySet()).allSatisfy(loc -> assertThat(site.get(loc.substring(FeedFixture.BASE.length())).statusCode()).as(loc).isEqualTo(200));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_news_sitemap_lists_the_last_two_days_with_publication_language_and_title(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Instant now = Instant.now();
        var fresh = site.stories().story("Fresh & <urgent> news").bylined().publishedAt(now.minus(Duration.ofHours(5))).save();
        var old = site.stories().story("Three days old").bylined().publishedAt(now.minus(Duration.ofDays(3))).save();

        Document news = xml(site, "/news-sitemap.xml");
        List<String> locs = texts(news, SitemapXml.SITEMAP_NS, "loc");

        assertThat(locs).contains(FeedFixture.BASE + fresh.path()).doesNotContain(FeedFixture.BASE + old.path());
        assertThat(texts(news, SitemapXml.NEWS_NS, "title")).contains("Fresh & <urgent> news");
        assertThat(texts(news, SitemapXml.NEWS_NS, "name")).containsOnly(new SettingsStore(site.jdbi(), site.changes()).site().name());
        assertThat(texts(news, SitemapXml.NEWS_NS, "language")).containsOnly("en");
        assertThat(texts(news, SitemapXml.NEWS_NS, "publication_date")).allMatch(date -> date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[23]:00"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void robots_txt_keeps_crawlers_out_of_the_newsroom_and_names_both_sitemaps(TestDatabase db) {
        var robots = TestSite.shared(db).get("/robots.txt");

        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /newsroom/", "Sitemap: " + FeedFixture.BASE + "/sitemap.xml",
                "Sitemap: " + FeedFixture.BASE + "/news-sitemap.xml");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_month_too_big_for_one_file_is_cut_into_parts_that_keep_both_limits(TestDatabase db) {
        try (TestSite site = TestSite.fresh(db, false)) {
            var stories = site.stories();
            stories.taxonomy().addSection("news", "News", "", 0);
            stories.taxonomy().addAuthor("reporter", "A Reporter", "");
            for (int i = 0; i < 7; i++) {
                stories.story("June story " + i).bylined().tag("tag " + i).publishedAt(Instant.parse("2026-06-01T08:00:00Z").plusSeconds(86_400L * i)).save();
            }
            var byCount = new Sitemaps(new SitemapStore(site.jdbi()), new SettingsStore(site.jdbi(), site.changes()),
                    new SitemapLimits(3, 50_000_000, 2, Duration.ofDays(2)), () -> FeedFixture.BASE, site.clock());
            long bytesPerFile = SitemapLimits.ENVELOPE_BYTES + 2L * (SitemapLimits.ENTRY_BYTES + 5L * FeedFixture.BASE.length() + SitemapLimits.LONGEST_PATH);
            var byBytes = new Sitemaps(new SitemapStore(site.jdbi()), new SettingsStore(site.jdbi(), site.changes()),
                    new SitemapLimits(50_000, bytesPerFile, 1_000, Duration.ofDays(2)), () -> FeedFixture.BASE, site.clock());

            List<String> countParts = texts(xml(byCount.index().bytes()), SitemapXml.SITEMAP_NS, "loc");
            List<String> byteParts = texts(xml(byBytes.index().bytes()), SitemapXml.SITEMAP_NS, "loc");

            assertThat(countParts).contains(FeedFixture.BASE + "/sitemaps/articles-2026-06.xml", FeedFixture.BASE + "/sitemaps/articles-2026-06-2.xml",
                    FeedFixture.BASE + "/sitemaps/articles-2026-06-3.xml", FeedFixture.BASE + "/sitemaps/tags-3.xml")
                    .doesNotContain(FeedFixture.BASE + "/sitemaps/articles-2026-06-4.xml");
            assertThat(byteParts).contains(FeedFixture.BASE + "/sitemaps/articles-2026-06-4.xml");
            List<String> listed = new ArrayList<>();
            for (var sitemaps : List.of(byCount, byBytes)) {
                for (String part : texts(xml(sitemaps.index().bytes()), SitemapXml.SITEMAP_NS, "loc")) {
                    byte[] file = sitemaps.file(part.substring((FeedFixture.BASE + "/sitemaps/").length())).orElseThrow().bytes();
                    List<String> locs = texts(xml(file), SitemapXml.SITEMAP_NS, "loc");
                    assertThat(locs).as(part).hasSizeBetween(1, sitemaps == byCount ? 3 : 2);
                    assertThat((long) file.length).as(part).isLessThanOrEqualTo(sitemaps == byCount ? 50_000_000 : bytesPerFile);
                    if (part.contains("articles-") && sitemaps == byCount) {
                        listed.addAll(locs);
                    }
                }
            }
            assertThat(listed).hasSize(7).doesNotHaveDuplicates();
            assertThat(byCount.file("articles-2026-06-4.xml")).isEmpty();
            assertThat(texts(xml(byCount.news().bytes()), SitemapXml.SITEMAP_NS, "loc")).hasSizeLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void odd_sitemap_names_are_not_found(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        for (String name : List.of("articles-2026-13.xml", "articles-2026-00.xml", "articles-2026-11-1.xml", "articles-2026-11-0.xml",
                "articles-1999-01.xml", "tags-1.xml", "tags-9999999.xml", "nothing.xml", "articles-2026-11.xml.gz", "..%2Fsitemap.xml",
                "TAGS.xml", "articles-2026-11-99999.xml")) {
            assertThat(site.get("/sitemaps/" + name).statusCode()).as(name).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sitemaps_read_a_fixed_number_of_statements(TestDatabase db) {
        TestSite site = TestSite.shared(db);

        assertThat(site.statementsFor("/sitemap.xml")).isLessThanOrEqualTo(7);
        assertThat(site.statementsFor("/sitemaps/articles-2026-11.xml")).isEqualTo(1);
        assertThat(site.statementsFor("/sitemaps/tags.xml")).isEqualTo(1);
        assertThat(site.statementsFor("/news-sitemap.xml")).isLessThanOrEqualTo(2);
    }

}
