package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.storage.ContentChanges;
import org.vistka.Main;
import org.vistka.article.Article;
import org.vistka.article.ArticleStore;
import org.vistka.storage.Database;
import org.vistka.testing.TestDatabase;

/**
 * A server killed with {@code kill -9} while readers post comments loses none that it acknowledged: the real
 * command line, run as its own process, is killed mid-flood, started again on the same data folder and database, and
 * every comment it answered 201 for is there with its text. (A killed process keeps what reached the operating
 * system; this proves a comment is acknowledged only after its commit, not that the disk flush happened.)
 */
class CrashTest {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final int POSTERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Process> started = new ArrayList<>();

    private record Acknowledged(long id, String text) {
    }

    /** A {@code vistka serve} process and the port it listens on. */
    private record Server(Process process, int port) {
    }

    @AfterEach
    void killServers() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_server_killed_while_comments_arrive_keeps_every_comment_it_acknowledged(TestDatabase db) throws Exception {
        String url = db.newUrl(data);
        Server server = serve(url);
        awaitHealthy(server);
        Article story;
        try (Database database = Database.open(url)) {
            CommentSettings d = new CommentSettingsStore(database.jdbi(), new ContentChanges()).load();
            // Every comment comes from 127.0.0.1 at once: the flood rules would refuse nearly all of them.
            new CommentSettingsStore(database.jdbi(), new ContentChanges()).save(new CommentSettings(true, 0, true, false, false, d.holdAtLinks(),
                    List.of(), List.of(), 0, d.threadDepth(), d.perPage(), 0, 0, 0, 0, d.slowModeMinutes(), d.keepAddressDays()));
            long id = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM article WHERE status = 'published' AND comments_open ORDER BY published_at DESC, id DESC LIMIT 1")
                    .mapTo(Long.class).one());
            story = new ArticleStore(database.jdbi()).findPublished(id).orElseThrow();
        }
        URI base = URI.create("http://127.0.0.1:" + server.port());
        Matcher form = FORM_TOKEN.matcher(get(base.resolve(story.path())).body());
        assertThat(form.find()).as("the story's comment form").isTrue();
        String token = form.group(1);

        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> posters = new ArrayList<>();
        for (int p = 0; p < POSTERS; p++) {
            String poster = "poster" + p;
            posters.add(Thread.ofPlatform().name("crash-test-" + poster).start(() ->
                    post(base.resolve("/comments/" + story.id() + "/"), token, poster, stop, acknowledged)));
        }
        await(ACKNOWLEDGED_BEFORE_KILL + " acknowledged comments").atMost(Duration.ofSeconds(60)).until(
                () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL || !server.process().isAlive());
        assertThat(server.process().isAlive()).as("the server is still running when it is killed").isTrue();
        assertThat(posters).as("posting is still going on").anyMatch(Thread::isAlive);

        server.process().destroyForcibly();  // SIGKILL: no shutdown hook, no closing of the database
        assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        for (Thread poster : posters) {
            poster.join(Duration.ofSeconds(30));
        }
        List<Acknowledged> answered = List.copyOf(acknowledged);

        awaitHealthy(serve(url));
        try (Database database = Database.open(url)) {
            Map<Long, String> stored = database.jdbi().withHandle(h -> h.createQuery("SELECT id, body_text FROM comment")
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("body_text"))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertThat(answered).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(answered).allSatisfy(c -> assertThat(stored.get(c.id())).as("comment %d", c.id()).isEqualTo(c.text()));
        }
    }

    /** Posts distinct comments until told to stop, recording each that the server answered 201 for. */
    private void post(URI action, String formToken, String poster, AtomicBoolean stop, Queue<Acknowledged> acknowledged) {
        for (int n = 1; !stop.get(); n++) {
            String text = "Comment " + n + " from " + poster + " about the bridge that reopened this morning.";
            String form = Map.of("comment", text, "author", "Reader " + poster, "email", poster + "@crash.example",
                            "csrf_token", formToken).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    acknowledged.add(new Acknowledged(Long.parseLong(id.group(1)), text));
                }
            } catch (IOException e) {
                // The server was killed under this request: it was never acknowledged, so it may or may not be stored.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts {@code vistka serve} as its own process on a free port, on this data folder and database. */
    private Server serve(String dbUrl) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        builder.environment().keySet().removeIf(key -> key.startsWith("VISTKA_"));
        builder.environment().putAll(Map.of("VISTKA_PORT", String.valueOf(port), "VISTKA_DATA", data.toString(),
                "VISTKA_DB_URL", dbUrl, "VISTKA_DEMO", "true", "VISTKA_LOG_LEVEL", "WARN"));
        builder.directory(data.toFile());
        // To a file, never to an unread pipe, which would stop the server once full.
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()));
        Process process = builder.start();
        started.add(process);
        process.getOutputStream().close();
        return new Server(process, port);
    }

    /** Waits until the server answers {@code /healthz}, failing with its output if it stopped instead. */
    private void awaitHealthy(Server server) throws IOException {
        URI health = URI.create("http://127.0.0.1:" + server.port() + "/healthz");
        await("vistka serve answers " + health).atMost(Duration.ofSeconds(90)).until(() -> !server.process().isAlive() || healthy(health));
        assertThat(server.process().isAlive()).as("vistka serve is running; its output:\n%s", Files.readString(data.resolve("server.log"))).isTrue();
    }

    private boolean healthy(URI health) {
        try {
            return get(health).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
