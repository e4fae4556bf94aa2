package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.vistka.testing.Browser;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The comment form as comment.js enhances it in a real browser: posting and replying in place, the server's problems
 * beside the fields, and the same form without JavaScript.
 */
class CommentScriptTest {
    private static TestSite site;
    private static Browser browser;
    private static Browser noScript;

    @BeforeAll
    static void start() {
        site = TestSite.fresh(TestDatabase.SQLITE, true);
        settings(false);
        browser = Browser.open(1280, 900);
        noScript = Browser.withoutJavaScript(1280, 900);
    }

    @AfterEach
    void approveAgain() {
        settings(false);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (noScript != null) {
                noScript.close();
            }
        } finally {
            if (site != null) {
                new CommentSettingsStore(site.jdbi(), site.changes()).save(CommentSettings.DEFAULTS);
                site.close();
            }
        }
    }

    /** Forms may come back at once and one reader may comment again at once; {@code holdAll} holds every comment. */
    private static void settings(boolean holdAll) {
        CommentSettings d = CommentSettings.DEFAULTS;
        new CommentSettingsStore(site.jdbi(), site.changes()).save(new CommentSettings(d.open(), d.closeAfterDays(), d.requireNameAndEmail(),
                holdAll, false, d.holdAtLinks(), d.moderationWords(), d.disallowedWords(), d.maxPerStory(), d.threadDepth(),
                d.perPage(), 0, 0, d.perHour(), d.slowModeCount(), d.slowModeMinutes(), d.keepAddressDays()));
    }

    private static String story(String title) {
        return site.stories().story(title).bylined().publishedAt(Instant.now().minus(Duration.ofHours(2))).save().path();
    }

    /** Types into the form on the page (adding to the comment, replacing name and email) and sends it. */
    private static void send(Browser reader, String text, String name, String email) {
        if (!text.isEmpty()) {
            reader.find("#comment").sendKeys(text);
        }
        reader.find("#author").clear();
        reader.find("#author").sendKeys(name);
        reader.find("#email").clear();
        reader.find("#email").sendKeys(email);
        reader.find("#commentform [type=submit]").click();
    }

    /** Marks the loaded page; the mark is gone once another page loads. */
    private static void markPage() {
        browser.script("window.vistkaSamePage = true");
    }

    private static boolean samePage() {
        return Boolean.TRUE.equals(browser.script("return window.vistkaSamePage === true"));
    }

    /** Waits for a comment with this text and returns its id. */
    private static String commentWith(Browser reader, String text) {
        return reader.waitUntil("a comment saying " + text, d -> (String) reader.script("return Array.from("
                + "document.querySelectorAll('.comment')).filter(c => c.querySelector('.comment-body').textContent.trim()"
                + " === arguments[0]).map(c => c.id)[0] || null", text));
    }

    @Test
    void a_comment_is_posted_and_shown_without_a_page_load() {
        String path = story("Bridge repairs finish early");
        browser.load(site.uri(path));
        markPage();

        send(browser, "Good to see it open before winter.", "Marta Kovalenko", "marta@mail.example");

        String id = commentWith(browser, "Good to see it open before winter.");
        assertThat(browser.text("#comments-heading")).isEqualTo("1 Comment");
        assertThat(samePage()).as("the page was not loaded again").isTrue();
        assertThat(browser.text("#" + id + " .comment-author")).isEqualTo("Marta Kovalenko");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo(id);
        assertThat(browser.find("#comment").getDomProperty("value")).as("the textarea is cleared").isEmpty();
        assertThat(browser.find("#author").getDomProperty("value")).isEqualTo("Marta Kovalenko");
        assertThat(site.page(path).select(".comment-body").text()).isEqualTo("Good to see it open before winter.");
    }

    @Test
    void reply_moves_the_form_under_the_comment_and_the_reply_is_threaded_under_it() {
        String path = story("Night buses return to the left bank");
        browser.load(site.uri(path));
        send(browser, "Which routes?", "Anna", "anna@mail.example");
        String parent = commentWith(browser, "Which routes?");
        markPage();

        browser.find("#" + parent + " .reply a").click();

        browser.waitUntil("the form to move under " + parent,
                d -> (Boolean) browser.script("return document.getElementById('commentform').closest('li') !== null"));
        assertThat(browser.script("return document.getElementById('commentform').closest('li').id")).isEqualTo(parent);
        assertThat(browser.text("#reply-title")).isEqualTo("Reply to Anna");
        assertThat(browser.find("#comment_parent").getDomProperty("value")).isEqualTo(parent.substring("comment-".length()));
        assertThat(browser.find(".cancel-reply").isDisplayed()).isTrue();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("comment");

        send(browser, "Routes 1, 7 and 12.", "Bohdan", "bohdan@mail.example");

        String reply = commentWith(browser, "Routes 1, 7 and 12.");
        assertThat(browser.find("#" + reply).getDomAttribute("class")).contains("depth-1");
        assertThat(browser.script("return document.getElementById(arguments[0]).previousElementSibling.id", reply))
                .isEqualTo(parent);
        assertThat(browser.text("#comments-heading")).isEqualTo("2 Comments");
        assertThat(browser.script("return document.getElementById('commentform').closest('li')")).as("the form is back").isNull();
        assertThat(samePage()).as("the page was not loaded again").isTrue();
    }

    @Test
    void cancel_reply_moves_the_form_back() {
        String path = story("Ferry timetable changes");
        browser.load(site.uri(path));
        send(browser, "Is the early ferry kept?", "Oles", "oles@mail.example");
        String parent = commentWith(browser, "Is the early ferry kept?");
        markPage();
        browser.find("#" + parent + " .reply a").click();
        browser.find("#" + parent + " #commentform");

        browser.find(".cancel-reply").click();

        browser.waitUntil("the form to move back",
                d -> (Boolean) browser.script("return document.getElementById('commentform').closest('li') === null"));
        assertThat(browser.text("#reply-title")).isEqualTo("Submit a Comment");
        assertThat(browser.find("#comment_parent").getDomProperty("value")).isEmpty();
        assertThat(browser.find(".cancel-reply").isDisplayed()).isFalse();
        assertThat(samePage()).isTrue();
    }

    @Test
    void an_empty_comment_is_refused_beside_the_field_and_the_name_is_kept() {
        String path = story("Tram depot to reopen");
        browser.load(site.uri(path));
        markPage();

        send(browser, "", "Ivan Petrenko", "ivan@mail.example");

        String error = browser.waitUntil("the field's error", d -> {
            String text = d.findElement(By.id("comment-error")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(error).isEqualTo("Please type your comment.");
        assertThat(samePage()).as("the page was not loaded again").isTrue();
        assertThat(browser.find("#comment").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#comment").getDomAttribute("aria-describedby")).isEqualTo("comment-error");
        assertThat(browser.text("#respond .error-summary")).isEqualTo("Please correct the marked fields.");
        assertThat(browser.find("#author").getDomProperty("value")).isEqualTo("Ivan Petrenko");
        assertThat(browser.find("#email").getDomProperty("value")).isEqualTo("ivan@mail.example");

        browser.find("#comment").sendKeys("Now with words.");
        browser.find("#commentform [type=submit]").click();
        commentWith(browser, "Now with words.");
        assertThat(browser.script("return document.getElementById('comment-error')")).isNull();
    }

    @Test
    void a_comment_said_twice_is_refused_in_place_and_kept() {
        String path = story("Parking fees double in the centre");
        browser.load(site.uri(path));
        send(browser, "Too much, too soon.", "Halyna", "halyna@mail.example");
        commentWith(browser, "Too much, too soon.");
        markPage();

        send(browser, "Too much, too soon.", "Halyna", "halyna@mail.example");

        String error = browser.waitUntil("the field's error", d -> {
            String text = d.findElement(By.id("comment-error")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(error).isEqualTo("You have already said that.");
        assertThat(browser.text("#respond .error-summary")).isEqualTo("You have already said that.");
        assertThat(browser.find("#comment").getDomProperty("value")).isEqualTo("Too much, too soon.");
        assertThat(browser.text("#comments-heading")).isEqualTo("1 Comment");
        assertThat(samePage()).isTrue();
    }

    @Test
    void a_held_comment_shows_to_its_writer_as_awaiting_moderation() {
        settings(true);
        String path = story("Water prices to rise in January");
        browser.load(site.uri(path));
        markPage();

        send(browser, "Who decided this, and when?", "Petro", "petro@mail.example");

        String id = commentWith(browser, "Who decided this, and when?");
        assertThat(browser.text("#" + id + " .held-notice")).isEqualTo("Your comment is awaiting moderation.");
        assertThat(browser.find("#" + id).getDomAttribute("class")).contains("held");
        assertThat(browser.text("#comments-heading")).isEqualTo("No comments yet");
        assertThat(samePage()).isTrue();
        assertThat(site.page(path).select(".comment")).as("a stranger does not see it").isEmpty();
    }

    @Test
    void without_javascript_the_form_posts_and_the_reader_lands_at_the_comment() {
        String path = story("Library opens on Sundays");
        noScript.load(site.uri(path));

        send(noScript, "Finally, a Sunday to read.", "Iryna", "iryna@mail.example");

        String url = noScript.waitUntil("the story at the new comment",
                d -> d.getCurrentUrl().contains("#comment-") ? d.getCurrentUrl() : null);
        String id = url.substring(url.indexOf('#') + 1);
        assertThat(url).startsWith(site.uri(path).toString());
        assertThat(noScript.text("#" + id + " .comment-body")).isEqualTo("Finally, a Sunday to read.");
        assertThat(noScript.text("#comments-heading")).isEqualTo("1 Comment");
    }

    @Test
    void without_javascript_reply_opens_the_form_for_that_comment() {
        String path = story("Market square to be rebuilt");
        noScript.load(site.uri(path));
        send(noScript, "Will the fountain stay?", "Sofiia", "sofiia@mail.example");
        String parent = commentWith(noScript, "Will the fountain stay?");

        noScript.find("#" + parent + " .reply a").click();

        noScript.waitUntil("the reply form", d -> d.getCurrentUrl().contains("replyto=") ? true : null);
        assertThat(noScript.text("#reply-title")).isEqualTo("Reply to Sofiia");
        assertThat(noScript.find("#comment_parent").getDomProperty("value")).isEqualTo(parent.substring("comment-".length()));

        send(noScript, "It stays, the plan says.", "Taras", "taras@mail.example");

        String reply = commentWith(noScript, "It stays, the plan says.");
        String url = noScript.waitUntil("the story at the reply", d -> d.getCurrentUrl());
        assertThat(url).endsWith("#" + reply);
        assertThat(noScript.find("#" + reply).getDomAttribute("class")).contains("depth-1");
    }
}
