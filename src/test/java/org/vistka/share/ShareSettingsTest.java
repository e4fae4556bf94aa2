package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.article.FeaturedImage;
import org.vistka.media.MediaLibrary;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.NuChecker;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The share settings page over real HTTP, and what its choices change on the article page, on both databases. */
class ShareSettingsTest {
    private static final String PAGE = "/newsroom/share-settings/";
    private TestSite site;

    @AfterEach
    void restoreDefaults() {
        if (site != null) {
            site.jdbi().useHandle(h -> h.execute("DELETE FROM setting WHERE name LIKE 'share.%'"));
        }
    }

    /** The form with every way of sharing hidden at its default position, then {@code changes}. */
    private static Map<String, String> form(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("countThreshold", "10", "imageId", "", "logoId", ""));
        ShareNetwork[] all = ShareNetwork.values();
        for (int i = 0; i < all.length; i++) {
            form.put("position-" + all[i].key(), String.valueOf(i + 1));
        }
        form.putAll(changes);
        return form;
    }

    private HttpResponse<String> save(NewsroomClient admin, Map<String, String> changes) {
        return admin.submit(PAGE, PAGE, form(changes));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void administrators_choose_which_ways_of_sharing_show_in_what_order_and_whether_they_float(TestDatabase db) {
        site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        var story = site.stories().story("A story shared three ways")
                .image(new FeaturedImage("/media/ferry-1600.jpg", 1600, 900, "The ferry", "", "")).save();
        Document before = site.page(story.path());

        var saved = save(admin, Map.of("show-telegram", "on", "position-telegram", "1", "show-copy", "on", "position-copy", "2",
                "show-facebook", "on", "position-facebook", "3", "floating", "on"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Document after = site.page(story.path());
        assertThat(before.select(".share-bar .share-links a").eachText())
                .containsExactly("Facebook", "X", "Telegram", "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Email", "Copy link");
        assertThat(before.select(".share-float")).isEmpty();
        assertThat(after.select(".share-bar .share-links a").eachText()).containsExactly("Telegram", "Copy link", "Facebook");
        assertThat(after.select(".share-prompt .share-links a").eachText()).containsExactly("Telegram", "Copy link", "Facebook");
        assertThat(after.select(".share-float .share-links a").eachText()).containsExactly("Telegram", "Copy link", "Facebook");
        assertThat(after.select("a.pin-it")).as("no pins while Pinterest is not shown").isEmpty();
        assertThat(NuChecker.errors(site.get(story.path()).body())).as("the page with floating links").isEmpty();
        assertThat(admin.page(PAGE).select("tbody th").eachText()).startsWith("Telegram", "Copy link", "Facebook");
        String audited = site.jdbi().withHandle(h -> h.createQuery(
                "SELECT summary FROM audit_event WHERE action = 'share-settings-changed' ORDER BY id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(audited).isEqualTo("share links: Telegram, Copy link, Facebook; floating on; counts shown from 10; share image built-in; logo built-in");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void counts_show_on_the_story_once_they_reach_the_threshold(TestDatabase db) {
        site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        var story = site.stories().story("A story readers share").save();
        for (String network : new String[] {"facebook", "facebook", "facebook", "telegram", "telegram"}) {
            site.get("/share/" + network + "/" + story.id() + "/");
        }
        Map<String, String> all = new HashMap<>();
        for (ShareNetwork network : ShareNetwork.values()) {
            all.put("show-" + network.key(), "on");
        }

        Document underDefault = site.page(story.path());
        all.put("countThreshold", "3");
        save(admin, all);
        Document atThree = site.page(story.path());
        all.put("countThreshold", "6");
        save(admin, all);
        Document atSix = site.page(story.path());

        assertThat(underDefault.select(".share-count")).isEmpty();
        assertThat(underDefault.select(".share-total")).isEmpty();
        assertThat(atThree.select(".share-bar li:has(.share-count)").eachText()).containsExactly("Facebook 3");
        assertThat(atThree.selectFirst(".share-total").text()).isEqualTo("· 5 shares");
        assertThat(atSix.select(".share-count")).isEmpty();
        assertThat(atSix.select(".share-total")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_library_image_becomes_the_default_share_image_with_the_real_size_of_its_largest_file(TestDatabase db) throws IOException {
        site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        var library = new MediaLibrary(site.jdbi(), site.dataDir().resolve("media"), site.clock());
        var image = library.upload("river.jpg", jpeg(2000, 1000), null, 20_000_000);
        var story = site.stories().story("A story without its own picture").save();

        var saved = save(admin, Map.of("show-facebook", "on", "imageId", String.valueOf(image.id()), "logoId", String.valueOf(image.id())));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Document page = site.page(story.path());
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("http://127.0.0.1" + image.largest().url());
        BufferedImage served = ImageIO.read(new java.io.ByteArrayInputStream(site.getBytes(image.largest().url()).body()));
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo(String.valueOf(served.getWidth()));
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo(String.valueOf(served.getHeight()));
        assertThat(admin.page(PAGE).selectFirst("#imageId").val()).isEqualTo(String.valueOf(image.id()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void no_ways_of_sharing_means_no_share_links_prompt_or_pins(TestDatabase db) {
        site = TestSite.shared(db);
        var story = site.stories().story("A story nobody may share")
                .image(new FeaturedImage("/media/ferry-1600.jpg", 1600, 900, "The ferry", "", "")).save();

        save(site.signedIn(Role.ADMINISTRATOR), Map.of());

        Document page = site.page(story.path());
        assertThat(page.select(".share-bar, .share-prompt, .share-float, a.pin-it")).isEmpty();
        assertThat(page.select("meta[property=og:title]")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wrong_values_are_refused_with_a_message_each_and_nothing_is_saved(TestDatabase db) {
        site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);

        var refused = save(admin, Map.of("show-x", "on", "position-x", "0", "position-email", "first", "countThreshold", "-1",
                "imageId", "999999999", "logoId", "../logo.png"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "Give every way of sharing a position from 1 to 9.",
                "Give the threshold as a whole number of shares from 0 to 1000000.",
                "There is no image number “999999999” in the media library; leave the field empty for the built-in one.",
                "There is no image number “../logo.png” in the media library; leave the field empty for the built-in one.");
        assertThat(page.selectFirst("#logoId").val()).isEqualTo("../logo.png");
        int stored = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM setting WHERE name LIKE 'share.%'")
                .mapTo(Integer.class).one());
        assertThat(stored).isZero();
        assertThat(site.signedIn(Role.EDITOR).get(PAGE).statusCode()).isEqualTo(403);
        assertThat(admin.post(PAGE, form(Map.of("show-x", "on"))).statusCode()).as("without the form token").isEqualTo(403);
        assertThat(NuChecker.errors(refused.body())).isEmpty();
        assertThat(NuChecker.errors(admin.get(PAGE).body())).isEmpty();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 10) {
            for (int y = 0; y < height; y += 10) {
                image.setRGB(x, y, (x * 7 + y * 3) & 0xffffff);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }
}
