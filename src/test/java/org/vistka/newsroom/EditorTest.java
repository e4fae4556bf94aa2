package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Writing, publishing, scheduling, correcting and restoring stories through the newsroom's forms, without JavaScript. */
class EditorTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_author_writes_and_publishes_a_story_that_readers_then_see(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        Map<String, Object> form = PermissionTableTest.story("published", site);
        form.put("title", "Київрада затвердила бюджет на ремонт мостів");
        form.put("tags", "bridges, Kyiv, новий тег");
        form.put("body", "The council voted on Tuesday.\n\n> “We start in spring,” the statement reads.");

        HttpResponse<String> saved = author.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form);

        assertThat(saved.statusCode()).isEqualTo(303);
        String editor = saved.headers().firstValue("Location").orElseThrow();
        Document page = author.page(editor);
        assertThat(page.selectFirst(".notice").text()).isEqualTo("Story created.");
        String publicPath = page.selectFirst("main p a[href^=/20]").attr("href");
        assertThat(publicPath).matches("/\\d{4}/\\d{2}/\\d{2}/kyivrada-zatverdyla-biudzhet-na-remont-mostiv/");
        Document article = site.page(publicPath);
        assertThat(article.selectFirst("h1").text()).isEqualTo("Київрада затвердила бюджет на ремонт мостів");
        assertThat(article.select(".tags a").eachText()).containsExactly("bridges", "Kyiv", "новий тег");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_refused_save_keeps_every_word_typed_and_says_what_is_wrong(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        Map<String, Object> form = PermissionTableTest.story("scheduled", site);
        form.put("title", "");
        form.put("body", "Three careful paragraphs <b>with</b> “quotes”.");
        form.put("publishAt", "2020-01-01T10:00");

        HttpResponse<String> response = author.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#body").val()).isEqualTo("Three careful paragraphs <b>with</b> “quotes”.");
        assertThat(page.selectFirst("#title-error").text()).isEqualTo("Give the story a headline.");
        assertThat(page.selectFirst("#publishAt-error").text()).startsWith("That time has passed");
        assertThat(page.selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_scheduled_story_appears_at_its_time_even_after_a_restart_and_only_once(TestDatabase db) {
        TestSite site = TestSite.fresh(db, true);
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        site.clock().set(Instant.parse("2026-11-25T10:00:00Z"));
        Map<String, Object> form = PermissionTableTest.story("scheduled", site);
        form.put("title", "Night trains return to the Lviv line");
        form.put("publishAt", "2026-11-25T14:30");
        assertThat(editor.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form).statusCode()).isEqualTo(303);
        String path = "/2026/11/25/night-trains-return-to-the-lviv-line/";
        assertThat(site.get(path).statusCode()).isEqualTo(404);

        // Down before 14:30 Kyiv time, up again after it (the new server's clock is the real one, later than that).
        try (TestSite restarted = site.restart()) {
            await("the scheduled story to be published").atMost(Duration.ofSeconds(15)).until(() -> restarted.get(path).statusCode() == 200);
            assertThat(restarted.vistka().scheduler().publishDue()).as("another run finds nothing left to publish").isZero();
            assertThat(restarted.page(path).selectFirst("h1").text()).isEqualTo("Night trains return to the Lviv line");
            int publications = restarted.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'story-published'").mapTo(Integer.class).one());
            assertThat(publications).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changing_a_published_story_address_keeps_the_old_one_as_a_permanent_redirect(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        var story = site.stories().story("Ferry timetable changes").bylined().save();
        String edit = "/newsroom/stories/" + story.id() + "/";
        Map<String, Object> form = editor.formValues(edit, edit);
        form.put("slug", "ferry-timetable-changes-" + org.vistka.testing.Stories.unique());
        form.put("action", "save");

        assertThat(editor.post(edit, form).statusCode()).isEqualTo(303);

        HttpResponse<String> old = site.get(story.path());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/" + form.get("slug") + "/");
        assertThat(site.get(old.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_second_of_two_simultaneous_saves_is_refused_and_both_texts_survive(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient first = site.signedIn(Role.EDITOR);
        NewsroomClient second = site.signedIn(Role.EDITOR);
        var story = site.stories().story("Two editors, one story").bylined().save();
        String edit = "/newsroom/stories/" + story.id() + "/";
        Map<String, Object> mine = first.formValues(edit, edit);
        Map<String, Object> theirs = second.formValues(edit, edit);
        mine.put("body", "The first editor's text.");
        mine.put("action", "save");
        theirs.put("body", "The second editor's text.");
        theirs.put("action", "save");

        assertThat(first.post(edit, mine).statusCode()).isEqualTo(303);
        HttpResponse<String> refused = second.post(edit, theirs);

        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst(".error-summary").text()).startsWith("Not saved:").contains("while you were editing it");
        assertThat(page.selectFirst("#body").val()).isEqualTo("The second editor's text.");
        assertThat(first.page(edit).selectFirst("#body").val()).isEqualTo("The first editor's text.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void revisions_show_who_changed_what_and_an_old_text_can_be_restored(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        var story = site.stories().story("Water supply restored").body("Pumps restarted at noon.").bylined().save();
        String edit = "/newsroom/stories/" + story.id() + "/";
        Map<String, Object> form = editor.formValues(edit, edit);
        form.put("body", "Pumps restarted at ten.");
        form.put("action", "save");
        editor.post(edit, form);

        Document revisions = editor.page(edit + "revisions/");

        assertThat(revisions.select(".revision h2").first().text()).startsWith("Version 2").contains("Editor ");
        assertThat(revisions.select(".revision").first().select("del").eachText()).contains("noon.");
        assertThat(revisions.select(".revision").first().select("ins").eachText()).contains("ten.");
        String restore = edit + "revisions/1/restore/";
        HttpResponse<String> restored = editor.submit(edit + "revisions/", restore, Map.of("version", "2"));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(site.page(story.path()).selectFirst(".article-body").text()).isEqualTo("Pumps restarted at noon.");
        assertThat(editor.page(edit + "revisions/").select(".revision h2").first().text()).startsWith("Version 3");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void see_also_is_found_and_inserted_by_plain_form_posts_and_the_preview_shows_it(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient author = site.signedIn(Role.AUTHOR);
        Map<String, Object> form = PermissionTableTest.story("draft", site);
        form.put("body", "Opening paragraph.");
        form.put("seeAlsoQuery", "stand-in ferry");
        form.put("action", "find");

        Document found = Jsoup.parse(author.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form).body());
        String targetId = found.selectFirst("#see-also-results button[name=insertSeeAlso]").val();
        form.remove("action");
        form.put("insertSeeAlso", targetId);
        Document inserted = Jsoup.parse(author.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form).body());
        form.put("body", inserted.selectFirst("#body").val());
        form.remove("insertSeeAlso");
        form.put("action", "preview");
        Document preview = Jsoup.parse(author.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form).body());

        assertThat(inserted.selectFirst("#body").val()).isEqualTo("Opening paragraph.\n\n{{see-also " + targetId + "}}");
        assertThat(preview.selectFirst("h1").text()).isEqualTo(form.get("title"));
        assertThat(preview.selectFirst("aside.see-also").text())
                .isEqualTo("See also: Video: Aboard the Stand-In Ferry on Its First Test Crossing Video");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_editor_adds_a_dated_correction_that_readers_see(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        var story = site.stories().story("Bridge reopens").bylined().save();

        editor.submit("/newsroom/stories/" + story.id() + "/", "/newsroom/stories/" + story.id() + "/corrections/",
                Map.of("correction", "An earlier version misnamed the bridge."));

        assertThat(site.page(story.path()).selectFirst(".correction").text()).endsWith("An earlier version misnamed the bridge.");
    }
}
