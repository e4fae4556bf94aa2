package org.vistka;

import org.vistka.storage.StartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vistka.storage.SchemaFixtures;
import org.vistka.testing.TestDatabase;

/**
 * Starting with a wrong setting prints one line naming the problem and the setting, and exits non-zero, with
 * no stack trace: the real command line, run as its own process.
 */
class StartupFailureTest {
    @TempDir
    Path data;

    @Test
    void unreachable_database_names_vistka_db_url() throws Exception {
        Run run = serve(Map.of("VISTKA_DATA", data.toString(),
                "VISTKA_DB_URL", "jdbc:postgresql://127.0.0.1:1/news?user=vistka&password=s3cret&connectTimeout=2"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLine()).startsWith("vistka: cannot open the database").contains("VISTKA_DB_URL").doesNotContain("s3cret");
        assertThat(run.output()).doesNotContain("s3cret");
        assertNoStackTrace(run);
    }

    @Test
    void unwritable_data_folder_names_vistka_data() throws Exception {
        Run run = serve(Map.of("VISTKA_DATA", "/proc/vistka-cannot-write-here"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLine()).startsWith("vistka: cannot create the data folder /proc/vistka-cannot-write-here").contains("VISTKA_DATA");
        assertNoStackTrace(run);
    }

    @Test
    void port_in_use_names_vistka_port() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = serve(Map.of("VISTKA_DATA", data.toString(), "VISTKA_PORT", String.valueOf(taken.getLocalPort())));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.errorLine()).startsWith("vistka: cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("VISTKA_PORT");
            assertNoStackTrace(run);
        }
    }

    @Test
    void database_upgraded_by_a_newer_vistka_names_both_schema_versions() throws Exception {
        String url = SchemaFixtures.newerThanThisBuild(TestDatabase.SQLITE, data);
        Run run = serve(Map.of("VISTKA_DATA", data.toString(), "VISTKA_DB_URL", url));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLine()).startsWith("vistka: the database " + url + " is at schema version 999, newer than this Vistka knows ("
                + SchemaFixtures.newestVersion() + "): run the Vistka that upgraded it on ");
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.output().lines()).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
    }

    private Run serve(Map<String, String> env) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        builder.environment().keySet().removeIf(key -> key.startsWith("VISTKA_"));
        builder.environment().put("VISTKA_DEMO", "false");
        builder.environment().putAll(env);
        builder.directory(data.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("vistka serve did not stop by itself; it should have refused to start");
        }
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.exitValue(), stdout + stderr, stderr);
    }

    private record Run(int exitCode, String output, String stderr) {
        String errorLine() {
            List<String> lines = stderr.lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as("standard error").hasSize(1);
            return lines.getFirst();
        }
    }
}
