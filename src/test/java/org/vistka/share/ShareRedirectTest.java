package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.ArticleStatus;
import org.vistka.article.FeaturedImage;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The counting redirect behind every share link, over real HTTP, on both databases. */
class ShareRedirectTest {
    private static final String BASE = "http://127.0.0.1";
    private TestSite site;

    @AfterEach
    void resetClock() {
        if (site != null) {
            site.clock().reset();
        }
    }

    private Stories.Saved storyWithImages(String title) {
        return site.stories().story(title)
                .body("A crane lifts the hull. ![The crane over the hull](/media/crane-800.jpg)\n\nMore text.\n\n![](/media/pier-800.jpg)")
                .image(new FeaturedImage("/media/ferry-1600.jpg", 1600, 900, "The ferry at its pier", "", ""))
                .save();
    }

    private Map<String, Long> counts(long articleId) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT network, day, count FROM share_count WHERE article_id = :id")
                .bind("id", articleId)
                .map((rs, ctx) -> Map.entry(rs.getString("network") + "@" + rs.getLong("day"), rs.getLong("count")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_share_link_on_the_page_counts_once_and_sends_the_reader_to_the_network_without_a_cookie(TestDatabase db) {
        site = TestSite.shared(db);
        site.clock().set(Instant.parse("2026-11-24T21:30:00Z"));  // 23:30 in Kyiv, the 24th
        var story = storyWithImages("Ferry & crane: “repairs” start #Dnipro");
        Document page = site.page(story.path());
        SharedStory expected = new SharedStory(BASE + story.path(), "Ferry & crane: “repairs” start #Dnipro",
                BASE + "/media/ferry-1600.jpg", "The ferry at its pier");

        for (ShareNetwork network : ShareNetwork.values()) {
            if (!network.counted()) {
                continue;
            }
            String link = page.selectFirst(".share-bar a.share-" + network.key()).attr("href");
            HttpResponse<String> response = site.get(link);

            assertThat(link).isEqualTo("/share/" + network.key() + "/" + story.id() + "/");
            assertThat(response.statusCode()).as(network.key()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(network.key()).hasValue(network.address(expected));
            assertThat(response.headers().firstValue("Set-Cookie")).as(network.key()).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).as(network.key()).hasValue("no-store");
        }
        site.get("/share/telegram/" + story.id() + "/");

        long day = java.time.LocalDate.parse("2026-11-24").toEpochDay();
        assertThat(counts(story.id())).isEqualTo(Map.of("facebook@" + day, 1L, "x@" + day, 1L, "telegram@" + day, 2L,
                "whatsapp@" + day, 1L, "linkedin@" + day, 1L, "pinterest@" + day, 1L, "reddit@" + day, 1L, "email@" + day, 1L));
        assertThat(page.select(".share-bar a[href^=/share/]").eachAttr("rel")).containsOnly("nofollow noopener");
        assertThat(page.selectFirst(".share-bar a.share-copy").attr("href")).isEqualTo(BASE + story.path());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pin_links_pin_the_image_they_stand_over_and_a_story_without_one_pins_the_default_image(TestDatabase db) {
        site = TestSite.shared(db);
        var story = storyWithImages("Pins of a ferry story");
        var plain = site.stories().story("A story without pictures").save();
        Document page = site.page(story.path());

        List<String> pins = page.select("a.pin-it").eachAttr("href");
        String pier = pinterest(site.get(pins.get(2)));
        String defaultImage = pinterest(site.get("/share/pinterest/" + plain.id() + "/"));

        assertThat(pins).containsExactly("/share/pinterest/" + story.id() + "/", "/share/pinterest/" + story.id() + "/?image=1",
                "/share/pinterest/" + story.id() + "/?image=2");
        assertThat(page.selectFirst("figure.featured-image a.pin-it").text()).isEqualTo("Pin It on Pinterest");
        assertThat(pinterest(site.get(pins.get(0)))).contains("&media=" + enc(BASE + "/media/ferry-1600.jpg"))
                .endsWith("&description=" + enc("The ferry at its pier"));
        assertThat(pinterest(site.get(pins.get(1)))).contains("&media=" + enc(BASE + "/media/crane-800.jpg"))
                .endsWith("&description=" + enc("The crane over the hull"));
        assertThat(pier).contains("&media=" + enc(BASE + "/media/pier-800.jpg")).endsWith("&description=" + enc("Pins of a ferry story"));
        assertThat(defaultImage).matches(".*&media=" + java.util.regex.Pattern.quote(enc(BASE + "/static/share-image.")) + "[0-9a-f]{10}\\.png&.*")
                .endsWith("&description=" + enc("A story without pictures"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unknown_networks_stories_and_images_are_not_found_and_count_nothing(TestDatabase db) {
        site = TestSite.shared(db);
        var story = storyWithImages("A story to share");
        var draft = site.stories().story("A draft").status(ArticleStatus.DRAFT).save();

        for (String path : List.of("/share/myspace/" + story.id() + "/", "/share/copy/" + story.id() + "/",
                "/share/FACEBOOK/" + story.id() + "/", "/share/facebook/999999999/", "/share/facebook/" + draft.id() + "/",
                "/share/facebook/abc/", "/share/facebook/-1/", "/share/facebook/99999999999999999999/",
                "/share/pinterest/" + story.id() + "/?image=3", "/share/pinterest/" + story.id() + "/?image=-1",
                "/share/pinterest/" + story.id() + "/?image=https://evil.example/x.jpg")) {
            HttpResponse<String> response = site.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
        }
        assertThat(counts(story.id())).isEmpty();
        assertThat(counts(draft.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void no_parameter_changes_where_the_redirect_goes(TestDatabase db) {
        site = TestSite.shared(db);
        var story = storyWithImages("A story nobody may hijack");
        for (ShareNetwork network : List.of(ShareNetwork.FACEBOOK, ShareNetwork.EMAIL, ShareNetwork.PINTEREST)) {
            String path = "/share/" + network.key() + "/" + story.id() + "/";
            String honest = site.get(path).headers().firstValue("Location").orElseThrow();

            for (String query : List.of("?url=https://evil.example/", "?u=https://evil.example/&next=//evil.example",
                    "?redirect=https%3A%2F%2Fevil.example%2F&to=evil.example&target=javascript:alert(1)",
                    "?text=spam&title=spam&media=https://evil.example/x.jpg&description=spam", "?url=%0d%0aLocation:%20https://evil.example/")) {
                HttpResponse<String> response = site.get(path + query);

                assertThat(response.statusCode()).as(path + query).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(path + query).hasValue(honest);
            }
            assertThat(honest).doesNotContain("evil", "spam");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_browser_prefetching_a_link_is_sent_on_but_not_counted(TestDatabase db) {
        site = TestSite.shared(db);
        var story = storyWithImages("A story a browser prefetches");

        HttpResponse<String> response = site.get("/share/facebook/" + story.id() + "/", "Sec-Purpose", "prefetch");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(counts(story.id())).isEmpty();
    }

    private static String pinterest(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://www.pinterest.com/pin/create/button/?url=");
        return location;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
