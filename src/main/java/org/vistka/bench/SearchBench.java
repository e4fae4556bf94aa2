package org.vistka.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.vistka.article.ArticleStore;
import org.vistka.search.ProgressBar;
import org.vistka.search.Search;
import org.vistka.search.SearchOrder;
import org.vistka.search.SearchRequest;
import org.vistka.storage.Database;

/**
 * {@code vistka bench search [stories]}: fills a new SQLite database in a temporary folder with a generated archive
 * (100,000 stories unless told), builds the search index from it, then times a mix of searches one after another:
 * single words of each language, inflected forms and other spellings of places, two words, quoted names, and words
 * with a section, author or date filter, best match or newest first. Each search is what the search page asks:
 * the Lucene query, the snippets and the 20 stories read from the database. Prints the time to index and the
 * p50/p95/p99 per kind and overall; deletes its folder at the end. Aim: p95 under 20 ms.
 */
public final class SearchBench {
    private static final int DEFAULT_STORIES = 100_000;
    private static final int WARM_UP = 400;
    private static final int MEASURED = 3_000;
    private static final int PAGE_SIZE = 20;
    private static final double AIM_P95_MILLIS = 20;

    private final PrintStream out;

    private SearchBench(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code bench search [stories]}; returns the process exit status. */
    public static int command(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2 || !args[0].equals("search") || (args.length == 2 && !args[1].matches("\\d{1,7}"))) {
            out.println("usage: vistka bench search [number of stories, 100000 by default]");
            return 64;
        }
        return new SearchBench(out).run(args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_STORIES);
    }

    private int run(int count) {
        try (BenchDatabase bench = BenchDatabase.sqlite(); Database database = Database.open(bench.url())) {
            Path folder = bench.dataDir();
            out.printf("Vistka search bench: %,d generated stories in SQLite under %s; %d processors, load average %s.%n",
                    count, folder, Runtime.getRuntime().availableProcessors(), MachineLoad.average());
            ArchiveGenerator generator = new ArchiveGenerator(20_26L);
            long started = System.nanoTime();
            generator.generate(database.jdbi(), count, written -> {
                if (written % (count / 10 == 0 ? 1 : Math.max(ArchiveGenerator.STORIES_PER_TRANSACTION, count / 10)) == 0 || written == count) {
                    out.printf("  generated %,d stories%n", written);
                }
            });
            out.printf("Archive written in %.1f s.%n", seconds(started));
            try (Search search = Search.open(database.jdbi(), new ArticleStore(database.jdbi()), folder.resolve("index"))) {
                started = System.nanoTime();
                search.rebuild(new ProgressBar(out, System.console() != null));
                double indexSeconds = seconds(started);
                out.printf("Indexed %,d stories in %.1f s (%,.0f stories/s); the index takes %,d MB.%n", count, indexSeconds,
                        count / indexSeconds, size(folder.resolve("index")) / 1_000_000);
                return measure(search, queries(generator.lexicons(), new Random(7), WARM_UP + MEASURED));
            }
        }
    }

    private int measure(Search search, List<Query> queries) {
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        Latencies all = new Latencies();
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            long started = System.nanoTime();
            hits += search.find(query.request()).hits().size();
            long took = System.nanoTime() - started;
            if (i >= WARM_UP) {
                all.add(took);
                byKind.computeIfAbsent(query.kind(), k -> new Latencies()).add(took);
            }
        }
        out.printf("%,d searches after %,d to warm up (%,d results shown in all), one at a time:%n", MEASURED, WARM_UP, hits);
        byKind.forEach((kind, latencies) -> out.printf("  %-28s %5d  p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms%n", kind,
                latencies.count(), latencies.millis(50), latencies.millis(95), latencies.millis(99)));
        out.printf("  %-28s %5d  p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms   (aim: p95 under %.0f ms)%n", "all", all.count(),
                all.millis(50), all.millis(95), all.millis(99), AIM_P95_MILLIS);
        return 0;
    }

    /** A search of the mix, named by its kind. */
    private record Query(String kind, SearchRequest request) {
    }

    private static List<Query> queries(List<Lexicon> lexicons, Random random, int count) {
        List<Query> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            Lexicon lexicon = lexicons.get(random.nextInt(lexicons.size()));
            String word = lexicon.vocabulary.get(20 + random.nextInt(2_000));
            List<String> place = lexicon.places.get(random.nextInt(lexicon.places.size()));
            int year = 2016 + random.nextInt(10);
            queries.add(switch (random.nextInt(8)) {
                case 0, 1 -> new Query("one word (" + lexicon.language + ")", plain(word, SearchOrder.RELEVANCE));
                case 2 -> new Query("place, any form or spelling", plain(place.get(random.nextInt(place.size())), SearchOrder.RELEVANCE));
                case 3 -> new Query("two words", plain(word + " " + lexicon.vocabulary.get(20 + random.nextInt(2_000)), SearchOrder.RELEVANCE));
                case 4 -> new Query("quoted name", plain("\"" + lexicon.person(random) + "\"", SearchOrder.RELEVANCE));
                case 5 -> new Query("word, section, newest", new SearchRequest(word, 1L + random.nextInt(ArchiveGenerator.SECTIONS.size()),
                        null, null, null, SearchOrder.NEWEST, 1, PAGE_SIZE));
                case 6 -> new Query("word, one year", new SearchRequest(word, null, null, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), SearchOrder.RELEVANCE, 1, PAGE_SIZE));
                default -> new Query("place, author, page 2", new SearchRequest(place.getFirst(), null, 1L + random.nextInt(40),
                        null, null, SearchOrder.NEWEST, 2, PAGE_SIZE));
            });
        }
        return queries;
    }

    private static SearchRequest plain(String text, SearchOrder order) {
        return new SearchRequest(text, null, null, null, null, order, 1, PAGE_SIZE);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
