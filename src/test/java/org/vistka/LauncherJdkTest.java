package org.vistka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which JDK the launcher takes and which version-bound options it gives it, from the launcher's own shell
 * functions (scripts/jdk.sh, scripts/startup-cache.sh) run through bash on fake JDKs: folders whose
 * {@code bin/java} answers {@code -XshowSettings:properties -version} as a real one does.
 */
class LauncherJdkTest {
    @TempDir
    Path root;
    private Path installed;

    @BeforeEach
    void install_fake_jdks() throws IOException {
        installed = root.resolve("jvm");
        fakeJava(installed.resolve("jdk-17"), "17", true);
        fakeJava(installed.resolve("jdk-22"), "22", true);
        fakeJava(installed.resolve("jdk-23"), "23", true);
        fakeJava(installed.resolve("jre-26"), "26", false);
        fakeJava(installed.resolve("temurin-25"), "25", true);
        // Named to come last, and first in a reverse sort of the names: the newest is found by version.
        fakeJava(installed.resolve("zulu-21"), "21", true);
    }

    @ParameterizedTest(name = "JAVA_HOME={0} → {1}")
    @CsvSource(nullValues = "unset", textBlock = """
            # JAVA_HOME, JDK taken, MAVEN_OPTS, start-up cache option
            unset,      temurin-25, --sun-misc-unsafe-memory-access=allow, -XX:AOTCacheOutput=
            zulu-21,    zulu-21,    '',                                    -XX:+AutoCreateSharedArchive
            jdk-22,     jdk-22,     '',                                    -XX:+AutoCreateSharedArchive
            jdk-23,     jdk-23,     --sun-misc-unsafe-memory-access=allow, -XX:+AutoCreateSharedArchive
            temurin-25, temurin-25, --sun-misc-unsafe-memory-access=allow, -XX:AOTCacheOutput=
            jdk-17,     temurin-25, --sun-misc-unsafe-memory-access=allow, -XX:AOTCacheOutput=
            jre-26,     temurin-25, --sun-misc-unsafe-memory-access=allow, -XX:AOTCacheOutput=
            missing,    temurin-25, --sun-misc-unsafe-memory-access=allow, -XX:AOTCacheOutput=
            """)
    void java_home_when_it_qualifies_else_the_newest_jdk_each_with_the_options_it_knows(
            String javaHome, String taken, String mavenOptions, String startupCacheOption) throws Exception {
        Run run = launcher(javaHome == null ? null : installed.resolve(javaHome));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.line(0)).isEqualTo(installed.resolve(taken).toRealPath().toString());
        assertThat(run.line(2)).isEqualTo(mavenOptions);
        assertThat(run.line(3)).startsWith(startupCacheOption);
    }

    @Test
    void java_home_passed_over_is_named_with_the_jdk_taken_instead() throws Exception {
        Run run = launcher(installed.resolve("jdk-17"));

        assertThat(run.stderr().strip()).isEqualTo("vistka: JAVA_HOME (" + installed.resolve("jdk-17")
                + ") is not a JDK 21 or newer: using JDK 25 at " + installed.resolve("temurin-25").toRealPath());
    }

    @Test
    void only_jdk_17_and_a_runtime_without_javac_are_refused_naming_what_was_found() throws Exception {
        Path old = root.resolve("old-jvm");
        fakeJava(old.resolve("jdk-17"), "17", true);
        fakeJava(old.resolve("jre-26"), "26", false);
        installed = old;

        Run run = launcher(null);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().strip()).startsWith("vistka: no JDK 21 or newer in JAVA_HOME or " + old
                        + " (found: JDK 17 at " + old.resolve("jdk-17").toRealPath()
                        + "; a Java runtime without javac at " + old.resolve("jre-26").toRealPath() + ").")
                .contains("point JAVA_HOME at one");
    }

    @Test
    void maven_options_set_by_the_user_are_kept() throws Exception {
        Run run = launcher(installed.resolve("zulu-21"), "-Xmx2g");

        assertThat(run.line(2)).isEqualTo("-Xmx2g");
    }

    /** A Java folder whose bin/java prints what a real one prints for the launcher's question (on stderr). */
    private static void fakeJava(Path home, String specificationVersion, boolean withJavac) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/java"), """
                #!/bin/sh
                cat >&2 <<'EOF'
                Property settings:
                    java.home = %s
                    java.specification.name = Java Platform API Specification
                    java.specification.vendor = Oracle Corporation
                    java.specification.version = %s
                    java.vm.specification.version = %s

                openjdk version "%s.0.2" 2025-01-21
                EOF
                """.formatted(home, specificationVersion, specificationVersion, specificationVersion));
        if (withJavac) {
            executable(home.resolve("bin/javac"), "#!/bin/sh\necho \"javac " + specificationVersion + "\"\n");
        }
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run launcher(Path javaHome) throws IOException, InterruptedException {
        return launcher(javaHome, null);
    }

    /** Runs the launcher's choice of JDK; prints JAVA_HOME, JDK_VERSION, MAVEN_OPTS and the start-up cache options. */
    private Run launcher(Path javaHome, String mavenOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", """
                set -euo pipefail
                . scripts/jdk.sh
                . scripts/startup-cache.sh
                choose_jdk "$1"
                printf '%s\\n' "$JAVA_HOME" "$JDK_VERSION" "$MAVEN_OPTS" "$(startup_cache_options "$JDK_VERSION" -Xmx256m)"
                """, "launcher", installed.toString());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("MAVEN_OPTS");
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        if (mavenOptions != null) {
            builder.environment().put("MAVEN_OPTS", mavenOptions);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher's choice of JDK did not finish");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
        String line(int index) {
            List<String> lines = stdout.lines().toList();
            assertThat(lines).as("the launcher's choice, then stderr: " + stderr).hasSize(4);
            return lines.get(index);
        }
    }
}
