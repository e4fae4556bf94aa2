package org.vistka.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.Config;
import org.vistka.Vistka;
import org.vistka.testing.TestDatabase;

/**
 * A node never runs on a database that a newer Vistka has upgraded: this build would misread what it does not know
 * of, so it refuses to start, in one line, and leaves the database as it found it.
 */
class NewerSchemaTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_node_refuses_a_database_upgraded_by_a_newer_vistka_and_changes_nothing_in_it(TestDatabase db) {
        String url = SchemaFixtures.newerThanThisBuild(db, folder);
        TableRows before = TableRows.read(url);
        List<String> history = TableRows.schemaHistory(url);

        StartupFailure failure = catchThrowableOfType(StartupFailure.class, () -> Vistka.start(new Config("127.0.0.1", 0,
                folder.resolve("data"), url, "http://127.0.0.1", false, 16, Set.of()), Clock.systemUTC()).close());

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).matches("the database " + Pattern.quote(Database.redact(url))
                + " is at schema version 999, newer than this Vistka knows \\(" + SchemaFixtures.newestVersion()
                + "\\): run the Vistka that upgraded it on \\d{4}-\\d{2}-\\d{2}, or a newer one");
        assertThat(TableRows.schemaHistory(url)).isEqualTo(history);
        assertThat(TableRows.read(url)).isEqualTo(before);
    }
}
