package org.vistka.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where one bench run keeps its data: a temporary data folder, and either a SQLite file in it or a fresh PostgreSQL
 * database on the server at 127.0.0.1:5432 (made from {@code template0}). {@link #close} removes both.
 */
final class BenchDatabase implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private final String name;
    private final Path dataDir;
    private final String url;
    private final String postgresDatabase;

    private BenchDatabase(String name, Path dataDir, String url, String postgresDatabase) {
        this.name = name;
        this.dataDir = dataDir;
        this.url = url;
        this.postgresDatabase = postgresDatabase;
    }

    static BenchDatabase sqlite() {
        Path folder = temporaryFolder();
        return new BenchDatabase("SQLite", folder, "jdbc:sqlite:" + folder.resolve("vistka.db"), null);
    }

    /**
     * A fresh database on the local PostgreSQL server, starting the server first (as {@code scripts/test-services.sh}
     * does) when it does not answer; empty, with the reason printed, when there is none to be had.
     */
    static Optional<BenchDatabase> postgres(PrintStream out) {
        if (!answers() && !(startLocalCluster(out) && waitUntilAnswers())) {
            out.println("PostgreSQL: not reachable on 127.0.0.1:5432 (user postgres, no password), so it was not measured. "
                    + "Start it (Debian: pg_ctlcluster --skip-systemctl-redirect <version> main start, or scripts/test-services.sh) "
                    + "and run ./vistka bench comments again.");
            return Optional.empty();
        }
        String database = "vistka_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
        return Optional.of(new BenchDatabase("PostgreSQL", temporaryFolder(), POSTGRES + database + "?user=postgres", database));
    }

    /**
     * Runs {@code measure} on a fresh SQLite database when {@code sqlite}, then on a fresh PostgreSQL one when
     * {@code postgresql} and the server can be had (the reason is printed when not), removing each afterwards.
     */
    static <T> List<T> each(boolean sqlite, boolean postgresql, PrintStream out, Function<BenchDatabase, T> measure) {
        List<T> results = new ArrayList<>();
        if (sqlite) {
            try (BenchDatabase database = sqlite()) {
                results.add(measure.apply(database));
            }
        }
        Optional<BenchDatabase> postgres = postgresql ? postgres(out) : Optional.empty();
        if (postgres.isPresent()) {
            try (BenchDatabase database = postgres.get()) {
                results.add(measure.apply(database));
            }
        }
        return results;
    }

    String name() {
        return name;
    }

    Path dataDir() {
        return dataDir;
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        if (postgresDatabase != null) {
            execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answers() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(POSTGRES + "postgres?user=postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean waitUntilAnswers() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (answers()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        return false;
    }

    /** Starts the newest cluster under /etc/postgresql with Debian's pg_ctlcluster; false when there is none. */
    private static boolean startLocalCluster(PrintStream out) {
        Path clusters = Path.of("/etc/postgresql");
        if (!Files.isDirectory(clusters)) {
            return false;
        }
        try (Stream<Path> versions = Files.list(clusters)) {
            Optional<String> newest = versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(Double::parseDouble));
            if (newest.isEmpty()) {
                return false;
            }
            out.println("PostgreSQL does not answer on 127.0.0.1:5432: starting cluster " + newest.get() + " main…");
            Process start = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", newest.get(), "main", "start")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return start.waitFor(60, TimeUnit.SECONDS) && start.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres?user=postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql + " (" + e.getMessage() + ")", e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("vistka-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
