package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.ArticleStore;
import org.vistka.article.FeaturedImage;
import org.vistka.article.Listing;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The story feeds in RSS and Atom, parsed by Rome and checked against the stories they follow, on both databases. */
class StoryFeedTest {
    private TestSite site;

    @AfterEach
    void restoreSettings() {
        if (site != null) {
            new FeedSettingsStore(site.jdbi(), site.changes()).save(FeedSettings.DEFAULTS);
        }
    }

    /** A section with an author, a source and a tag of its own, and three stories in it. */
    private record Corner(String unique, String section, String tag, String author, String source, List<Stories.Saved> stories, FeaturedImage image) {
    }

    private Corner corner(TestDatabase db) {
        site = TestSite.shared(db);
        Stories stories = site.stories();
        String unique = Stories.unique();
        long section = stories.newSection("Rivers " + unique);
        long author = stories.taxonomy().addAuthor("writer-" + unique, "Iryna Koval " + unique, "Writes about rivers.");
        long source = stories.taxonomy().addSource("gazette-" + unique, "River Gazette " + unique, "https://river-gazette.example/");
        FeaturedImage image = FeedFixture.image(site, 12_345);
        var first = stories.story("Ferry timetable returns " + unique).section(section).author(author).tag("ferries " + unique)
                .publishedAt(Instant.parse("2026-11-18T08:00:00Z")).save();
        var second = stories.story("Ice on the Desna " + unique).section(section).author(author).source(source).tag("ferries " + unique)
                .image(image).body("The ice came early. See [the timetable](/tag/ferries-" + unique + "/).")
                .correction(Instant.parse("2026-11-19T12:00:00Z"), "An earlier version gave the wrong river.")
                .publishedAt(Instant.parse("2026-11-19T09:30:00Z")).updatedAt(Instant.parse("2026-11-19T12:00:00Z")).save();
        var third = stories.story("Summer crossing ends " + unique).section(section).bylined()
                .publishedAt(Instant.parse("2026-07-10T06:00:00Z")).save();
        String sectionSlug = site.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM section WHERE id = :id").bind("id", section)
                .mapTo(String.class).one());
        return new Corner(unique, "/section/" + sectionSlug + "/", "/tag/ferries-" + unique + "/", "/author/writer-" + unique + "/",
                "/source/gazette-" + unique + "/", List.of(second, first, third), image);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void section_feeds_list_its_stories_newest_first_with_links_bylines_categories_and_the_image(TestDatabase db) throws Exception {
        Corner corner = corner(db);

        for (FeedFormat format : FeedFormat.values()) {
            SyndFeed feed = FeedFixture.parse(site, format.path(corner.section() + "feed/"), format.mediaType());

            assertThat(feed.getTitle()).startsWith("Left Bank Courier: Rivers ");
            assertThat(feed.getLanguage()).isEqualTo("en");
            assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
                    .containsExactlyElementsOf(corner.stories().stream().map(s -> FeedFixture.BASE + s.path()).toList());
            SyndEntry iced = feed.getEntries().getFirst();
            assertThat(iced.getTitle()).startsWith("Ice on the Desna");
            assertThat(iced.getUri()).isEqualTo(FeedFixture.BASE + "/?p=" + corner.stories().getFirst().id());
            assertThat(iced.getPublishedDate().toInstant()).isEqualTo("2026-11-19T09:30:00Z");
            assertThat(iced.getAuthors().isEmpty() ? iced.getAuthor() : iced.getAuthors().getFirst().getName()).startsWith("Iryna Koval");
            assertThat(iced.getCategories()).extracting(SyndCategory::getName).containsExactly("Rivers " + corner.unique(), "ferries " + corner.unique());
            assertThat(iced.getDescription().getValue()).contains("Correction (19 November 2026, 14:00, Kyiv time):</strong> An earlier version gave the wrong river.");
            assertThat(iced.getEnclosures()).singleElement().satisfies(enclosure -> {
                assertThat(enclosure.getUrl()).isEqualTo(FeedFixture.BASE + corner.image().url());
                assertThat(enclosure.getType()).isEqualTo("image/jpeg");
                assertThat(enclosure.getLength()).isEqualTo(Files.size(FeedFixture.media(site, corner.image()))).isEqualTo(12_345);
            });
            assertThat(iced.getContents()).as("the summary is the default").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rss_items_carry_a_guid_and_kyiv_dates_and_atom_entries_an_id_updated_time_and_author(TestDatabase db) {
        Corner corner = corner(db);

        String rss = site.get(corner.section() + "feed/").body();
        String atom = site.get(corner.section() + "feed/atom/").body();

        assertThat(rss).contains("<guid isPermaLink=\"false\">" + FeedFixture.BASE + "/?p=" + corner.stories().getFirst().id() + "</guid>")
                .contains("<pubDate>Thu, 19 Nov 2026 11:30:00 +0200</pubDate>")
                .contains("<pubDate>Fri, 10 Jul 2026 09:00:00 +0300</pubDate>")
                .contains("<dc:creator>Iryna Koval");
        assertThat(atom).contains("<updated>2026-11-19T14:00:00+02:00</updated>").contains("<published>2026-11-19T11:30:00+02:00</published>")
                .contains("<id>" + FeedFixture.BASE + "/?p=" + corner.stories().getFirst().id() + "</id>")
                .contains("<id>" + FeedFixture.BASE + corner.section() + "feed/atom/</id>")
                .contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + FeedFixture.BASE + corner.section() + "feed/atom/\"");
        assertThat(List.of(atom.split("<entry>")).subList(1, 4)).allSatisfy(entry -> assertThat(entry).contains("<author>", "<name>", "<id>", "<updated>"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tag_author_source_and_site_feeds_hold_their_stories_and_unknown_ones_are_not_found(TestDatabase db) {
        Corner corner = corner(db);
        String iced = FeedFixture.BASE + corner.stories().getFirst().path();

        for (String page : List.of(corner.tag(), corner.author(), corner.source())) {
            for (FeedFormat format : FeedFormat.values()) {
                SyndFeed feed = FeedFixture.parse(site, format.path(page + "feed/"), format.mediaType());
                assertThat(feed.getEntries()).extracting(SyndEntry::getLink).as(page).contains(iced);
            }
        }
        List<String> newest = new ArticleStore(site.jdbi()).list(Listing.ALL, 0, 0, FeedSettings.DEFAULTS.items()).stream()
                .map(story -> FeedFixture.BASE + story.path()).toList();
        assertThat(FeedFixture.parse(site, "/feed/", "application/rss+xml").getEntries()).extracting(SyndEntry::getLink)
                .as("the site feed holds the newest stories of every section").containsExactlyElementsOf(newest);
        assertThat(FeedFixture.parse(site, corner.source() + "feed/", "application/rss+xml").getEntries()).hasSize(1);
        for (String missing : List.of("/section/no-such-section/feed/", "/tag/nothing-here/feed/atom/", "/author/nobody/feed/",
                "/source/nowhere/feed/atom/", "/2026/11/19/no-such-story/feed/", "/2026/11/19/Bad_Slug/feed/")) {
            assertThat(site.get(missing).statusCode()).as(missing).isEqualTo(404);
        }
        assertThat(site.get("/feed").statusCode()).isEqualTo(301);
        assertThat(site.get("/feed").headers().firstValue("Location")).hasValue("/feed/");
        assertThat(site.get(corner.section() + "feed/atom").headers().firstValue("Location")).hasValue(corner.section() + "feed/atom/");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_full_text_setting_puts_the_whole_story_with_absolute_links_and_its_image_in_the_feed(TestDatabase db) {
        Corner corner = corner(db);
        new FeedSettingsStore(site.jdbi(), site.changes()).save(new FeedSettings(true, 2));

        for (FeedFormat format : FeedFormat.values()) {
            SyndFeed feed = FeedFixture.parse(site, format.path(corner.section() + "feed/"), format.mediaType());

            assertThat(feed.getEntries()).hasSize(2);
            String full = feed.getEntries().getFirst().getContents().getFirst().getValue();
            assertThat(full).contains("<img src=\"" + FeedFixture.BASE + corner.image().url() + "\"")
                    .contains("The ice came early.").contains("href=\"" + FeedFixture.BASE + corner.tag() + "\"")
                    .contains("An earlier version gave the wrong river.").doesNotContain("href=\"/");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_feed_reads_the_same_few_statements_whatever_the_number_of_stories(TestDatabase db) {
        Corner corner = corner(db);
        Stories stories = site.stories();
        long crowded = stories.newSection("Crowded");
        for (int i = 0; i < 15; i++) {
            stories.story("Crowded story " + i).section(crowded).bylined().tag("crowd").tag("river " + i)
                    .correction(Instant.parse("2026-11-19T12:00:00Z"), "Fixed " + i).publishedAt(FeedFixture.hoursAgo(i)).save();
        }
        String crowdedPath = stories.taxonomy().sections().stream().filter(s -> s.id() == crowded).findFirst().orElseThrow().path();

        long few = site.statementsFor(corner.source() + "feed/");
        long many = site.statementsFor(crowdedPath + "feed/");

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(12);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_page_announces_the_site_feeds_and_list_and_story_pages_their_own(TestDatabase db) {
        Corner corner = corner(db);
        String story = corner.stories().getFirst().path();

        for (String page : List.of("/", corner.section(), corner.tag(), corner.author(), corner.source(), story, "/search/?q=ferry")) {
            Document document = site.page(page);
            List<String> feeds = document.select("head link[rel=alternate]").eachAttr("href");
            assertThat(feeds).as(page).startsWith("/feed/", "/feed/atom/", "/comments/feed/");
            assertThat(document.select("head link[rel=alternate][type=application/atom+xml]")).isNotEmpty();
            if (!page.equals("/") && !page.startsWith("/search/")) {
                assertThat(feeds).as(page).contains(page + "feed/", page + "feed/atom/");
            }
            feeds.forEach(feed -> assertThat(site.get(feed).statusCode()).as(feed).isEqualTo(200));
        }
    }
}
