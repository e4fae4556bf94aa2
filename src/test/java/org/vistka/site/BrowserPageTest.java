package org.vistka.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vistka.testing.Browser;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** The demo site as a real browser renders and runs it: the header clock, reading without JavaScript, phones, hosts. */
class BrowserPageTest {
    private static final String ARTICLE = "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/";
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private static TestSite site;
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        site = TestSite.shared(TestDatabase.SQLITE);
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void resetClock() {
        site.clock().reset();
    }

    @Test
    void clock_script_corrects_a_stale_served_time_to_the_current_kyiv_time() {
        site.clock().set(Instant.parse("2026-03-29T00:30:00Z"));
        String served = "2026-03-29T02:30+02:00";
        assertThat(site.get("/").body()).as("the served page, before any script runs")
                .contains("<time id=\"kyiv-clock\" datetime=\"" + served + "\">02:30</time> in Kyiv (<span id=\"kyiv-zone\">EET</span>)");

        browser.load(site.uri("/"));
        browser.waitUntil("clock.js to replace the served time",
                d -> !served.equals(d.findElement(By.id("kyiv-clock")).getDomAttribute("datetime")));

        Instant now = Instant.now();
        List<ZonedDateTime> around = Stream.of(now.minusSeconds(60), now, now.plusSeconds(60)).map(i -> i.atZone(KYIV)).toList();
        List<String> times = around.stream().map(DateTimeFormatter.ofPattern("HH:mm")::format).toList();
        List<String> machines = around.stream().map(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx")::format).toList();
        boolean summer = KYIV.getRules().isDaylightSavings(now);
        WebElement clock = browser.find("#kyiv-clock");
        assertThat(clock.getText()).isIn(times);
        assertThat(browser.text("#kyiv-zone")).isEqualTo(summer ? "EEST" : "EET");
        assertThat(clock.getDomAttribute("datetime")).isIn(machines).endsWith(summer ? "+03:00" : "+02:00")
                .contains("T" + clock.getText());
    }

    @Test
    void without_javascript_the_served_clock_stays_and_the_article_reads_fully() {
        site.clock().set(Instant.parse("2026-10-25T00:30:00Z"));
        try (Browser noScript = Browser.withoutJavaScript(1280, 900)) {
            noScript.load(site.uri(ARTICLE));

            assertThat(noScript.text(".clock")).isEqualTo("03:30 in Kyiv (EEST)");
            WebElement body = noScript.find(".article-body");
            assertThat(body.isDisplayed()).as("article body displayed").isTrue();
            assertThat(body.getText()).contains("Dnipro has opened heating and charging points in all of its districts")
                    .contains("Most points open automatically when a district loses power for more than two hours.");
            WebElement byline = noScript.find(".byline");
            assertThat(byline.isDisplayed()).as("byline displayed").isTrue();
            assertThat(byline.getText()).startsWith("By Olena Marchuk").contains("24 November 2026, 13:40");
            WebElement tags = noScript.find(".tags");
            assertThat(tags.isDisplayed()).as("tags displayed").isTrue();
            assertThat(tags.getText()).startsWith("Tags: ").contains("heating", "power", "Dnipro");
        }
    }

    @Test
    void layout_fits_a_320_pixel_phone_without_sideways_scrolling() {
        try (Browser phone = Browser.phone(320, 800)) {
            // The home page's h1 is for screen readers only; the headline a reader sees there is the lead story's.
            for (String[] page : new String[][] {{"/", ".lead-story h2"}, {ARTICLE, "h1"}}) {
                phone.load(site.uri(page[0]));

                long pageWidth = (Long) phone.script("return document.documentElement.scrollWidth");
                long viewWidth = (Long) phone.script("return window.innerWidth");
                assertThat(pageWidth).as("page width of " + page[0]).isLessThanOrEqualTo(viewWidth);
                assertThat(viewWidth).as("viewport of " + page[0] + " (a phone zooms out to fit a page wider than its screen)")
                        .isEqualTo(320L);
                assertThat(phone.find(page[1]).isDisplayed()).as(page[1] + " displayed on " + page[0]).isTrue();
            }
        }
    }

    @Test
    void page_loads_nothing_from_other_hosts() {
        String origin = site.uri("/").toString();
        for (String path : List.of("/", ARTICLE)) {
            browser.load(site.uri(path));
            browser.script("document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager')");
            browser.waitUntil("every image of " + path + " to load",
                    d -> (Boolean) browser.script("return Array.from(document.images).every(img => img.complete)"));

            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(entry => entry.name)");
            assertThat(resources).as("resources of " + path).isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(origin));
        }
    }
}
