package org.vistka.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

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
            database.migrate(urlForMessages);
        } catch (FlywayException e) {
            database.close();
            throw new StartupFailure("cannot prepare the database " + urlForMessages + " (" + rootMessage(e)
                    + "): check VISTKA_DB_URL", e);
        } catch (StartupFailure e) {
            database.close();
            throw e;
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

    private void migrate(String urlForMessages) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.migrationPlaceholders())
                .failOnMissingLocations(true)
                .load();
        refuseNewerSchema(flyway.info(), urlForMessages);
        int applied = flyway.migrate().migrationsExecuted;
        log.info("event=migrated database={} applied={} version={}", dialect, applied, flyway.info().current().getVersion());
    }

    /**
     * Stops before anything is written when a newer Vistka has upgraded the database: this build would misread what
     * it does not know of (and Flyway would only warn, and carry on).
     */
    private static void refuseNewerSchema(MigrationInfoService info, String urlForMessages) {
        List<MigrationInfo> unknown = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .sorted(Comparator.comparing(MigrationInfo::getVersion)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        MigrationInfo newest = unknown.getLast();
        String known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved()).map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("none");
        String upgraded = newest.getInstalledOn() == null ? ""
                : " on " + DateTimeFormatter.ISO_LOCAL_DATE.format(newest.getInstalledOn().toInstant().atOffset(ZoneOffset.UTC));
        throw new StartupFailure("the database " + urlForMessages + " is at schema version " + newest.getVersion()
                + ", newer than this Vistka knows (" + known + "): run the Vistka that upgraded it" + upgraded
                + ", or a newer one");
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
