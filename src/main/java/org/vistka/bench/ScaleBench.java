package org.vistka.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.vistka.article.ArticleStore;
import org.vistka.article.Permalinks;
import org.vistka.search.ProgressBar;
import org.vistka.search.Search;
import org.vistka.storage.Database;

/**
 * {@code vistka bench scale [largest]}: whether Vistka stays as fast as the archive grows. It fills a SQLite database
 * with a generated archive of 10,000, then 100,000, then 1,000,000 stories (short bodies: the number of stories is
 * what is measured), indexes it for search, and at each size starts the server as its own process and prints the
 * start-up time and the time to render, past the page cache, a story, a section page deep in its archive (page 500,
 * or the section's last page where it has fewer) and the home page. Aim: flat, no figure at a million more than
 * twice its figure at ten thousand.
 */
public final class ScaleBench {
    private static final int[] SIZES = {10_000, 100_000, 1_000_000};
    private static final int DEEP_PAGE = 500;
    private static final int STORIES_PER_PAGE = 20;
    /** Renders before measuring: a server that has just started runs its code interpreted at first. */
    private static final int WARM_UP = 1_500;
    private static final int MEASURED = 500;
    /** A cookie keeps the page cache out of the way: every request is a render. */
    private static final String[] UNCACHED = {"Cookie", "bench=uncached"};

    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();

    private ScaleBench(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code bench scale [largest]}; returns the process exit status. */
    public static int command(String[] args, PrintStream out) {
        if (args.length > 2 || (args.length == 2 && !args[1].matches("10000|100000|1000000"))) {
            out.println("usage: vistka bench scale [10000|100000|1000000: the largest archive, 1000000 by default]");
            return 64;
        }
        int largest = args.length == 2 ? Integer.parseInt(args[1]) : SIZES[SIZES.length - 1];
        return new ScaleBench(out).run(largest);
    }

    private int run(int largest) {
        try (BenchDatabase bench = BenchDatabase.sqlite()) {
            out.printf("Vistka scale bench: archives of up to %,d generated stories in SQLite under %s; %d processors, "
                    + "load average %s.%n", largest, bench.dataDir(), Runtime.getRuntime().availableProcessors(), MachineLoad.average());
            out.printf("%12s %12s %22s %26s %22s%n", "stories", "start-up", "story p50 / p99", "section page p50 / p99", "home p50 / p99");
            ArchiveGenerator generator = new ArchiveGenerator(19_91L, 20, 80);
            int written = 0;
            for (int size : SIZES) {
                if (size > largest) {
                    break;
                }
                String story = fill(bench, generator, written, size, largest);
                written = size;
                try (BenchServer server = BenchServer.start(bench, false)) {
                    int lastPage = (int) Math.ceil(storiesIn(bench, "news") / (double) STORIES_PER_PAGE);
                    int page = Math.min(DEEP_PAGE, lastPage);
                    Latencies article = measure(server.base().resolve(story));
                    Latencies section = measure(server.base().resolve("/section/news/?page=" + page));
                    Latencies home = measure(server.base().resolve("/"));
                    out.printf("%,12d %9d ms %22s %26s %22s%n", size, server.startupMillis(), figures(article),
                            figures(section) + " (page " + page + ")", figures(home));
                }
            }
            return 0;
        }
    }

    /** Adds stories up to {@code size} and rebuilds the search index; returns the address of a story in the middle. */
    private String fill(BenchDatabase bench, ArchiveGenerator generator, int from, int size, int largest) {
        try (Database database = Database.open(bench.url())) {
            long started = System.nanoTime();
            generator.generate(database.jdbi(), from, size, largest, written -> { });
            out.printf("  (%,d stories written in %.0f s;", size - from, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            try (Search search = Search.open(database.jdbi(), new ArticleStore(database.jdbi()), bench.dataDir().resolve("index"))) {
                search.rebuild(new ProgressBar(new PrintStream(PrintStream.nullOutputStream()), false));
            }
            out.printf(" %,d indexed in %.0f s)%n", size, (System.nanoTime() - started) / 1e9);
            return database.jdbi().withHandle(h -> h.createQuery("SELECT slug, published_at FROM article WHERE id = :id")
                    .bind("id", size / 2)
                    .map((rs, ctx) -> Permalinks.articlePath(rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at"))))
                    .one());
        }
    }

    private static long storiesIn(BenchDatabase bench, String section) {
        try (Database database = Database.open(bench.url())) {
            return database.jdbi().withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) FROM article a JOIN section s ON s.id = a.section_id WHERE s.slug = :slug AND a.status = 'published'")
                    .bind("slug", section).mapTo(Long.class).one());
        }
    }

    /** Renders {@code page} one request at a time: the time a reader waits for it on an idle server. */
    private Latencies measure(URI page) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            HttpResponse<Void> response = send(page);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
            if (i >= WARM_UP) {
                latencies.add(System.nanoTime() - started);
            }
        }
        return latencies;
    }

    private HttpResponse<Void> send(URI page) {
        try {
            return http.send(HttpRequest.newBuilder(page).headers(UNCACHED).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String figures(Latencies latencies) {
        return String.format("%.1f / %.1f ms", latencies.millis(50), latencies.millis(99));
    }
}
