package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vistka.testing.Browser;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Sharing as a reader's browser runs it: Copy link, the system share sheet, and the after-reading prompt, with and without JavaScript. */
class ShareBrowserTest {
    private static TestSite site;
    private static Browser browser;

    @BeforeAll
    static void open() {
        site = TestSite.shared(TestDatabase.SQLITE);
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A story long enough that its end is well below the first screen. */
    private static String longStory(String title) {
        String paragraph = "The council met again on Tuesday to discuss the ferry, the pier and the winter timetable in detail.";
        return site.stories().story(title).body(String.join("\n\n", java.util.Collections.nCopies(40, paragraph))).save().path();
    }

    private static boolean displayed(Browser b, String selector) {
        List<WebElement> found = b.findAll(selector);
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    private static void scrollToEnd(Browser b) {
        b.script("document.getElementById('share-bar').scrollIntoView()");
    }

    @Test
    void copy_link_copies_the_story_address_and_says_so() {
        String path = longStory("A story to copy");
        browser.allowClipboard();
        browser.load(site.uri(path));

        browser.find(".share-bar a.share-copy").click();

        browser.waitUntil("Copy link to say so", d -> d.findElement(By.cssSelector(".share-bar .share-status")).getText().equals("Link copied"));
        assertThat(browser.find(".share-bar .share-status").getDomAttribute("role")).isEqualTo("status");
        assertThat(browser.script("return location.pathname")).as("the reader stays on the story").isEqualTo(path);
        Object copied = browser.script("return navigator.clipboard.readText()");
        assertThat(copied).isEqualTo("http://127.0.0.1" + path);
    }

    @Test
    void the_share_button_appears_only_where_the_browser_has_a_share_sheet_and_shares_the_story() {
        String path = longStory("A story for the share sheet");
        browser.load(site.uri(path));
        boolean native_ = (Boolean) browser.script("return typeof navigator.share === 'function'");
        assertThat(displayed(browser, ".share-native")).isEqualTo(native_);

        try (Browser sheet = Browser.open(1280, 900)) {
            sheet.beforeEveryPage("Object.defineProperty(Navigator.prototype, 'share', {configurable: true, value: function (data) {"
                    + " window.sharedWith = data; return Promise.resolve(); }});");
            sheet.load(site.uri(path));

            sheet.find(".share-bar .share-native").click();

            @SuppressWarnings("unchecked")
            Map<String, Object> shared = (Map<String, Object>) sheet.waitUntil("the share sheet to open", d -> sheet.script("return window.sharedWith"));
            assertThat(shared).containsEntry("url", "http://127.0.0.1" + path).containsEntry("title", "A story for the share sheet");
            assertThat(sheet.find(".share-bar .share-native").getText()).isEqualTo("Share…");
        }
    }

    @Test
    void the_prompt_appears_beside_the_text_at_the_end_of_the_story_once_and_stays_closed() {
        String path = longStory("A story with an after-reading prompt");
        browser.load(site.uri(path));
        assertThat(displayed(browser, "#share-prompt")).as("before the end").isFalse();

        scrollToEnd(browser);

        browser.waitUntil("the prompt to appear", d -> d.findElement(By.id("share-prompt")).isDisplayed());
        WebElement prompt = browser.find("#share-prompt");
        assertThat(prompt.findElement(By.tagName("h2")).getText()).isEqualTo("Share this post with your friends!");
        assertThat(prompt.getCssValue("position")).isEqualTo("fixed");
        int bodyRight = ((Number) browser.script("return document.querySelector('.article-body').getBoundingClientRect().right")).intValue();
        assertThat(prompt.getRect().getX()).as("the prompt stands in the margin, right of the text").isGreaterThanOrEqualTo(bodyRight);
        assertThat(prompt.findElements(By.cssSelector(".share-links a")).stream().map(WebElement::getText).toList()).contains("Facebook", "Copy link");

        prompt.findElement(By.cssSelector(".share-prompt-close")).click();

        assertThat(browser.findAll("#share-prompt")).isEmpty();
        browser.load(site.uri(path));
        scrollToEnd(browser);
        browser.waitUntil("the end of the story", d -> (Boolean) browser.script(
                "var r = document.getElementById('share-bar').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0"));
        assertThat(browser.findAll("#share-prompt")).as("a closed prompt does not come back").isEmpty();
    }

    @Test
    void on_a_phone_the_prompt_takes_its_place_in_the_page_and_covers_no_text() {
        String path = longStory("A story read on a phone");
        try (Browser phone = Browser.phone(390, 800)) {
            phone.load(site.uri(path));

            scrollToEnd(phone);

            phone.waitUntil("the prompt to appear", d -> d.findElement(By.id("share-prompt")).isDisplayed());
            WebElement prompt = phone.find("#share-prompt");
            assertThat(prompt.getCssValue("position")).isEqualTo("relative");
            assertThat(prompt.getRect().getY()).as("below the share links, in the page")
                    .isGreaterThanOrEqualTo(phone.find("#share-bar").getRect().getY() + phone.find("#share-bar").getRect().getHeight());
            Object overlaps = phone.script("var p = document.getElementById('share-prompt').getBoundingClientRect();"
                    + " return Array.from(document.querySelectorAll('.article-body p, h1, .comments p')).some(function (e) {"
                    + " var r = e.getBoundingClientRect(); return r.top < p.bottom && r.bottom > p.top && r.left < p.right && r.right > p.left; })");
            assertThat(overlaps).isEqualTo(false);
        }
    }

    @Test
    void without_javascript_every_share_link_is_a_plain_link_and_the_prompt_a_plain_block_at_the_end() {
        String path = longStory("A story read without JavaScript");
        try (Browser noScript = Browser.withoutJavaScript(1280, 900)) {
            noScript.load(site.uri(path));

            WebElement prompt = noScript.find("#share-prompt");
            assertThat(prompt.isDisplayed()).isTrue();
            assertThat(prompt.getCssValue("position")).isEqualTo("relative");
            assertThat(prompt.findElement(By.tagName("h2")).getText()).isEqualTo("Share this post with your friends!");
            assertThat(prompt.findElement(By.cssSelector(".share-prompt-close")).isDisplayed()).isFalse();
            assertThat(noScript.find(".share-bar a.share-copy").getDomAttribute("href")).isEqualTo("http://127.0.0.1" + path);
            assertThat(noScript.findAll(".share-native")).isEmpty();
            assertThat(noScript.find(".share-bar a.share-telegram").getDomAttribute("href")).startsWith("/share/telegram/");
        }
    }
}
