package org.vistka.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.vistka.testing.TestDatabase;

/**
 * Databases as an earlier Vistka left them: brought by Flyway to one schema version and no further, then filled from
 * the committed fixture of that version, {@code src/test/resources/upgrade/schema-N.sql}. Each release whose
 * migrations change the schema adds the fixture of its version, so the next release's upgrade is tested from it.
 */
public final class SchemaFixtures {
    private static final Pattern FIXTURE = Pattern.compile("schema-(\\d+)\\.sql");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    private SchemaFixtures() {
    }

    /** The schema versions that have a fixture, oldest first. */
    public static List<Integer> versions() {
        return numbers("upgrade", FIXTURE);
    }

    /** The newest schema version this build's migrations reach. */
    public static int newestVersion() {
        return numbers("db/migration", MIGRATION).getLast();
    }

    /** The schema version of the database at {@code url}: that of the last migration applied to it. */
    public static int versionOf(String url) {
        return Jdbi.create(url).withHandle(h -> h.createQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(Integer.class).one());
    }

    /** A new database of kind {@code db} at schema version {@code version}, holding that version's fixture. */
    public static String filledAt(TestDatabase db, Path folder, int version) {
        String url = db.newUrl(folder);
        migrate(url, String.valueOf(version));
        List<String> statements = statements(read(Path.of("upgrade", "schema-" + version + ".sql")));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (Dialect.of(url) == Dialect.POSTGRESQL) {
                // The fixture writes its ids; Vistka's own inserts must then go on after them, as after its own rows.
                statement.execute("""
                        DO $$ DECLARE t record; BEGIN
                          FOR t IN SELECT table_name FROM information_schema.columns
                                   WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES' LOOP
                            EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''),
                                                   (SELECT COALESCE(MAX(id), 0) + 1 FROM %I), false)', t.table_name, t.table_name);
                          END LOOP;
                        END $$""");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the fixture of schema version " + version + " does not load on " + db, e);
        }
        return url;
    }

    /**
     * A database that a later Vistka, one migration ahead of this build ({@code upgrade/later}), has upgraded: the
     * newest fixture, then that migration.
     */
    public static String newerThanThisBuild(TestDatabase db, Path folder) {
        String url = filledAt(db, folder, newestVersion());
        migrate(url, "latest", "classpath:upgrade/later");
        return url;
    }

    /**
     * Migrates the database at {@code url} to {@code target} ("latest" for the newest) with Vistka's migrations and
     * those in {@code moreLocations} (a newer Vistka's, say).
     */
    public static void migrate(String url, String target, String... moreLocations) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations(Stream.concat(Stream.of("classpath:db/migration"), Stream.of(moreLocations)).toArray(String[]::new))
                .placeholders(Dialect.of(url).migrationPlaceholders())
                .target(target)
                .load()
                .migrate();
    }

    /** The statements of a script: split at each semicolon outside quotes, with comment lines left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : script.split("\n", -1)) {
            if (!quoted && line.strip().startsWith("--")) {
                continue;
            }
            for (char c : (line + "\n").toCharArray()) {
                quoted ^= c == '\'';
                if (c == ';' && !quoted) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("the script ends without a semicolon: " + current);
        }
        return statements;
    }

    private static List<Integer> numbers(String folder, Pattern name) {
        try (Stream<Path> files = Files.list(resource(Path.of(folder)))) {
            return files.map(file -> name.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.valueOf(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(resource(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(Path path) {
        try {
            return Path.of(Objects.requireNonNull(SchemaFixtures.class.getClassLoader().getResource(path.toString()),
                    "no " + path + " on the class path").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
