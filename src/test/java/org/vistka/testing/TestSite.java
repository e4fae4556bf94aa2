package org.vistka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vistka.Config;
import org.vistka.Vistka;
import org.vistka.article.ArticleWriter;
import org.vistka.article.BodyRenderer;
import org.vistka.article.TaxonomyStore;

/**
 * A real Vistka server on a free port, on SQLite or PostgreSQL, spoken to over real HTTP. {@link #shared} gives
 * one demo site per database for the whole test run; {@link #fresh} gives a private one to close after use.
 */
public final class TestSite implements AutoCloseable {
    private static final Map<TestDatabase, TestSite> SHARED = new EnumMap<>(TestDatabase.class);

    private final TestDatabase database;
    private final MutableClock clock = new MutableClock();
    private final Path dataDir;
    private final Vistka vistka;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestSite(TestDatabase database, boolean demo) {
        this.database = database;
        try {
            this.dataDir = Files.createTempDirectory("vistka-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Config config = new Config("127.0.0.1", 0, dataDir, database.newUrl(dataDir), "http://127.0.0.1", demo);
        this.vistka = Vistka.start(config, clock);
    }

    /** The demo site on this database, started once per test run. Tests may add stories but must not remove the demo's. */
    public static synchronized TestSite shared(TestDatabase database) {
        return SHARED.computeIfAbsent(database, db -> {
            TestSite site = new TestSite(db, true);
            Runtime.getRuntime().addShutdownHook(new Thread(site::close, "stop-test-site"));
            return site;
        });
    }

    /** A private site, with or without the demo content; the caller closes it. */
    public static TestSite fresh(TestDatabase database, boolean demo) {
        return new TestSite(database, demo);
    }

    public TestDatabase database() {
        return database;
    }

    public MutableClock clock() {
        return clock;
    }

    public Vistka vistka() {
        return vistka;
    }

    public Jdbi jdbi() {
        return vistka.database().jdbi();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Stories stories() {
        return new Stories(new ArticleWriter(jdbi(), new BodyRenderer(), Clock.systemUTC()), new TaxonomyStore(jdbi()));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + vistka.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code path}, which must answer 200, parsed as a reader's browser would. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), uri(path).toString());
    }

    /** How many SQL statements one view of {@code path} runs (after a first view, so start-up work is not counted). */
    public long statementsFor(String path) {
        get(path);
        long before = vistka.database().statementsExecuted();
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return vistka.database().statementsExecuted() - before;
    }

    @Override
    public void close() {
        vistka.close();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
