package org.vistka.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vistka.testing.TestDatabase;

/** Opening, migrating and checking the database, on SQLite and PostgreSQL. */
class DatabaseTest {
    private static final List<String> TABLES = List.of("setting", "section", "author", "tag", "source", "article",
            "article_author", "article_tag", "article_source", "article_link", "correction");
    private static final String PASSWORD = "s3cret";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrations_create_the_schema_on_a_new_empty_database(TestDatabase db) {
        String url = db.newUrl(folder);

        try (Database database = Database.open(url)) {
            for (String table : TABLES) {
                assertThat(count(database, "SELECT COUNT(*) FROM " + table)).as("rows in " + table).isZero();
            }
            assertThat(database.dialect()).isEqualTo(db == TestDatabase.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void opening_the_same_database_twice_migrates_once_and_keeps_its_data(TestDatabase db) {
        String url = db.newUrl(folder);
        long migrationsAfterFirstOpen;
        try (Database first = Database.open(url)) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO setting (name, value) VALUES ('test.kept', 'still here')"));
            migrationsAfterFirstOpen = count(first, "SELECT COUNT(*) FROM flyway_schema_history");
        }

        try (Database second = Database.open(url)) {
            List<String> kept = second.jdbi().withHandle(h -> h.createQuery("SELECT value FROM setting WHERE name = 'test.kept'")
                    .mapTo(String.class).list());
            assertThat(kept).containsExactly("still here");
            assertThat(migrationsAfterFirstOpen).isPositive();
            assertThat(count(second, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(migrationsAfterFirstOpen);
            assertThat(count(second, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        }
    }

    @Test
    void every_pooled_sqlite_connection_runs_in_wal_with_full_sync_foreign_keys_and_a_busy_timeout() {
        String url = TestDatabase.SQLITE.newUrl(folder);
        try (Database database = Database.open(url)) {
            List<Handle> handles = new ArrayList<>();
            try {
                // Held open together, so each is a different connection of the pool.
                for (int i = 0; i < 6; i++) {
                    handles.add(database.jdbi().open());
                }
                for (Handle handle : handles) {
                    assertThat(pragma(handle, "journal_mode")).isEqualToIgnoringCase("wal");
                    assertThat(pragma(handle, "synchronous")).isEqualTo("2");
                    assertThat(pragma(handle, "foreign_keys")).isEqualTo("1");
                    assertThat(Long.parseLong(pragma(handle, "busy_timeout"))).isPositive();
                }
            } finally {
                handles.forEach(Handle::close);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void is_healthy_while_open_and_not_after_close(TestDatabase db) {
        String url = db.newUrl(folder);
        Database database = Database.open(url);

        assertThat(database.isHealthy()).isTrue();
        database.close();
        assertThat(database.isHealthy()).isFalse();
    }

    static Stream<Arguments> unusableDatabases() {
        return Stream.of(
                Arguments.of("no PostgreSQL server on the port",
                        "jdbc:postgresql://127.0.0.1:1/none?user=postgres&connectTimeout=2&password=" + PASSWORD, "VISTKA_DB_URL"),
                Arguments.of("a PostgreSQL role that does not exist",
                        "jdbc:postgresql://127.0.0.1:5432/postgres?user=vistka_no_such_role&connectTimeout=2&password=" + PASSWORD,
                        "VISTKA_DB_URL"),
                Arguments.of("a SQLite file in a folder that cannot be created",
                        "jdbc:sqlite:/proc/vistka-no/x.db?password=" + PASSWORD, "VISTKA_DATA"),
                Arguments.of("a SQLite file that is a folder", "jdbc:sqlite:{folder}?password=" + PASSWORD, "VISTKA_DB_URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableDatabases")
    void opening_an_unusable_database_fails_naming_the_setting_without_the_password(String why, String template, String setting) {
        String url = template.replace("{folder}", folder.toString());
        StartupFailure failure = catchThrowableOfType(StartupFailure.class, () -> Database.open(url).close());

        assertThat(failure).as(why).isNotNull();
        assertThat(failure.getMessage()).contains(setting).doesNotContain(PASSWORD);
    }

    private static long count(Database database, String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String pragma(Handle handle, String name) {
        return handle.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }
}
