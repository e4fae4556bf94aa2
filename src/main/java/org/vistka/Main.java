package org.vistka;

import org.vistka.storage.StartupFailure;
import java.time.Clock;
import java.util.Arrays;
import org.vistka.account.AdminCommand;
import org.vistka.bench.AbuseBench;
import org.vistka.bench.CommentBench;
import org.vistka.bench.ScaleBench;
import org.vistka.bench.SearchBench;
import org.vistka.search.ReindexCommand;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code serve} starts the site; {@code admin} does newsroom chores; {@code bench comments}
 * measures comment posting against reading, {@code bench search} the search index, {@code bench scale} pages as the
 * archive grows, {@code bench abuse} the server under attack ({@code bench http}, which drives nginx and WordPress too, is a script). A problem at start is printed
 * as one line naming the setting to change, and the process exits with status 2.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        String command = args.length == 0 ? "serve" : args[0];
        try {
            switch (command) {
                case "serve" -> serve();
                case "admin" -> System.exit(admin(Config.load(), Arrays.copyOfRange(args, 1, args.length)));
                case "bench" -> {
                    String[] rest = Arrays.copyOfRange(args, 1, args.length);
                    String which = rest.length > 0 ? rest[0] : "";
                    System.exit(switch (which) {
                        case "search" -> SearchBench.command(rest, System.out);
                        case "scale" -> ScaleBench.command(rest, System.out);
                        case "abuse" -> AbuseBench.command(rest, System.out);
                        default -> CommentBench.command(rest, System.out);
                    });
                }
                case "help", "--help", "-h" -> System.out.println(usage());
                default -> {
                    System.err.println("vistka: unknown command \"" + command + "\"\n" + usage());
                    System.exit(64);
                }
            }
        } catch (StartupFailure e) {
            System.err.println("vistka: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void serve() {
        long started = System.nanoTime();
        Config config = Config.load();
        Vistka vistka = Vistka.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            vistka.close();
            stopped.countDown();
        }, "vistka-shutdown"));
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        String listening = "http://" + host + ":" + vistka.port() + "/";
        String publicAddress = config.publicBaseUrl(vistka.port()) + "/";
        System.out.printf("Vistka is serving %s%s (started in %d ms, database %s)%n", listening,
                publicAddress.equals(listening) ? "" : " as " + publicAddress,
                (System.nanoTime() - started) / 1_000_000, config.dbUrlForLogs());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String usage() {
        return """
                usage: vistka <command>
                  serve   build if needed and start the site (settings: see README)
                  admin   create-user --email E --role R [--name N] | reset-password --email E
                          | reindex (rebuild the search index, with the server stopped)
                  bench   comments: measure comments per second and readers' latency (SQLite, PostgreSQL)
                          search [stories]: index a generated archive and time a mix of searches
                          scale [largest]: page render and start-up times at 10,000 to 1,000,000 stories
                          http: cached and uncached pages against nginx and WordPress, with wrk
                          abuse: sign-in floods, 1 GB bodies, slow clients and a comment flood against readers
                  test    run the whole test suite
                  help    show this text""";
    }

    /** {@code admin reindex} rebuilds the search index; the other admin commands manage members. */
    private static int admin(Config config, String[] args) {
        return args.length > 0 && "reindex".equals(args[0])
                ? new ReindexCommand(System.out, System.console() != null).run(config.dbUrl(), config.dataDir().resolve("index"))
                : new AdminCommand(System.out).run(config.dbUrl(), args);
    }
}
