package org.vistka.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader who comments: a browser with its own cookies that opens a story, waits a while as a person would
 * (moving the site's clock on), and sends the comment form.
 */
public final class Commenter {
    private final TestSite site;
    private final NewsroomClient browser;
    private Instant now;

    public Commenter(TestSite site, Instant start) {
        this.site = site;
        this.browser = new NewsroomClient(site);
        this.now = start;
    }

    public NewsroomClient browser() {
        return browser;
    }

    /** Opens the story, waits {@code thinking}, then posts these fields (the form token and story come from the page). */
    public HttpResponse<String> post(String storyPath, Duration thinking, Map<String, String> fields) {
        site.clock().set(now);
        Document page = Jsoup.parse(browser.get(storyPath).body());
        var form = page.selectFirst("#commentform");
        if (form == null) {
            throw new AssertionError("no comment form on " + storyPath);
        }
        Map<String, Object> all = new HashMap<>();
        all.put("csrf_token", page.selectFirst("input[name=csrf_token]").val());
        all.putAll(fields);
        now = now.plus(thinking);
        site.clock().set(now);
        return browser.post(form.attr("action"), all);
    }

    /** Posts a comment after twenty seconds of thought, enough for every flood rule's default. */
    public HttpResponse<String> post(String storyPath, String text, String name, String email) {
        return post(storyPath, Duration.ofSeconds(20), Map.of("comment", text, "author", name, "email", email));
    }

    /** Lets time pass before the next comment. */
    public Commenter later(Duration time) {
        now = now.plus(time);
        return this;
    }
}
