package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Every form that hashes a password, while the server is already hashing as many as it may: the setup code, a new
 * member, a password change and a sign-in each wait their turn briefly, then are answered 503 with Retry-After, the
 * text typed kept, and nothing changed; once the gate is free they go through.
 */
class BusyHashingTest {
    private static final String BUSY = "The newsroom is busy checking other passwords. Please try again in a few seconds.";
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> holders = new ArrayList<>();

    @AfterEach
    void freeTheGate() {
        freeTheGateNow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_first_administrator_waits_while_the_server_is_busy_hashing(TestDatabase db) {
        try (NewSite fresh = NewSite.start(db)) {
            NewsroomClient browser = new NewsroomClient(fresh.site());
            Map<String, String> form = Map.of("name", "Oksana Bilyk", "email", "oksana@newsroom.example",
                    "password", TestSite.PASSWORD, "code", fresh.setupCode());
            fillTheGate();

            HttpResponse<String> busy = browser.submit("/newsroom/setup/", "/newsroom/setup/", form);

            assertBusy(busy, "#email", "oksana@newsroom.example");
            assertThat(fresh.site().get("/newsroom/setup/").statusCode()).as("still nobody in the newsroom").isEqualTo(200);
            freeTheGateNow();
            assertThat(browser.submit("/newsroom/setup/", "/newsroom/setup/", form).statusCode()).isEqualTo(303);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_new_member_and_a_password_change_wait_while_the_server_is_busy_hashing(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        var member = site.member(Role.AUTHOR);
        NewsroomClient author = new NewsroomClient(site).signIn(member.account().email(), member.password());
        var accounts = new AccountStore(site.jdbi(), site.clock());
        String hashBefore = accounts.passwordHash(member.account().id()).orElseThrow();
        String email = "new-" + member.account().email();
        fillTheGate();

        HttpResponse<String> added = admin.submit("/newsroom/users/", "/newsroom/users/",
                Map.of("email", email, "name", "Taras Koval", "role", "author", "password", TestSite.PASSWORD));
        HttpResponse<String> changed = author.submit("/newsroom/account/", "/newsroom/account/password/",
                Map.of("current", member.password(), "password", "a brand new passphrase for winter"));
        HttpResponse<String> signIn = new NewsroomClient(site).submit("/newsroom/sign-in/", "/newsroom/sign-in/",
                Map.of("email", member.account().email(), "password", member.password()));

        assertBusy(added, "#email", email);
        assertThat(accounts.findByEmail(email)).as("no member added").isEmpty();
        assertBusy(changed, null, null);
        assertThat(accounts.passwordHash(member.account().id())).as("the password unchanged").hasValue(hashBefore);
        assertBusy(signIn, "#email", member.account().email());
        freeTheGateNow();
        assertThat(author.submit("/newsroom/account/", "/newsroom/account/password/",
                Map.of("current", member.password(), "password", "a brand new passphrase for winter")).statusCode()).isEqualTo(303);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void with_every_slot_taken_and_the_queue_full_a_sign_in_is_refused_before_it_touches_the_database(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        String address = "198.18.254." + (int) (Math.random() * 250 + 1);
        fillTheGate();
        HashingGate gate = HashingGate.forThisProcess();
        // Twice as many as the queue holds, each queuing again whenever its wait runs out, so the queue stays full.
        for (int i = 0; i < gate.slots() * 32; i++) {
            holders.add(Thread.ofPlatform().start(() -> {
                while (release.getCount() > 0) {
                    try {
                        gate.run(Argon2Parameters.RECOMMENDED, () -> null);
                    } catch (HashingGate.Busy queueFull) {
                        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                    }
                }
            }));
        }
        Awaitility.await("the queue to fill").atMost(java.time.Duration.ofSeconds(10)).until(() -> gate.waiting() >= gate.slots() * 16);

        HttpResponse<String> refused = new NewsroomClient(site).behindProxyAs(address).submit("/newsroom/sign-in/", "/newsroom/sign-in/",
                Map.of("email", "queued-out@newsroom.example", "password", "a guess among many"));

        assertBusy(refused, "#email", "queued-out@newsroom.example");
        long rows = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_subject WHERE subject = :subject")
                .bind("subject", "address:" + address).mapTo(Long.class).one());
        assertThat(rows).as("throttle rows written for a guess refused as busy").isZero();
    }

    private static void assertBusy(HttpResponse<String> response, String field, String typed) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".error-summary").text()).contains(BUSY);
        if (field != null) {
            assertThat(page.selectFirst(field).val()).as("what was typed is kept").isEqualTo(typed);
        }
    }

    /** Takes every computation slot of the server's gate (the tests' servers run in this process) until released. */
    private void fillTheGate() {
        HashingGate gate = HashingGate.forThisProcess();
        CountDownLatch inside = new CountDownLatch(gate.slots());
        for (int i = 0; i < gate.slots(); i++) {
            holders.add(Thread.ofPlatform().start(() -> gate.run(Argon2Parameters.RECOMMENDED, () -> {
                inside.countDown();
                await(release);
                return null;
            })));
        }
        await(inside);
    }

    private void freeTheGateNow() {
        release.countDown();
        for (Thread holder : holders) {
            try {
                holder.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
