package org.vistka.bench;

import ch.qos.logback.classic.Level;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.article.Article;
import org.vistka.article.ArticleStore;
import org.vistka.comment.CommentSettings;
import org.vistka.comment.CommentSettingsStore;
import org.vistka.storage.ContentChanges;
import org.vistka.storage.Database;

/**
 * {@code vistka bench comments}: do posted comments slow reading? A Vistka server started as its own process, as
 * {@code ./vistka serve} starts it, on a free port of 127.0.0.1, with the demo site, first on SQLite and then on
 * PostgreSQL. Readers load one story at a steady pace;
 * their times are taken with the site idle, then while writers post comments to that same story from many
 * connections. Prints the comments acknowledged per second, the refusals by status, the readers' p50 and p99 idle
 * and under load, and checks that every acknowledged comment is in the database once the server has stopped.
 * Then the readers' times once the writers stopped tell how much of the difference is the story's new comments.
 * Exit status 1 when an acknowledged comment is missing. Bounded: about 35 seconds of load per database.
 */
public final class CommentBench {
    private static final int READERS = 16;
    private static final Duration READER_INTERVAL = Duration.ofMillis(50);
    private static final int WRITERS = 48;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration IDLE = Duration.ofSeconds(8);
    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final Duration AFTER = Duration.ofSeconds(4);
    private static final double AIM_PER_SECOND = 500;

    private final PrintStream out;

