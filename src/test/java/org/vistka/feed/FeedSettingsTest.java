package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.NuChecker;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The feed settings page: administrators only, validated, audited, and applied to the next feed. */
class FeedSettingsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_administrator_switches_feeds_to_full_text_and_the_change_is_audited(TestDatabase db) {
        try (TestSite site = TestSite.fresh(db, true)) {
            NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
            String page = admin.get("/newsroom/feed-settings/").body();

            var saved = admin.submit("/newsroom/feed-settings/", "/newsroom/feed-settings/", Map.of("content", "full", "items", "5"));

            assertThat(Jsoup.parse(page).selectFirst("input[name=content][value=summary]").hasAttr("checked")).isTrue();
            assertThat(NuChecker.errors(page)).isEmpty();
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(new FeedSettingsStore(site.jdbi(), site.changes()).load()).isEqualTo(new FeedSettings(true, 5));
            var feed = FeedFixture.parse(site, "/feed/atom/", "application/atom+xml");
            assertThat(feed.getEntries()).hasSize(5).allSatisfy(entry -> assertThat(entry.getContents()).isNotEmpty());
            assertThat(admin.page("/newsroom/audit/").text()).contains("feeds show the full text, 5 items");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wrong_values_are_refused_with_a_message_and_only_administrators_with_the_csrf_token_may_save(TestDatabase db) {
        try (TestSite site = TestSite.fresh(db, false)) {
            NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);

            var tooMany = admin.submit("/newsroom/feed-settings/", "/newsroom/feed-settings/", Map.of("content", "full", "items", "1000"));
            var oddChoice = admin.submit("/newsroom/feed-settings/", "/newsroom/feed-settings/", Map.of("content", "<script>", "items", "-3"));
            var forged = admin.post("/newsroom/feed-settings/", Map.of("content", "full", "items", "5"));

            assertThat(tooMany.statusCode()).isEqualTo(400);
            assertThat(tooMany.body()).contains("Give a whole number from 1 to 100 items a feed.");
            assertThat(Jsoup.parse(tooMany.body()).selectFirst("#items").val()).isEqualTo("1000");
            assertThat(NuChecker.errors(tooMany.body())).isEmpty();
            assertThat(oddChoice.statusCode()).isEqualTo(400);
            assertThat(oddChoice.body()).contains("Choose whether feeds show the summary or the full text.").doesNotContain("<script>");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(site.signedIn(Role.EDITOR).get("/newsroom/feed-settings/").statusCode()).isEqualTo(403);
            assertThat(new FeedSettingsStore(site.jdbi(), site.changes()).load()).isEqualTo(FeedSettings.DEFAULTS);
        }
    }
}
