package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The comment feeds of the site and of each story: approved comments only, names as text, never an email. */
class CommentFeedTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_feed_holds_its_approved_comments_newest_first_with_names_as_text_and_no_email(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        String unique = Stories.unique();
        var story = site.stories().story("Bridge repairs begin " + unique).bylined().publishedAt(Instant.parse("2026-11-19T09:00:00Z")).save();
        FeedFixture.comment(site, story.id(), "approved", "Ira <b>Bold</b>", "ira.reader@mail.example", "<p>First, with <a href=\"/tag/kyiv/\">a link</a>.</p>",
                Instant.parse("2026-11-19T10:00:00Z"));
        FeedFixture.comment(site, story.id(), "approved", "Petro", "petro@mail.example", "<p>Second " + unique + ".</p>", Instant.parse("2026-11-19T11:00:00Z"));
        FeedFixture.comment(site, story.id(), "pending", "Held Writer", "held@mail.example", "<p>Still held.</p>", Instant.parse("2026-11-19T12:00:00Z"));
        FeedFixture.comment(site, story.id(), "spam", "Spammer", "spam@mail.example", "<p>Buy now.</p>", Instant.parse("2026-11-19T12:30:00Z"));

        for (FeedFormat format : FeedFormat.values()) {
            String path = format.path(story.path() + "feed/");
            String raw = site.get(path).body();
            SyndFeed feed = FeedFixture.parse(site, path, format.mediaType());

            assertThat(feed.getTitle()).isEqualTo("Left Bank Courier: comments on “Bridge repairs begin " + unique + "”");
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("By: Petro", "By: Ira <b>Bold</b>");
            SyndEntry ira = feed.getEntries().get(1);
            assertThat(ira.getLink()).startsWith(FeedFixture.BASE + story.path() + "#comment-");
            assertThat(ira.getUri()).as("an id that outlives a change of the story's address")
                    .isEqualTo(FeedFixture.BASE + "/?p=" + story.id() + ira.getLink().substring(ira.getLink().indexOf('#')));
            assertThat(ira.getDescription().getValue()).contains("href=\"" + FeedFixture.BASE + "/tag/kyiv/\"");
            assertThat(raw).doesNotContain("@mail.example", "Still held", "Buy now", "writer.example", "<b>Bold</b>");
        }
        assertThat(site.page(story.path()).select("head link[rel=alternate]").eachAttr("href")).contains(story.path() + "feed/");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_site_comment_feed_names_each_story_and_a_story_at_the_wrong_date_is_sent_to_its_feed(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        String unique = Stories.unique();
        var story = site.stories().story("Market hall reopens " + unique).bylined().publishedAt(Instant.parse("2026-11-19T09:00:00Z")).save();
        FeedFixture.comment(site, story.id(), "approved", "Olha", "olha@mail.example", "<p>Finally " + unique + ".</p>", Instant.now());

        SyndFeed feed = FeedFixture.parse(site, "/comments/feed/", "application/rss+xml");
        var wrongDate = site.get("/2026/01/01/" + story.slug() + "/feed/atom/");

        assertThat(feed.getEntries()).filteredOn(entry -> entry.getDescription().getValue().contains("Finally " + unique))
                .singleElement().extracting(SyndEntry::getTitle).isEqualTo("Comment on “Market hall reopens " + unique + "” by Olha");
        assertThat(wrongDate.statusCode()).isEqualTo(301);
        assertThat(wrongDate.headers().firstValue("Location")).hasValue(story.path() + "feed/atom/");
        assertThat(FeedFixture.parse(site, "/comments/feed/atom/", "application/atom+xml").getEntries()).isNotEmpty();
    }
}
