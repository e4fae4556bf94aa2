package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;

import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Signing in and out over real HTTP: cookies, refusals that give nothing away, throttling, expiry, CSRF. */
class SignInTest {
    private TestSite site;

    @AfterEach
    void resetClock() {
        if (site != null) {
            site.clock().reset();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void signing_in_sets_a_new_http_only_lax_session_cookie_for_the_newsroom_only(TestDatabase db) {
        site = TestSite.shared(db);
        var member = site.member(Role.AUTHOR);
        NewsroomClient browser = new NewsroomClient(site);

        HttpResponse<String> response = browser.submit("/newsroom/sign-in/", "/newsroom/sign-in/",
                Map.of("email", member.account().email().toUpperCase(), "password", member.password(), "next", "/newsroom/media/"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/newsroom/media/");
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("vistka_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/newsroom/").doesNotContain("Secure");
        String first = HttpCookie.parse(cookie).getFirst().getValue();
        browser.signIn(member.account().email(), member.password());
        assertThat(browser.cookies().stream().filter(c -> c.getName().equals("vistka_session")).findFirst().orElseThrow().getValue())
                .as("a new session id at each sign-in").isNotEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_wrong_password_and_an_unknown_email_get_the_same_answer(TestDatabase db) {
        site = TestSite.shared(db);
        var member = site.member(Role.EDITOR);

        HttpResponse<String> wrong = signIn(new NewsroomClient(site), member.account().email(), "not the right password at all");
        HttpResponse<String> unknown = signIn(new NewsroomClient(site), "nobody-" + member.account().email(), "not the right password at all");

        assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
        assertThat(refusal(wrong)).isEqualTo(refusal(unknown)).isEqualTo("That email and password do not match an active account.");
        assertThat(Jsoup.parse(wrong.body()).selectFirst("#email").val()).isEqualTo(member.account().email());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void after_five_failures_the_next_attempt_must_wait_even_with_the_right_password(TestDatabase db) {
        // A site of its own: the failures count against this machine's address too, which other tests sign in from.
        site = TestSite.fresh(db, false);
        var member = site.member(Role.AUTHOR);
        NewsroomClient browser = new NewsroomClient(site);
        Instant start = Instant.parse("2026-11-25T09:00:00Z");
        for (int i = 0; i < 5; i++) {
            site.clock().set(start.plusSeconds(i));
            assertThat(signIn(browser, member.account().email(), "guess number " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = signIn(browser, member.account().email(), member.password());
        site.clock().set(start.plusSeconds(4 + 3));
        HttpResponse<String> later = signIn(browser, member.account().email(), member.password());

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(refusal(throttled)).matches("Too many failed attempts\\. Try again in \\d+ seconds?\\.");
        assertThat(later.statusCode()).as("after the delay the right password works").isEqualTo(303);
        site.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_session_ends_after_eight_idle_hours(TestDatabase db) {
        site = TestSite.shared(db);
        site.clock().set(Instant.parse("2026-11-25T09:00:00Z"));
        NewsroomClient browser = site.signedIn(Role.AUTHOR);
        assertThat(browser.get("/newsroom/").statusCode()).isEqualTo(200);

        site.clock().set(Instant.parse("2026-11-25T17:01:00Z"));

        HttpResponse<String> expired = browser.get("/newsroom/");
        assertThat(expired.statusCode()).isEqualTo(303);
        assertThat(expired.headers().firstValue("Location")).hasValue("/newsroom/sign-in/?next=%2Fnewsroom%2F");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void signing_out_everywhere_ends_the_other_browsers_sessions(TestDatabase db) {
        site = TestSite.shared(db);
        var member = site.member(Role.EDITOR);
        NewsroomClient laptop = new NewsroomClient(site).signIn(member.account().email(), member.password());
        NewsroomClient phone = new NewsroomClient(site).signIn(member.account().email(), member.password());

        laptop.submit("/newsroom/account/", "/newsroom/account/sign-out-everywhere/", Map.of());

        assertThat(phone.get("/newsroom/").statusCode()).isEqualTo(303);
        assertThat(laptop.get("/newsroom/").statusCode()).isEqualTo(200);
        HttpResponse<String> signedOut = laptop.submit("/newsroom/", "/newsroom/sign-out/", Map.of());
        assertThat(signedOut.headers().allValues("Set-Cookie")).as("the browser is told to forget its session").anySatisfy(cookie ->
                {
                    assertThat(cookie).startsWith("vistka_session=;").contains("Path=/newsroom/", "HttpOnly", "SameSite=Lax");
                    assertThat(HttpCookie.parse(cookie).getFirst().hasExpired()).isTrue();
                });
        assertThat(laptop.get("/newsroom/").statusCode()).isEqualTo(303);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_post_without_the_csrf_token_is_refused_and_changes_nothing(TestDatabase db) {
        site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        String before = admin.page("/newsroom/settings/").selectFirst("#name").val();

        HttpResponse<String> forged = admin.post("/newsroom/settings/", Map.of("name", "Hijacked", "tagline", "x", "language", "en",
                "storiesPerPage", "20", "uploadLimitMb", "20"));
        HttpResponse<String> wrong = admin.post("/newsroom/settings/", Map.of("_csrf", "not-the-token", "name", "Hijacked"));
        HttpResponse<String> anonymous = new NewsroomClient(site).post("/newsroom/sign-in/", Map.of("email", "a@b.c", "password", "x"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this site.");
        assertThat(admin.page("/newsroom/settings/").selectFirst("#name").val()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_hash_made_with_older_parameters_is_upgraded_at_sign_in(TestDatabase db) {
        site = TestSite.shared(db);
        var member = site.member(Role.AUTHOR);
        var accounts = new AccountStore(site.jdbi(), site.clock());
        accounts.setPasswordHash(member.account().id(), new PasswordHasher(new Argon2Parameters(8192, 1, 1)).hash(member.password()));

        new NewsroomClient(site).signIn(member.account().email(), member.password());

        String upgraded = accounts.passwordHash(member.account().id()).orElseThrow();
        assertThat(new PasswordHasher(Argon2Parameters.RECOMMENDED).needsRehash(upgraded)).isFalse();
        assertThat(upgraded).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sign_in_never_sends_anyone_to_another_site(TestDatabase db) {
        site = TestSite.shared(db);
        var member = site.member(Role.AUTHOR);
        for (String next : new String[] {"https://evil.example/", "//evil.example/", "/newsroom//evil.example", "/\\evil.example"}) {
            HttpResponse<String> response = new NewsroomClient(site).submit("/newsroom/sign-in/", "/newsroom/sign-in/",
                    Map.of("email", member.account().email(), "password", member.password(), "next", next));
            assertThat(response.headers().firstValue("Location")).as(next).hasValue("/newsroom/");
        }
    }

    private static HttpResponse<String> signIn(NewsroomClient browser, String email, String password) {
        return browser.submit("/newsroom/sign-in/", "/newsroom/sign-in/", Map.of("email", email, "password", password));
    }

    private static String refusal(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).selectFirst(".error-summary").text();
    }

}
