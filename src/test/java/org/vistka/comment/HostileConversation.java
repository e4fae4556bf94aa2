package org.vistka.comment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vistka.feed.FeedSettings;
import org.vistka.feed.FeedSettingsStore;
import org.vistka.testing.Commenter;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The hostile corpus posted through the real comment form of a fresh demo site, fifty comments a story, after
 * a calm story whose pages show what clean markup looks like. Comment i types the corpus's string i as its text, i + 1
 * as its name and i + 2 as its website, each from a reader of its own behind the trusted proxy; the site's clock
 * is moved on rather than waited for. A field the site refuses is typed again plainly, as a reader would after
 * reading the message. Keeps every answer that was not "stored", and the site's comment feeds as they stood after
 * each story. Made once per database and test run, for every test that reads it; read-only once made.
 */
final class HostileConversation {
    private static final Map<TestDatabase, HostileConversation> POSTED = new EnumMap<>(TestDatabase.class);
    static final int PER_STORY = 50;
    private static final Instant START = Instant.parse("2027-03-02T06:00:00Z");
    private static final Duration THINKING = Duration.ofSeconds(5);
    static final String TITLE = "Readers argue over the new ferry timetable";

    /** A story and the corpus indexes commented on it, {@code first} to {@code end} exclusive. */
    record Story(long id, String path, int first, int end) {
    }

    /** A stored comment: which string of the corpus it came from and what was typed in the end. */
    record Stored(long id, int index, Story story, HostileCorpus.Typed typed) {
    }

    /** An answer other than "stored" to comment {@code index}, with what was typed. */
    record Answer(int index, HostileCorpus.Typed typed, int status, String body) {
    }

    /** A comment feed as it was fetched. */
    record FeedView(String path, int status, String body) {
    }

    final TestSite site;
    final HostileCorpus corpus = HostileCorpus.load();
    final Story calm;
    /** A refusal of a calm comment with every field wrong: what a refusal page looks like. */
    final String calmRefusal;
    final List<Story> stories = new ArrayList<>();
    final Map<Long, Stored> stored = new LinkedHashMap<>();
    final List<Answer> refusals = new ArrayList<>();
    final List<FeedView> siteFeeds = new ArrayList<>();
    /** Pages that lost their comment form to a comment before them. */
    final List<String> brokenPages = new ArrayList<>();
    final Duration took;

    /** The corpus posted on this database: posted by the first test that asks, its site stopped when the tests end. */
    static synchronized HostileConversation on(TestDatabase db) {
        return POSTED.computeIfAbsent(db, d -> {
            HostileConversation posted = new HostileConversation(d);
            Runtime.getRuntime().addShutdownHook(new Thread(posted.site::close, "stop-hostile-site"));
            return posted;
        });
    }

    private HostileConversation(TestDatabase db) {
        site = TestSite.fresh(db, true);
        CommentSettings d = CommentSettings.DEFAULTS;
        // Nothing held for being a first comment, for links or for a busy story: as many comments as can be are shown.
        new CommentSettingsStore(site.jdbi(), site.changes()).save(new CommentSettings(true, 0, true, false, false, 0, List.of(),
                List.of(), 0, d.threadDepth(), PER_STORY, d.minFormSeconds(), d.secondsBetween(), d.perHour(), 0,
                d.slowModeMinutes(), d.keepAddressDays()));
        new FeedSettingsStore(site.jdbi(), site.changes()).save(new FeedSettings(false, FeedSettings.MAX_ITEMS));
        // Titled as the hostile stories, so that its page too shows them as related stories.
        calm = story(TITLE, 0, 0);
        Commenter calmReader = new Commenter(site, START.minus(Duration.ofHours(1)));
        calmReader.post(calm.path(), THINKING, fields("Agreed, <em>mostly</em>: <strong>the</strong> <code>ferry</code> runs.\n\n"
                + "<blockquote>Quoted words</blockquote>\nSee https://calm.example/a and <a href=\"https://calm.example/b\">this</a>.",
                "Calm Reader", "calm@mail.example", "https://calm.example/"));
        calmReader.later(Duration.ofMinutes(1)).post(calm.path(), THINKING, fields("A second calm line.", "Olena", "olena@mail.example", ""));
        calmRefusal = calmReader.later(Duration.ofMinutes(1)).post(calm.path(), THINKING, fields(" ", " ", "not-an-address", "ftp://calm.example/")).body();
        long started = System.nanoTime();
        for (int first = 0; first < corpus.size(); first += PER_STORY) {
            Story story = story(TITLE, first, Math.min(corpus.size(), first + PER_STORY));
            stories.add(story);
            postAll(story, new Commenter(site, START.plus(Duration.ofHours(stories.size()))));
            for (String path : List.of("/comments/feed/", "/comments/feed/atom/")) {
                HttpResponse<String> feed = site.get(path);
                siteFeeds.add(new FeedView(path, feed.statusCode(), feed.body()));
            }
        }
        took = Duration.ofNanos(System.nanoTime() - started);
    }

