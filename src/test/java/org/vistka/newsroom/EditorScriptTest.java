package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vistka.account.Role;
import org.vistka.testing.Browser;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The story editor's See-also picker in a real browser: with editor.js, Find fills the results in place and Insert
 * puts the block where the cursor was; without JavaScript the same buttons post the whole form and nothing is lost.
 */
class EditorScriptTest {
    private static final String FERRY_TITLE = "Video: Aboard the Stand-In Ferry on Its First Test Crossing";
    private static final String FIRST = "The river authority inspected the pier on Friday.";
    private static final String SECOND = "Crossings for passengers begin next month.";

    private static TestSite site;
    private static long ferryId;

    @BeforeAll
    static void start() {
        site = TestSite.shared(TestDatabase.SQLITE);
        ferryId = site.jdbi().withHandle(h -> h.createQuery("SELECT id FROM article WHERE title = :title")
                .bind("title", FERRY_TITLE).mapTo(Long.class).one());
    }

    @Test
    void with_javascript_find_fills_the_results_in_place_and_insert_puts_the_block_at_the_cursor_without_a_reload() {
        try (Browser browser = Browser.open(1280, 900)) {
            signIn(browser);
            browser.load(site.uri("/newsroom/stories/new/"));
            String title = "Ferry inspection " + Stories.unique();
            browser.find("#title").sendKeys(title);
            WebElement body = browser.find("#body");
            body.sendKeys(FIRST + "\n\n" + SECOND);
            browser.script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);",
                    body, FIRST.length());
            browser.find("#see-also-query").click(); // leaving the text is when the script notes where the cursor was
            browser.script("window.__marker = 1;");

            browser.find("#see-also-query").sendKeys("ferry");
            browser.find("button[name=action][value=find]").click();
            String found = browser.waitUntil("the results list to fill in with the stand-in ferry story", d -> (String) browser.script("""
                    const item = Array.from(document.querySelectorAll('#see-also-results li'))
                        .find(li => li.textContent.includes('Aboard the Stand-In Ferry'));
                    const button = item && item.querySelector('button[name=insertSeeAlso]');
                    return button ? button.value : null;"""));

            assertThat(found).isEqualTo(String.valueOf(ferryId));
            assertThat(browser.script("return window.__marker;")).as("the marker set before Find (gone if the page reloaded)")
                    .isEqualTo(1L);
            assertThat(currentUrl(browser)).isEqualTo(site.uri("/newsroom/stories/new/").toString());

            browser.find("#see-also-results button[name=insertSeeAlso][value='" + ferryId + "']").click();

            String expected = FIRST + "\n\n{{see-also " + ferryId + "}}\n\n" + SECOND;
            assertThat(body.getDomProperty("value")).isEqualTo(expected);
            assertThat(browser.script("return window.__marker;")).as("the marker set before Insert").isEqualTo(1L);
            assertThat(browser.text("#see-also-status")).isEqualTo("See also block inserted.");
            assertThat(browser.find("#title").getDomProperty("value")).isEqualTo(title);

            browser.find("button[name=action][value=save]").click();
            browser.waitUntil("the saved story's editor to load", ExpectedConditions.urlContains("?done=created"));

            assertThat(currentUrl(browser)).matches(".*/newsroom/stories/\\d+/\\?done=created");
            assertThat(browser.text(".notice")).isEqualTo("Story created.");
            assertThat(browser.find("#body").getDomProperty("value")).isEqualTo(expected);
            assertThat(browser.find("#title").getDomProperty("value")).isEqualTo(title);
        }
    }

    @Test
    void without_javascript_find_and_insert_post_the_whole_form_keep_the_title_and_add_the_block_at_the_end() {
        try (Browser browser = Browser.withoutJavaScript(1280, 900)) {
            signIn(browser);
            browser.load(site.uri("/newsroom/stories/new/"));
            String title = "Ferry inspection without scripts " + Stories.unique();
            browser.find("#title").sendKeys(title);
            browser.find("#body").sendKeys(FIRST + "\n\n" + SECOND);
            browser.find("#see-also-query").sendKeys("ferry");

            WebElement before = browser.find("#body");
            browser.find("button[name=action][value=find]").click();
            browser.waitUntilGone("the Find button to post the form and load the editor anew", before);

            assertThat(browser.find("#title").getDomProperty("value")).isEqualTo(title);
            assertThat(browser.find("#body").getDomProperty("value")).isEqualTo(FIRST + "\n\n" + SECOND);
            assertThat(browser.find("#see-also-query").getDomProperty("value")).isEqualTo("ferry");
            WebElement insert = browser.find("#see-also-results button[name=insertSeeAlso][value='" + ferryId + "']");
            assertThat(insert.findElement(By.xpath("..")).getText()).contains("Aboard the Stand-In Ferry");

            before = browser.find("#body");
            insert.click();
            browser.waitUntilGone("the Insert button to post the form and load the editor anew", before);

            assertThat(browser.find("#title").getDomProperty("value")).isEqualTo(title);
            assertThat(browser.find("#body").getDomProperty("value").stripTrailing())
                    .isEqualTo(FIRST + "\n\n" + SECOND + "\n\n{{see-also " + ferryId + "}}");
            assertThat(currentUrl(browser)).isEqualTo(site.uri("/newsroom/stories/new/").toString());
        }
    }

    private static String currentUrl(Browser browser) {
        return browser.waitUntil("the current address", d -> d.getCurrentUrl());
    }

    /** Signs in through the real sign-in page, as a new author. */
    private static void signIn(Browser browser) {
        browser.signIn(site, site.member(Role.AUTHOR));
    }
}