    private CommentBench(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code bench comments}; returns the process exit status. */
    public static int command(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2 || !args[0].equals("comments")
                || (args.length == 2 && !args[1].equals("sqlite") && !args[1].equals("postgresql"))) {
            out.println("usage: vistka bench comments [sqlite|postgresql]");
            return 64;
        }
        if (System.getenv("VISTKA_LOG_LEVEL") == null) {
            // One log line per request would drown the figures (and cost the server time the bench is measuring).
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
            // Each bench server is new and thrown away: its one-time code for the first administrator is no news.
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.vistka.account.FirstAdministrator")).setLevel(Level.ERROR);
        }
        return new CommentBench(out).run(args.length == 1 || args[1].equals("sqlite"), args.length == 1 || args[1].equals("postgresql"));
    }

    private int run(boolean sqlite, boolean postgresql) {
        out.printf("Vistka comment bench: %d readers each loading one story every %d ms; after %d s idle, %d writers post"
                        + " comments to that story for %d s (after a %d s warm-up on another story). %d processors; load"
                        + " average before the run %s (other work on the machine lowers the figures).%n",
                READERS, READER_INTERVAL.toMillis(), IDLE.toSeconds(), WRITERS, LOAD.toSeconds(), WARM_UP.toSeconds(),
                Runtime.getRuntime().availableProcessors(), MachineLoad.average());
        out.println("All load comes from 127.0.0.1, so the flood rules are relaxed for the bench: minimum form time 0 s,"
                + " seconds between comments 0, per hour unlimited, first comments not held, slow mode off."
                + " The server logs warnings only. The writers' own work runs at background priority: on a real site it"
                + " is done on their machines, not on the server's processors.");
        List<Report> reports = BenchDatabase.each(sqlite, postgresql, out, this::measure);
        out.println();
        out.println("Summary (aim: at least " + (int) AIM_PER_SECOND + " acknowledged comments/s on SQLite; readers' p99 under load at most 2× idle)");
        for (Report r : reports) {
            out.printf("  %-10s  %6.0f comments/s  readers p99 %5.1f ms idle, %5.1f ms under load (%.1f×)  %s%n",
                    r.database, r.load.perSecond(), r.idle.millis(99), r.busy.millis(99), r.ratio(),
                    r.missing == 0 ? "no acknowledged comment lost" : r.missing + " ACKNOWLEDGED COMMENTS MISSING");
        }
        return reports.stream().allMatch(r -> r.missing == 0) ? 0 : 1;
    }

    private Report measure(BenchDatabase database) {
        out.println();
        out.println(database.name() + " (" + Database.redact(database.url()) + ")");
        Report report;
        try (BenchServer server = BenchServer.start(database, true); Database data = Database.open(database.url())) {
            relaxFloodRules(new CommentSettingsStore(data.jdbi(), new ContentChanges()));
            List<Article> stories = storiesOpenForComments(data);
            Article read = stories.get(0);
            Article warmUp = stories.get(1);
            URI base = server.base();
            out.printf("  server started in %d ms as its own process; readers load %s%n", server.startupMillis(), read.path());
            try (Readers readers = new Readers(base.resolve(read.path()), READERS, READER_INTERVAL)) {
                Writers.Result warm = Writers.run(base, warmUp.path(), warmUp.id(), WRITERS, WARM_UP, "warm-up");
                readers.next();
                out.printf("  warm-up:            %d comments on another story (%.0f/s)%n", warm.acknowledged().size(), warm.perSecond());
                BenchClients.pause(IDLE);
                Latencies idle = readers.next();
                out.printf("  readers, idle:      %d pages, %s%n", idle.count(), idle.summary());
                Writers.Result load = Writers.run(base, read.path(), read.id(), WRITERS, LOAD, "bench");
                Latencies busy = readers.next();
                out.printf("  writers:            %d connections for %.1f s: %d comments acknowledged = %.0f/s%s; refused: %s%n",
                        load.writers(), load.seconds(), load.acknowledged().size(), load.perSecond(),
                        database.name().equals("SQLite") ? (load.perSecond() >= AIM_PER_SECOND ? " (aim met)" : " (BELOW the aim of 500/s)") : "",
                        load.refusedSummary());
                out.printf("  writers' POSTs:     %s%n", load.posts().summary());
                out.printf("  readers, load:      %d pages, %s; pages failed: %d%n", busy.count(), busy.summary(), readers.failures());
                report = new Report(database.name(), idle, busy, load, warm, 0);
                out.printf("  readers' p99:       %.1f× the idle figure%s%n", report.ratio(), report.ratio() <= 2 ? " (aim met)" : " (ABOVE the aim of 2×)");
                BenchClients.pause(AFTER);
                Latencies after = readers.next();
                // Tells the cost of a story that now holds thousands of comments from the cost of the posting itself.
                out.printf("  readers, after:     %d pages, %s (idle again, the story holding %d more comments)%n",
                        after.count(), after.summary(), load.acknowledged().size());
            }
        }
        long missing = missing(database.url(), report);
        out.printf("  durability:         server stopped; %s%n", missing == 0
                ? "all " + (report.load.acknowledged().size() + report.warm.acknowledged().size()) + " acknowledged comments are in the database with their text"
                : missing + " acknowledged comments are NOT in the database");
        return report.withMissing(missing);
    }

    private static void relaxFloodRules(CommentSettingsStore store) {
        CommentSettings s = store.load();
        store.save(new CommentSettings(s.open(), 0, s.requireNameAndEmail(), s.holdAll(), false, s.holdAtLinks(),
                s.moderationWords(), s.disallowedWords(), 0, s.threadDepth(), s.perPage(), 0, 0, 0, 0,
                s.slowModeMinutes(), s.keepAddressDays()));
    }

    /** The two newest published stories open for comments: one to read and comment on, one to warm up on. */
    static List<Article> storiesOpenForComments(Database database) {
        ArticleStore articles = new ArticleStore(database.jdbi());
        List<Article> open = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM article WHERE status = 'published' ORDER BY published_at DESC, id DESC")
                .mapTo(Long.class).list()).stream()
                .map(articles::findPublished).flatMap(Optional::stream).filter(Article::commentsOpen).limit(2).toList();
        if (open.size() < 2) {
            throw new IllegalStateException("the demo site has fewer than two stories open for comments");
        }
        return open;
    }

    /** How many acknowledged comments are not in the database, or not with the text that was sent. */
    private static long missing(String url, Report report) {
        try (Database database = Database.open(url)) {
            Map<Long, String> stored = database.jdbi().withHandle(h -> h.createQuery("SELECT id, body_text FROM comment")
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("body_text"))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            return Stream.concat(report.load.acknowledged().stream(), report.warm.acknowledged().stream())
                    .filter(c -> !c.text().equals(stored.get(c.id()))).count();
        }
    }

    private record Report(String database, Latencies idle, Latencies busy, Writers.Result load, Writers.Result warm, long missing) {
        double ratio() {
            return idle.millis(99) == 0 ? 0 : busy.millis(99) / idle.millis(99);
        }

        Report withMissing(long count) {
            return new Report(database, idle, busy, load, warm, count);
        }
    }
}
