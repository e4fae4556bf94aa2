package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Every feed and sitemap the site serves, judged by its published rules: Atom by RFC 4287's schema, RSS by the RSS 2.0
 * specification's rules, sitemaps by sitemaps.org's and Google News's XML Schemas; on both databases, with stories
 * whose headlines, names and comments hold markup and ampersands.
 */
class FeedValidityTest {
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private TestSite site;

    @AfterEach
    void restoreSettings() {
        if (site != null) {
            new FeedSettingsStore(site.jdbi(), site.changes()).save(FeedSettings.DEFAULTS);
        }
    }

    /** The RSS address of every kind of feed: the site's, a section's, tag's, author's, source's, and comments. */
    private List<String> feeds(TestDatabase db) {
        site = TestSite.shared(db);
        Stories stories = site.stories();
        String unique = Stories.unique();
        long section = stories.newSection("Bridges & <ferries> " + unique);
        long author = stories.taxonomy().addAuthor("judge-" + unique, "Olena \"Olya\" <Shevchuk> " + unique, "Writes & edits.");
        long source = stories.taxonomy().addSource("wire-" + unique, "Wire & Co " + unique, "https://wire.example/?a=1&b=2");
        String tag = "tolls & fees " + unique;
        var bylined = stories.story("Tolls rise < 5% & more \"soon\" " + unique).section(section).author(author).source(source)
                .tag(tag).image(FeedFixture.image(site, 2_048))
                .body("Tolls rise. See [the fees](/tag/kyiv/) & <b>more</b>.")
                .correction(Instant.parse("2026-11-19T12:00:00Z"), "An earlier version gave 6%.")
                .publishedAt(Instant.parse("2026-11-19T09:30:00Z")).updatedAt(Instant.parse("2026-11-19T12:00:00Z")).save();
        var unsigned = stories.story("A night without a byline " + unique).section(section).publishedAt(Instant.parse("2026-11-18T22:00:00Z")).save();
        FeedFixture.comment(site, bylined.id(), "approved", "Taras <i>T</i> & co", "taras@mail.example",
                "<p>Fair &amp; square, <a href=\"/tag/kyiv/\">see</a>.</p>", Instant.parse("2026-11-19T13:00:00Z"));
        String sectionPath = stories.taxonomy().sections().stream().filter(s -> s.id() == section).findFirst().orElseThrow().path();
        String tagPath = stories.taxonomy().tags(List.of(stories.taxonomy().tagNamed(tag))).getFirst().path();
        return List.of("/feed/", sectionPath + "feed/", tagPath + "feed/", "/author/judge-" + unique + "/feed/",
                "/source/wire-" + unique + "/feed/", "/comments/feed/", bylined.path() + "feed/", unsigned.path() + "feed/");
    }

    private String body(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_atom_feed_meets_the_schema_of_rfc_4287_with_summaries_and_with_full_text(TestDatabase db) {
        List<String> feeds = feeds(db);

        for (FeedSettings settings : List.of(FeedSettings.DEFAULTS, new FeedSettings(true, 5))) {
            new FeedSettingsStore(site.jdbi(), site.changes()).save(settings);
            for (String feed : feeds) {
                String atom = FeedFormat.ATOM.path(feed);
                assertThat(AtomSchema.errors(body(atom).getBytes(StandardCharsets.UTF_8))).as(atom + " with " + settings).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_rss_feed_keeps_the_rules_of_rss_2_0_with_summaries_and_with_full_text(TestDatabase db) {
        List<String> feeds = feeds(db);

        for (FeedSettings settings : List.of(FeedSettings.DEFAULTS, new FeedSettings(true, 5))) {
            new FeedSettingsStore(site.jdbi(), site.changes()).save(settings);
            for (String feed : feeds) {
                assertThat(RssRules.check(body(feed))).as(feed + " with " + settings).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_sitemap_index_every_file_it_names_and_the_news_sitemap_meet_their_published_schemas(TestDatabase db) {
        feeds(db);
        site.stories().story("Fresh & <urgent> " + Stories.unique()).bylined().publishedAt(Instant.now().minus(Duration.ofHours(3))).save();

        String index = body(Sitemaps.INDEX);
        List<String> files = new ArrayList<>();
        for (Matcher loc = LOC.matcher(index); loc.find(); ) {
            files.add(loc.group(1).substring(FeedFixture.BASE.length()));
        }

        assertThat(SitemapSchemas.index(index.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(files).hasSizeGreaterThan(5);
        files.forEach(file -> assertThat(SitemapSchemas.urlSet(body(file).getBytes(StandardCharsets.UTF_8))).as(file).isEmpty());
        assertThat(body(Sitemaps.NEWS)).contains("<news:title>Fresh &amp; &lt;urgent&gt; ");
        assertThat(SitemapSchemas.urlSet(body(Sitemaps.NEWS).getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
