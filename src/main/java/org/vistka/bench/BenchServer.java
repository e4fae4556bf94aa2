package org.vistka.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Vistka server as its own process, started as {@code ./vistka serve} starts it (the same jar and Java options), on
 * a bench's data folder and a free port of 127.0.0.1, logging warnings only to {@code server.log} in that folder. A
 * bench measures the server as readers meet it, apart from the bench's own threads, heap and garbage collections.
 */
record BenchServer(Process process, URI base, long startupMillis) implements AutoCloseable {

    /** Starts the server and waits until it answers; {@code demo} fills an empty database with the demo site. */
    static BenchServer start(BenchDatabase bench, boolean demo) {
        return start(bench, demo, Map.of());
    }

    /** Starts the server with these settings added to the bench's own, and waits until it answers. */
    static BenchServer start(BenchDatabase bench, boolean demo, Map<String, String> settings) {
        int port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(serverOptions());
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", jar().toString(), "serve"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(bench.dataDir().resolve("server.log").toFile()));
        builder.environment().putAll(Map.of("VISTKA_DATA", bench.dataDir().toString(), "VISTKA_DB_URL", bench.url(),
                "VISTKA_DEMO", String.valueOf(demo), "VISTKA_HOST", "127.0.0.1", "VISTKA_PORT", String.valueOf(port),
                "VISTKA_LOG_LEVEL", "WARN"));
        builder.environment().putAll(settings);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        try (HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build()) {
            while (!healthy(probe, base)) {
                if (!process.isAlive() || System.nanoTime() - started > Duration.ofMinutes(2).toNanos()) {
                    throw new IllegalStateException("the server did not start; see " + bench.dataDir().resolve("server.log"));
                }
                Thread.sleep(10);
            }
            return new BenchServer(process, base, (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            process.destroyForcibly(); // a server that did not start, or a bench that gave up, leaves none behind
            throw e;
        }
    }

    /**
     * The Java options of {@code ./vistka serve}, which the launcher hands on in {@code VISTKA_SERVER_JAVA_OPTS}; run
     * without the launcher, a plain heap of 256 MB.
     */
    private static List<String> serverOptions() {
        String options = System.getenv("VISTKA_SERVER_JAVA_OPTS");
        return options == null || options.isBlank() ? List.of("-Xmx256m", "-XX:+UseSerialGC") : List.of(options.strip().split("\\s+"));
    }

    private static boolean healthy(HttpClient probe, URI base) throws InterruptedException {
        try {
            return probe.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar() {
        try {
            Path jar = Path.of(BenchServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("run the bench from the built jar: ./vistka bench …");
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server as an operator would (SIGTERM: it finishes its work in hand) and waits until it has exited. */
    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
