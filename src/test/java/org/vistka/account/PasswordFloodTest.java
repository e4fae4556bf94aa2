package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Guesses.Guess;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Sign-ins sent all at once, each from an address and for an email of its own so that the throttle lets every one
 * through: Argon2 runs only as often at once as the gate allows, and the others are told to come back (and not counted
 * as failures), never failed.
 */
class PasswordFloodTest {
    private static final int SIGN_INS = 60;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_flood_of_sign_ins_is_answered_checked_or_come_back_later_while_readers_get_their_pages(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        String prefix = "198.18." + ThreadLocalRandom.current().nextInt(256) + ".";

        CompletableFuture<List<HttpResponse<String>>> flood = CompletableFuture.supplyAsync(() -> Guesses.sendAtOnce(SIGN_INS,
                i -> new Guess(site, "flood-" + i + "-" + prefix + "@newsroom.example", "not the password", prefix + i)));
        HttpResponse<String> reader = site.get("/search/?q=ferry");
        List<HttpResponse<String>> answers = flood.join();

        assertThat(reader.statusCode()).as("a reader's search during the flood").isEqualTo(200);
        assertThat(Guesses.byStatus(answers).keySet()).as("answers by status: %s", Guesses.byStatus(answers)).containsOnly(401, 503);
        assertThat(answers).filteredOn(a -> a.statusCode() == 503).isNotEmpty().allSatisfy(busy -> {
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
            var page = Jsoup.parse(busy.body());
            assertThat(page.select(".error-summary").text())
                    .isEqualTo("The newsroom is busy checking other passwords. Please try again in a few seconds.");
            assertThat(page.selectFirst("#email").val()).as("the email typed is kept").startsWith("flood-");
        });
        for (int i = 0; i < SIGN_INS; i++) {
            assertThat(failuresCounted(site, prefix + i)).as("failures counted for a guess answered %d", answers.get(i).statusCode())
                    .isEqualTo(answers.get(i).statusCode() == 401 ? 1 : 0);
        }
    }

    private static int failuresCounted(TestSite site, String address) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_failure WHERE subject = :subject")
                .bind("subject", "address:" + address).mapTo(Integer.class).one());
    }
}
