package org.vistka.bench;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.article.Article;
import org.vistka.storage.Database;

/**
 * {@code vistka bench abuse}: the attacks a public news site meets, against a Vistka server of its own (started as
 * {@code ./vistka serve} starts it, behind a trusted proxy on 127.0.0.1, with the demo site), on SQLite and then on
 * PostgreSQL, while readers load a story at a steady pace. For each attack it prints the answers by status, how many
 * guesses reached the password hash, the server's heap at its peak, whether it ran out of memory, and the readers'
 * p50 and p99 during the attack against the idle figures measured just before it (after an unmeasured warm-up round). Exit status 1 when the server
 * answered a 5xx other than a 503 with {@code Retry-After}, or ran out of memory. Bounded: about two minutes a database.
 */
public final class AbuseBench {
    private static final int READERS = 16;
    private static final Duration READER_INTERVAL = Duration.ofMillis(50);
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration ATTACK = Duration.ofSeconds(10);
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    /** The attackers' addresses (the range kept for benchmarks): the warm-up's apart from the measured attack's. */
    private static final String WARM_UP_BLOCK = "198.19.";
    private static final String MEASURED_BLOCK = "198.18.";

    private final PrintStream out;

    private AbuseBench(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code bench abuse}; returns the process exit status. */
    public static int command(String[] args, PrintStream out) {
        if (args.length > 2 || (args.length == 2 && !args[1].equals("sqlite") && !args[1].equals("postgresql"))) {
            out.println("usage: vistka bench abuse [sqlite|postgresql]");
            return 64;
        }
        if (System.getenv("VISTKA_LOG_LEVEL") == null) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        }
        return new AbuseBench(out).run(args.length < 2 || args[1].equals("sqlite"), args.length < 2 || args[1].equals("postgresql"));
    }

    private int run(boolean sqlite, boolean postgresql) {
        out.printf("Vistka abuse bench: %d readers each loading one story every %d ms; each attack lasts about %d s, after"
                        + " %d s of idle reading. %d processors; load average before the run %s. The attackers' own work runs"
                        + " at background priority (on a real attack it is done on their machines).%n",
                READERS, READER_INTERVAL.toMillis(), ATTACK.toSeconds(), IDLE.toSeconds(),
                Runtime.getRuntime().availableProcessors(), MachineLoad.average());
        return BenchDatabase.each(sqlite, postgresql, out, this::attack).stream().allMatch(Boolean::booleanValue) ? 0 : 1;
    }

    /** Runs every attack against one server; true when it gave no forbidden answer and kept its memory. */
    private boolean attack(BenchDatabase database) {
        out.println();
        out.println(database.name() + " (" + Database.redact(database.url()) + ")");
        try (BenchServer server = BenchServer.start(database, true, Map.of("VISTKA_TRUSTED_PROXIES", "127.0.0.1"));
             HeapWatch heap = HeapWatch.of(server.process().pid())) {
            Article story;
            try (Database data = Database.open(database.url())) {
                story = CommentBench.storiesOpenForComments(data).getFirst();
            }
            URI base = server.base();
            out.printf("  server started in %d ms as its own process; readers load %s%n", server.startupMillis(), story.path());
            String token = ProxiedComments.formToken(base, story.path());
            var run = new Run(base, heap, database.dataDir().resolve("server.log"));
            try (Readers readers = new Readers(base.resolve(story.path()), READERS, READER_INTERVAL)) {
                BenchClients.pause(IDLE);
                readers.next();
                run.attack(readers, "200 guesses at one email from one address, all at once",
                        (block, time) -> SignInFlood.oneTargetAtOnce(base, 200, block));
                run.attack(readers, "200 parallel sign-ins, each from an address of its own, for " + ATTACK.toSeconds() + " s",
                        (block, time) -> SignInFlood.botnet(base, 200, block, time, false));
                run.attack(readers, "the same flood with forged form tokens, refused before any hash (the requests' own cost), for "
                        + ATTACK.toSeconds() + " s", (block, time) -> SignInFlood.botnet(base, 200, block, time, true));
                run.attack(readers, "1 GB bodies to every POST route, 8 at a time, for " + ATTACK.toSeconds() + " s",
                        (block, time) -> BigBodies.send(base, List.of("/comments/" + story.id() + "/", "/newsroom/sign-in/",
                                "/newsroom/setup/", "/newsroom/media/", "/newsroom/stories/new/"), 8, time));
                run.attack(readers, "100 slow clients, one byte a second, for " + ATTACK.plusSeconds(5).toSeconds() + " s",
                        (block, time) -> SlowClients.trickle(base, 100, time.plusSeconds(5)));
                run.attack(readers, "a comment flood from 1,000 addresses behind the trusted proxy, 48 senders, for "
                        + ATTACK.toSeconds() + " s", (block, time) -> ProxiedComments.flood(base, story.id(), token, 48, 1000, block, time));
                out.printf("  pages the readers did not get: %d%n", readers.failures());
            }
            return run.clean;
        }
    }

    /** An attack from addresses of {@code block} lasting about {@code time}. */
    private interface Attack {
        Tally run(String block, Duration time);
    }

    /** One server's attacks, one after another, each measured against the idle reading just before it. */
    private final class Run {
        private final URI base;
        private final HeapWatch heap;
        private final Path serverLog;
        private boolean clean = true;

        Run(URI base, HeapWatch heap, Path serverLog) {
            this.base = base;
            this.heap = heap;
            this.serverLog = serverLog;
        }

        /**
         * Runs the attack twice: first for {@link #WARM_UP}, from addresses of its own and unmeasured, then measured. A
         * real attack lasts minutes; its first seconds, while the JIT compiles the paths it takes, are not what readers
         * meet for the rest of it. The warm-up's figures are printed apart.
         */
        void attack(Readers readers, String name, Attack attack) {
            long memoryErrorsBefore = memoryErrors();
            Tally warm = BenchClients.inBackground(() -> attack.run(WARM_UP_BLOCK, WARM_UP));
            Latencies warming = readers.next();
            BenchClients.pause(IDLE);
            Latencies idle = readers.next();
            heap.peakAndReset();
            Tally tally = BenchClients.inBackground(() -> attack.run(MEASURED_BLOCK, ATTACK));
            Latencies busy = readers.next();
            long memoryErrors = memoryErrors() - memoryErrorsBefore;
            double ratio = idle.millis(99) == 0 ? 0 : busy.millis(99) / idle.millis(99);
            out.println("  " + name);
            out.printf("    warm-up (%d s):     %s; readers %s%n", WARM_UP.toSeconds(), warm.summary(), warming.summary());
            out.println("    answers:           " + tally.summary());
            if (name.contains("sign-in") || name.contains("guesses")) {
                out.printf("    reached the hash:  %,d (answered 401: checked, and wrong)%n", tally.count("401"));
            }
            out.printf("    server heap peak:  %s; OutOfMemoryError: %s%n", heap.peakAndReset(), memoryErrors == 0 ? "none" : memoryErrors);
            out.printf("    readers:           idle %s; under attack %s (p99 %.1f× idle)%s%n", idle.summary(), busy.summary(), ratio,
                    ratio <= 2 ? "" : " (ABOVE the aim of 2×)");
            if (tally.faults() > 0 || warm.faults() > 0 || memoryErrors > 0) {
                out.println("    FAULT: a 5xx other than 503 with Retry-After, or memory ran out");
                clean = false;
            }
        }

        private long memoryErrors() {
            try {
                return Files.readAllLines(serverLog).stream().filter(line -> line.contains("OutOfMemoryError")).count();
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
