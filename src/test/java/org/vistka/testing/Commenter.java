package org.vistka.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

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

    /**
     * Opens the story, waits {@code thinking}, then posts the form as a browser would: every field the page's form
     * holds (its token among them, whatever its name), with {@code fields} typed over them.
     */
    public HttpResponse<String> post(String storyPath, Duration thinking, Map<String, String> fields) {
        site.clock().set(now);
        return send(storyPath, browser.get(storyPath), thinking, fields);
    }

    /** Sends the form again from the page that refused it, as a reader who corrects {@code fields} after {@code thinking}. */
    public HttpResponse<String> resend(HttpResponse<String> refusal, Duration thinking, Map<String, String> fields) {
        return send("the refusal of " + refusal.uri(), refusal, thinking, fields);
    }

    private HttpResponse<String> send(String where, HttpResponse<String> shown, Duration thinking, Map<String, String> fields) {
        Document page = Jsoup.parse(shown.body());
        if (!(page.selectFirst("#commentform") instanceof FormElement form)) {
            throw new AssertionError("no comment form on " + where);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        form.formData().forEach(field -> all.put(field.key(), field.value()));
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
