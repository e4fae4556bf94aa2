package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Deactivating a member on the members page shuts them out at once: their open browsers and any new sign-in. */
class DeactivationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_deactivated_member_is_refused_at_once_on_their_signed_in_browser_and_cannot_sign_in_again(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        TestSite.Member member = site.member(Role.EDITOR);
        NewsroomClient laptop = new NewsroomClient(site).signIn(member.account().email(), member.password());
        String token = laptop.formToken();
        long id = member.account().id();

        HttpResponse<String> deactivated = admin.submit("/newsroom/users/", "/newsroom/users/" + id + "/", Map.of("role", "editor"));

        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(303);
        assertThat(new AccountStore(site.jdbi(), site.clock()).find(id).orElseThrow().active()).isFalse();
        HttpResponse<String> page = laptop.get("/newsroom/");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/newsroom/sign-in/?next=%2Fnewsroom%2F");
        String title = "Written after deactivation " + Stories.unique();
        HttpResponse<String> post = laptop.post("/newsroom/stories/new/", Map.of("_csrf", token, "title", title, "body", "Text.",
                "sectionId", String.valueOf(site.stories().taxonomy().sections().getFirst().id()), "mediaKind", "text",
                "status", "draft", "version", "0", "action", "save"));
        assertThat(post.statusCode()).as("sent to sign in, the form unread").isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).hasValue("/newsroom/sign-in/?next=%2Fnewsroom%2Fstories%2Fnew%2F");
        long written = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE title = :title")
                .bind("title", title).mapTo(Long.class).one());
        assertThat(written).isZero();
        long sessions = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account_session WHERE account_id = :id")
                .bind("id", id).mapTo(Long.class).one());
        assertThat(sessions).as("sessions left").isZero();
        // From another address: the refusal counts as a failed sign-in, which must not slow other tests' sign-ins from loopback.
        HttpResponse<String> again = new NewsroomClient(site).behindProxyAs("198.51.100.7").submit("/newsroom/sign-in/", "/newsroom/sign-in/",
                Map.of("email", member.account().email(), "password", member.password()));
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(again.body()).selectFirst(".error-summary").text())
                .isEqualTo("That email and password do not match an active account.");
    }
}