    private Story story(String title, int first, int end) {
        var saved = site.stories().story(title).bylined().publishedAt(START.minus(Duration.ofDays(1))).save();
        return new Story(saved.id(), saved.path(), first, end);
    }

    private void postAll(Story story, Commenter reader) {
        for (int i = story.first(); i < story.end(); i++) {
            // Readers of their own: the flood rules count by network address and by email.
            reader.browser().behindProxyAs("2001:db8::" + Integer.toHexString(i + 1));
            try {
                post(story, reader, i);
            } catch (AssertionError noForm) {
                // A comment broke the page its form is on: noted, and the story's remaining strings go unsent.
                brokenPages.add(noForm.getMessage() + ", while sending string " + i);
                return;
            }
            reader.later(THINKING);
        }
    }

    private void post(Story story, Commenter reader, int i) {
        String email = "hostile-" + i + "@mail.example";
        HostileCorpus.Typed typed = corpus.comment(i);
        HttpResponse<String> answer = reader.post(story.path(), THINKING, fields(typed, email));
        for (int tries = 1; tries < 4 && (answer.statusCode() == 400 || answer.statusCode() == 409); tries++) {
            refusals.add(new Answer(i, typed, answer.statusCode(), answer.body()));
            typed = retyped(i, typed, Jsoup.parse(answer.body()));
            answer = reader.resend(answer, THINKING, fields(typed, email));
        }
        if (answer.statusCode() == 303) {
            String location = answer.headers().firstValue("Location").orElseThrow();
            long id = Long.parseLong(location.replaceFirst(".*#comment-", ""));
            stored.put(id, new Stored(id, i, story, typed));
        } else {
            refusals.add(new Answer(i, typed, answer.statusCode(), answer.body()));
        }
    }

    /** What a reader types after a refusal: plain words in each field the page marked, the rest as before. */
    private static HostileCorpus.Typed retyped(int i, HostileCorpus.Typed typed, Document refusal) {
        return new HostileCorpus.Typed(
                refusal.getElementById("comment-error") == null ? typed.text() : "Plain words in place of string " + i + ".",
                refusal.getElementById("author-error") == null ? typed.name() : "Reader " + i,
                refusal.getElementById("url-error") == null ? typed.website() : "");
    }

    private static Map<String, String> fields(HostileCorpus.Typed typed, String email) {
        return fields(typed.text(), typed.name(), email, typed.website());
    }

    private static Map<String, String> fields(String text, String name, String email, String website) {
        return Map.of("comment", text, "author", name, "email", email, "url", website);
    }

    /** The ids of this story's comments with {@code status}, as the database has them. */
    List<Long> idsWith(Story story, CommentStatus status) {
        return site.jdbi().withHandle(h -> h.createQuery("SELECT id FROM comment WHERE article_id = :story AND status = :status ORDER BY id")
                .bind("story", story.id()).bind("status", status.dbValue()).mapTo(Long.class).list());
    }
}
