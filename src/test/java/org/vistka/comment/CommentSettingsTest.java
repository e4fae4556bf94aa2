package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.settings.SettingsStore;
import org.vistka.testing.Commenter;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.NuChecker;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The comment settings page, moderator mail through a real SMTP server, and the validity of every comment page. */
class CommentSettingsTest {
    private final Instant start = CommentFormTest.fresh();
    private TestSite site;
    private GreenMail smtp;

    @AfterEach
    void restore() {
        if (smtp != null) {
            smtp.stop();
        }
        if (site != null) {
            new CommentSettingsStore(site.jdbi(), site.changes()).save(CommentSettings.DEFAULTS);
            new SmtpSettingsStore(site.jdbi()).save("", "587", "STARTTLS", "", "", "", "");
            site.clock().reset();
        }
    }

    @AfterAll
    static void close() {
        CommentFormTest.close();
    }

    private static Map<String, String> form(Map<String, String> changes) {
        Map<String, String> form = new java.util.HashMap<>(Map.ofEntries(Map.entry("open", "on"), Map.entry("closeAfterDays", "0"),
                Map.entry("requireNameAndEmail", "on"), Map.entry("holdFirst", "on"), Map.entry("holdAtLinks", "2"),
                Map.entry("moderationWords", ""), Map.entry("disallowedWords", ""), Map.entry("maxPerStory", "0"),
                Map.entry("threadDepth", "5"), Map.entry("perPage", "50"), Map.entry("minFormSeconds", "3"),
                Map.entry("secondsBetween", "15"), Map.entry("perHour", "20"), Map.entry("slowModeCount", "30"),
                Map.entry("slowModeMinutes", "10"), Map.entry("keepAddressDays", "30"), Map.entry("smtpHost", ""),
                Map.entry("smtpPort", "587"), Map.entry("smtpSecurity", "STARTTLS")));
        form.putAll(changes);
        return form;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void moderators_get_one_email_about_newly_held_comments(TestDatabase db) throws Exception {
        site = CommentFormTest.site(db);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        var saved = admin.submit("/newsroom/comment-settings/", "/newsroom/comment-settings/", form(Map.of("smtpHost", "127.0.0.1",
                "smtpPort", String.valueOf(smtp.getSmtp().getPort()), "smtpSecurity", "NONE", "smtpFrom", "newsroom@courier.example",
                "smtpTo", "moderator@courier.example")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        var mailer = new HeldCommentMailer(site.jdbi(), new SmtpSettingsStore(site.jdbi()), new SettingsStore(site.jdbi(), site.changes()),
                "http://127.0.0.1/newsroom/comments/");
        mailer.run();
        String path = site.stories().story("Lviv tram line extended").bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();

        new Commenter(site, start).post(path, "Held: a first comment from a new reader.", "Taras", "taras.reader@mail.example");
        mailer.run();
        mailer.run();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).contains("await").contains("moderation");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Lviv tram line extended", "Taras", "http://127.0.0.1/newsroom/comments/");
        assertThat(GreenMailUtil.getWholeMessage(message)).doesNotContain("taras.reader@mail.example");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wrong_settings_are_refused_with_the_typed_values_kept_and_only_administrators_may_change_them(TestDatabase db) {
        site = CommentFormTest.site(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);

        var refused = admin.submit("/newsroom/comment-settings/", "/newsroom/comment-settings/",
                form(Map.of("threadDepth", "99", "moderationWords", "casino\nloan")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Give a whole number from 1 to 10 levels of replies.");
        assertThat(Jsoup.parse(refused.body()).selectFirst("#moderationWords").val()).isEqualTo("casino\nloan");
        assertThat(site.signedIn(Role.EDITOR).get("/newsroom/comment-settings/").statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_comment_page_is_valid_html(TestDatabase db) {
        site = CommentFormTest.site(db);
        String path = site.stories().story("A story with a conversation").bylined().publishedAt(start.minus(Duration.ofHours(1))).save().path();
        Commenter reader = new Commenter(site, start);
        reader.post(path, "A held comment with a link https://example.org.", "Ira", "ira@mail.example");
        var refused = reader.post(path, Duration.ofSeconds(30), Map.of("comment", "", "author", "Ira", "email", "bad"));
        long id = site.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM comment").mapTo(Long.class).one());
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);

        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("article with a held comment", reader.browser().get(path).body());
        pages.put("article with a refused comment", refused.body());
        for (String page : new String[] {"/newsroom/comments/", "/newsroom/comments/?status=approved", "/newsroom/comments/" + id + "/",
                "/newsroom/comment-writers/?email=ira@mail.example", "/newsroom/comment-settings/"}) {
            pages.put(page, admin.get(page).body());
        }

        pages.forEach((name, html) -> assertThat(NuChecker.errors(html)).as(name).isEmpty());
    }
}
