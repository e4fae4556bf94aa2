package org.vistka.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.vistka.StartupFailure;

/**
 * The one place that knows which database runs: it opens the pool, migrates the schema and hands out a
 * {@link Jdbi} that the feature stores use.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL}, so a write that returned is on disk, and a busy
 * timeout, so concurrent writers wait instead of failing. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ThreadLocal<long[]> statementsOnThread = ThreadLocal.withInitial(() -> new long[1]);

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statementsOnThread.get()[0]++;
            }
        });
    }

    /**
     * Opens and migrates the database at {@code jdbcUrl}; any failure is a {@link StartupFailure} naming the setting,
     * with the address shown without its password.
     */
    public static Database open(String jdbcUrl) {
        String urlForMessages = redact(jdbcUrl);
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            prepareSqliteFolder(jdbcUrl);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(poolConfig(jdbcUrl, dialect));
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw new StartupFailure("cannot open the database " + urlForMessages + " (" + rootMessage(e)
                    + "): check VISTKA_DB_URL", e);
        }
        Database database = new Database(dataSource, dialect);
        try {
            database.migrate();
        } catch (FlywayException e) {
            database.close();
            throw new StartupFailure("cannot prepare the database " + urlForMessages + " (" + rootMessage(e)
                    + "): check VISTKA_DB_URL", e);
        }
        return database;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** How many statements the calling thread has run; the request log and the tests use the difference over one request. */
    public long statementsOnThisThread() {
        return statementsOnThread.get()[0];
    }

    /** True when the database answers a trivial query within a second. */
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.migrationPlaceholders())
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        log.info("event=migrated database={} applied={} version={}", dialect, applied, flyway.info().current().getVersion());
    }

    /** The most of the SQLite file read through the memory map: address space, not memory, on a 64-bit machine. */
    private static final long MMAP_BYTES = 4L << 30;

    private static HikariConfig poolConfig(String jdbcUrl, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("vistka");
        config.setConnectionTimeout(5_000);
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            sqlite.setBusyTimeout(10_000);
            sqlite.enforceForeignKeys(true);
            // Reads through a memory map of the file rather than a copy into each connection's small page cache: a
            // large archive's indexes are then read at memory speed, shared by every connection (and by the
            // operating system's cache, whose pages these are), instead of through a system call a page.
            sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
            config.setDataSourceProperties(sqlite.toProperties());
            config.setMaximumPoolSize(8);
        } else {
            config.setMaximumPoolSize(12);
        }
        return config;
    }

    private static void prepareSqliteFolder(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "");
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path folder = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StartupFailure("cannot create the database folder " + folder + ": set VISTKA_DATA (or VISTKA_DB_URL) to a writable folder", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StartupFailure("the database folder " + folder + " is not writable: set VISTKA_DATA (or VISTKA_DB_URL) to a writable folder");
        }
    }

    /** The address with any password in it replaced by {@code ***}, safe to print. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }
}
