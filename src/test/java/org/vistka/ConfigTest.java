package org.vistka;

import org.vistka.storage.StartupFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {
    @TempDir
    Path folder;

    @Test
    void defaults_serve_sqlite_under_data_on_localhost_8080_with_demo() {
        Config config = Config.from(Map.of(), folder.resolve("absent.properties"));

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "vistka.db").toAbsolutePath());
        assertThat(config.publicBaseUrl(8080)).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.publicBaseUrl(43123)).as("port 0 picked 43123").isEqualTo("http://127.0.0.1:43123");
        assertThat(config.demo()).isTrue();
        assertThat(config.trustedProxies()).as("X-Forwarded-For believed from nobody").isEmpty();
    }

    @Test
    void trusted_proxies_are_a_list_of_addresses() {
        Config config = Config.from(Map.of("VISTKA_TRUSTED_PROXIES", "127.0.0.1, ::1"), folder.resolve("none"));

        assertThat(config.trustedProxies()).containsExactlyInAnyOrder("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void environment_wins_over_the_properties_file_which_wins_over_defaults() throws IOException {
        Path file = folder.resolve("vistka.properties");
        Files.writeString(file, "VISTKA_PORT=9000\nVISTKA_BASE_URL=https://news.example/\nVISTKA_DEMO=false\n");

        Config config = Config.from(Map.of("VISTKA_PORT", "9100", "VISTKA_DATA", folder.toString()), file);

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.publicBaseUrl(9100)).isEqualTo("https://news.example");
        assertThat(config.demo()).isFalse();
        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:" + folder.resolve("vistka.db"));
    }

    @Test
    void postgresql_url_switches_the_database_and_its_password_never_shows() {
        Config config = Config.from(Map.of("VISTKA_DB_URL", "jdbc:postgresql://db.internal:5432/news?user=vistka&password=hunter2"),
                folder.resolve("none"));

        assertThat(config.dbUrl()).startsWith("jdbc:postgresql://");
        assertThat(config.dbUrlForLogs()).doesNotContain("hunter2").contains("password=***");
    }

    @ParameterizedTest(name = "{0}={1} is refused naming the setting")
    @CsvSource({
            "VISTKA_PORT, eighty, VISTKA_PORT must be a number from 0 to 65535",
            "VISTKA_PORT, 70000, VISTKA_PORT must be a number from 0 to 65535",
            "VISTKA_DB_URL, mysql://localhost/news, VISTKA_DB_URL must start with jdbc:sqlite: or jdbc:postgresql://",
            "VISTKA_BASE_URL, news.example, VISTKA_BASE_URL must be an http:// or https:// address",
            "VISTKA_DEMO, perhaps, VISTKA_DEMO must be true or false",
            "VISTKA_TRUSTED_PROXIES, proxy.example, VISTKA_TRUSTED_PROXIES must list IP addresses separated by commas"})
    void wrong_values_stop_the_start_with_one_sentence_naming_the_setting(String key, String value, String message) {
        assertThatThrownBy(() -> Config.from(Map.of(key, value), folder.resolve("none")))
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith(message)
                .hasMessageContaining(value);
    }
}
