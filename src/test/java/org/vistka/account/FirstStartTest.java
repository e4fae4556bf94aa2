package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.Main;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** A newsroom with nobody in it: the one-time setup page, and the command line that adds and rescues members. */
class FirstStartTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_first_administrator_is_created_with_the_code_from_the_log_and_the_page_then_disappears(TestDatabase db) {
        try (NewSite fresh = NewSite.start(db)) {
            TestSite site = fresh.site();
            NewsroomClient browser = new NewsroomClient(site);
            Map<String, String> form = Map.of("name", "Oksana Bilyk", "email", "oksana@newsroom.example", "password", TestSite.PASSWORD);

            var wrongCode = browser.submit("/newsroom/setup/", "/newsroom/setup/", with(form, "code", "AAAA-BBBB-CCCC"));
            var created = browser.submit("/newsroom/setup/", "/newsroom/setup/", with(form, "code", fresh.setupCode().toLowerCase()));

            assertThat(wrongCode.statusCode()).isEqualTo(403);
            assertThat(wrongCode.body()).contains("That is not the one-time code from the server");
            assertThat(created.statusCode()).isEqualTo(303);
            assertThat(browser.page("/newsroom/users/").select("td").eachText()).contains("Oksana Bilyk", "oksana@newsroom.example");
            assertThat(site.get("/newsroom/setup/").statusCode()).isEqualTo(404);
            assertThat(site.page("/author/oksana-bilyk/").selectFirst("h1").text()).isEqualTo("Oksana Bilyk");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_command_line_adds_an_administrator_and_resets_a_forgotten_password(TestDatabase db) throws Exception {
        String url = db.newUrl(folder);

        Run weak = admin(url, "short\n", "create-user", "--email", "chief@newsroom.example", "--role", "administrator", "--name", "Chief Editor");
        Run added = admin(url, TestSite.PASSWORD + "\n", "create-user", "--email", "chief@newsroom.example", "--role", "administrator", "--name", "Chief Editor");
        Run reset = admin(url, "a completely different passphrase here\n", "reset-password", "--email", "chief@newsroom.example");
        Run nobody = admin(url, TestSite.PASSWORD + "\n", "reset-password", "--email", "nobody@newsroom.example");

        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.output()).contains("Use at least 12 characters.");
        assertThat(added.exitCode()).as(added.output()).isZero();
        assertThat(added.output()).contains("Added chief@newsroom.example as Administrator.");
        assertThat(reset.exitCode()).as(reset.output()).isZero();
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.output()).contains("There is no member with the email nobody@newsroom.example.");
        try (var database = org.vistka.storage.Database.open(url)) {
            String hash = new AccountStore(database.jdbi(), java.time.Clock.systemUTC()).findByEmail("chief@newsroom.example")
                    .flatMap(a -> new AccountStore(database.jdbi(), java.time.Clock.systemUTC()).passwordHash(a.id())).orElseThrow();
            assertThat(new PasswordHasher(Argon2Parameters.RECOMMENDED).verify("a completely different passphrase here", hash)).isTrue();
        }
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        var copy = new java.util.HashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    private Run admin(String dbUrl, String stdin, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "admin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("VISTKA_"));
        builder.environment().put("VISTKA_DB_URL", dbUrl);
        builder.environment().put("VISTKA_DATA", folder.toString());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("vistka admin did not finish");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
    }
}
