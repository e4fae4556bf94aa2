package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.FeaturedImage;
import org.vistka.testing.NuChecker;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The metadata in an article page's head that makes a shared link look right: Open Graph, Twitter card, JSON-LD. */
class ArticleMetadataTest {
    private static final String BASE = "http://127.0.0.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String meta(Document page, String key) {
        var tag = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return tag == null ? null : tag.attr("content");
    }

    private static JsonNode graph(Document page, String type) throws Exception {
        assertThat(page.select("head script[type=application/ld+json]")).hasSize(1);
        JsonNode all = JSON.readTree(page.selectFirst("head script[type=application/ld+json]").data());
        for (JsonNode node : all) {
            if (node.path("@type").asText().equals(type)) {
                assertThat(node.path("@context").asText()).isEqualTo("https://schema.org");
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + all);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_with_an_image_names_it_with_its_size_in_open_graph_twitter_and_json_ld(TestDatabase db) throws Exception {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        long author = stories.taxonomy().addAuthor("a-" + Stories.unique(), "Iryna Bondar", "Covers rivers.");
        var story = stories.story("Ferry </script><b>returns</b> & sails").standfirst("The council voted 30 to 2.")
                .body("The hull was lifted. ![A crane over the hull](/media/crane-800.jpg)").author(author).tag("ferry").tag("Dnipro")
                .publishedAt(Instant.parse("2026-11-24T11:40:00Z")).updatedAt(Instant.parse("2026-11-24T12:02:00Z"))
                .image(new FeaturedImage("/media/ferry-1600.jpg", 1600, 900, "The ferry at its pier", "", "")).save();

        Document page = site.page(story.path());

        String url = BASE + story.path();
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("Ferry </script><b>returns</b> & sails");
        assertThat(meta(page, "og:description")).isEqualTo("The council voted 30 to 2.");
        assertThat(meta(page, "og:url")).isEqualTo(url);
        assertThat(meta(page, "og:image")).isEqualTo(BASE + "/media/ferry-1600.jpg");
        assertThat(meta(page, "og:image:width")).isEqualTo("1600");
        assertThat(meta(page, "og:image:height")).isEqualTo("900");
        assertThat(meta(page, "og:image:alt")).isEqualTo("The ferry at its pier");
        assertThat(meta(page, "article:published_time")).isEqualTo("2026-11-24T13:40:00+02:00");
        assertThat(meta(page, "article:section")).isEqualTo("News");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactlyInAnyOrder("ferry", "Dnipro")
                .isEqualTo(page.select(".tags a").eachText());
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "twitter:image")).isEqualTo(BASE + "/media/ferry-1600.jpg");

        JsonNode article = graph(page, "NewsArticle");
        assertThat(article.path("headline").asText()).isEqualTo("Ferry </script><b>returns</b> & sails");
        assertThat(page.selectFirst("head script[type=application/ld+json]").data()).doesNotContain("</script>", "<b>");
        assertThat(article.path("image").get(0).path("url").asText()).isEqualTo(BASE + "/media/ferry-1600.jpg");
        assertThat(article.path("image").get(0).path("width").asInt()).isEqualTo(1600);
        assertThat(article.path("image").get(0).path("height").asInt()).isEqualTo(900);
        assertThat(article.path("datePublished").asText()).isEqualTo("2026-11-24T13:40:00+02:00");
        assertThat(article.path("dateModified").asText()).isEqualTo("2026-11-24T14:02:00+02:00");
        assertThat(article.path("author").get(0).path("@type").asText()).isEqualTo("Person");
        assertThat(article.path("author").get(0).path("name").asText()).isEqualTo("Iryna Bondar");
        assertThat(article.path("author").get(0).path("url").asText()).matches("http://127\\.0\\.0\\.1/author/a-[0-9a-f]{8}/");
        assertThat(article.path("publisher").path("name").asText()).isEqualTo("Left Bank Courier");
        assertThat(article.path("publisher").path("logo").path("url").asText()).matches("http://127\\.0\\.0\\.1/static/share-logo\\.[0-9a-f]{10}\\.png");
        assertThat(article.path("publisher").path("logo").path("width").asInt()).isEqualTo(600);
        assertThat(article.path("publisher").path("logo").path("height").asInt()).isEqualTo(60);
        assertThat(article.path("mainEntityOfPage").path("@id").asText()).isEqualTo(url);
        assertThat(article.has("correction")).isFalse();
        JsonNode crumbs = graph(page, "BreadcrumbList").path("itemListElement");
        assertThat(crumbs).hasSize(3);
        assertThat(List.of(crumbs.get(0).path("item").asText(), crumbs.get(1).path("item").asText(), crumbs.get(2).path("item").asText()))
                .containsExactly(BASE + "/", BASE + "/section/news/", url);
        assertThat(List.of(crumbs.get(0).path("position").asInt(), crumbs.get(1).path("position").asInt(), crumbs.get(2).path("position").asInt()))
                .containsExactly(1, 2, 3);
        assertThat(crumbs.get(2).path("name").asText()).isEqualTo("Ferry </script><b>returns</b> & sails");
        assertThat(NuChecker.errors(site.get(story.path()).body())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_without_an_image_or_byline_shows_the_default_image_and_the_newsroom_as_author(TestDatabase db) throws Exception {
        TestSite site = TestSite.shared(db);
        var story = site.stories().story("A short notice").standfirst("").save();

        Document page = site.page(story.path());

        String image = meta(page, "og:image");
        assertThat(image).matches("http://127\\.0\\.0\\.1/static/share-image\\.[0-9a-f]{10}\\.png");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "og:description")).isEqualTo("A short notice");
        assertThat(site.getBytes(image.substring(BASE.length())).headers().firstValue("Content-Type")).hasValue("image/png");
        JsonNode article = graph(page, "NewsArticle");
        assertThat(article.path("image").get(0).path("url").asText()).isEqualTo(image);
        assertThat(article.path("author").get(0).path("name").asText()).isEqualTo("Left Bank Courier");
        assertThat(article.path("author").get(0).path("url").asText()).isEqualTo(BASE + "/");
        assertThat(article.path("datePublished").asText()).isEqualTo("2026-11-20T12:00:00+02:00");
        assertThat(java.time.OffsetDateTime.parse(article.path("dateModified").asText()).toInstant())
                .isAfterOrEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_correction_shows_as_a_correction_comment(TestDatabase db) throws Exception {
        TestSite site = TestSite.shared(db);
        var story = site.stories().story("A corrected story").bylined()
                .correction(Instant.parse("2026-11-24T13:10:00Z"), "An earlier version gave the wrong date of the vote.").save();

        JsonNode correction = graph(site.page(story.path()), "NewsArticle").path("correction");

        assertThat(correction).hasSize(1);
        assertThat(correction.get(0).path("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(correction.get(0).path("text").asText()).isEqualTo("An earlier version gave the wrong date of the vote.");
        assertThat(correction.get(0).path("datePublished").asText()).isEqualTo("2026-11-24T15:10:00+02:00");
    }
}
