package org.vistka.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.vistka.article.FeaturedImage;
import org.vistka.testing.Stories;
import org.vistka.testing.TestSite;

/** Feeds read as a feed reader reads them (Rome's parser), and a newsroom corner of its own for each test: images, comments. */
final class FeedFixture {
    static final String BASE = "http://127.0.0.1";

    private FeedFixture() {
    }

    /** The feed at {@code path}, which must answer 200 with {@code mediaType}, parsed by Rome. */
    static SyndFeed parse(TestSite site, String path, String mediaType) {
        HttpResponse<String> response = site.get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        if (!type.equals(mediaType + "; charset=utf-8")) {
            throw new AssertionError(path + " was sent as " + type);
        }
        try {
            return new SyndFeedInput().build(new StringReader(response.body()));
        } catch (FeedException e) {
            throw new AssertionError(path + " is not a valid feed: " + e.getMessage(), e);
        }
    }

    /** A featured image whose file exists in the site's media folder, {@code bytes} long. */
    static FeaturedImage image(TestSite site, int bytes) {
        String name = "feed-" + Stories.unique() + "-800.jpg";
        try {
            Files.write(site.dataDir().resolve("media").resolve(name), new byte[bytes]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FeaturedImage("/media/" + name, 800, 450, "A ferry at the pier", "The pier at dawn.", "Photo: the newsroom");
    }

    /** A comment on a story, stored as the comment feature stores one, with {@code status} approved, pending or spam. */
    static void comment(TestSite site, long articleId, String status, String name, String email, String html, Instant at) {
        site.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO comment (article_id, status, author_name, author_email, author_url, body_text, body_html,
                                             created_at, content_hash)
                        VALUES (:article, :status, :name, :email, 'https://writer.example/', :html, :html, :at, :hash)""")
                .bind("article", articleId).bind("status", status).bind("name", name).bind("email", email).bind("html", html)
                .bind("at", at.toEpochMilli()).bind("hash", Stories.unique()).execute());
    }

    static Path media(TestSite site, FeaturedImage image) {
        return site.dataDir().resolve("media").resolve(image.url().substring("/media/".length()));
    }

    /** A time {@code hours} hours before the tests' reference moment, in the past for every test. */
    static Instant hoursAgo(int hours) {
        return Instant.parse("2026-11-20T10:00:00Z").minusSeconds(3600L * hours);
    }
}
