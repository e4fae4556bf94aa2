package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.NuChecker;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The newsroom's table of the most shared stories per day and per network, over real HTTP, on both databases. */
class MostSharedTest {
    private TestSite site;

    @AfterEach
    void resetClock() {
        if (site != null) {
            site.clock().reset();
        }
    }

    private void share(long storyId, String network, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(site.get("/share/" + network + "/" + storyId + "/").statusCode()).isEqualTo(302);
        }
    }

    private static List<String> row(Element row) {
        return row.select("th, td").eachText();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_table_ranks_a_days_stories_by_all_their_shares_or_by_one_network(TestDatabase db) {
        try (TestSite fresh = TestSite.fresh(db, false)) {
            site = fresh;
            long section = site.stories().newSection("News");
            var ferry = site.stories().story("Ferry returns").section(section).save();
            var tram = site.stories().story("Tram fares frozen").section(section).save();
            site.clock().set(Instant.parse("2026-11-23T22:30:00Z"));  // 00:30 in Kyiv on the 24th
            share(ferry.id(), "facebook", 3);
            share(ferry.id(), "email", 1);
            share(tram.id(), "telegram", 2);
            site.clock().set(Instant.parse("2026-11-24T22:10:00Z"));  // the 25th in Kyiv
            share(tram.id(), "x", 1);
            NewsroomClient contributor = site.signedIn(Role.CONTRIBUTOR);

            Document all = contributor.page("/newsroom/shares/?day=2026-11-24");
            Document byTelegram = contributor.page("/newsroom/shares/?day=2026-11-24&network=telegram");
            Document today = contributor.page("/newsroom/shares/");
            Document empty = contributor.page("/newsroom/shares/?day=2026-11-20");

            assertThat(all.select("table.most-shared thead th").eachText())
                    .containsExactly("Story", "Facebook", "X", "Telegram", "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Email", "All");
            assertThat(all.select("table.most-shared tbody tr").stream().map(MostSharedTest::row).toList()).containsExactly(
                    List.of("Ferry returns", "3", "0", "0", "0", "0", "0", "0", "1", "4"),
                    List.of("Tram fares frozen", "0", "0", "2", "0", "0", "0", "0", "0", "2"));
            assertThat(all.selectFirst("table.most-shared tbody a").attr("href")).isEqualTo(ferry.path());
            assertThat(byTelegram.select("table.most-shared tbody th").eachText()).containsExactly("Tram fares frozen");
            assertThat(byTelegram.selectFirst("#network option[selected]").text()).isEqualTo("Telegram");
            assertThat(today.selectFirst("#day").val()).isEqualTo("2026-11-25");
            assertThat(today.select("table.most-shared tbody tr").stream().map(MostSharedTest::row).toList())
                    .containsExactly(List.of("Tram fares frozen", "0", "1", "0", "0", "0", "0", "0", "0", "1"));
            assertThat(empty.select("table")).isEmpty();
            assertThat(empty.selectFirst("main").text()).contains("No story was shared on 2026-11-20.");
            for (Document page : List.of(all, byTelegram, empty)) {
                assertThat(NuChecker.errors(page.outerHtml())).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_wrong_day_or_network_is_refused_and_strangers_are_sent_to_sign_in(TestDatabase db) {
        site = TestSite.shared(db);
        NewsroomClient member = site.signedIn(Role.AUTHOR);

        for (String query : List.of("?day=24.11.2026", "?day=2026-02-30", "?day=2026-11-24T00:00", "?network=myspace", "?network=copy")) {
            var response = member.get("/newsroom/shares/" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
        }
        assertThat(member.get("/newsroom/shares/?day=2026-02-30").body()).contains("Give the day as year-month-day, such as 2026-11-24.");
        assertThat(member.get("/newsroom/shares/?network=myspace").body()).contains("Choose a network from the list, or all networks.");
        assertThat(site.get("/newsroom/shares/").statusCode()).isEqualTo(303);
    }
}
