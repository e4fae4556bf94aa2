package org.vistka.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.vistka.web.App;
import org.vistka.web.RequestLimits;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vistka.Config;
import org.vistka.Vistka;
import org.vistka.storage.ContentChanges;
import org.vistka.account.Account;
import org.vistka.account.AccountStore;
import org.vistka.account.Argon2Parameters;
import org.vistka.account.Members;
import org.vistka.account.PasswordHasher;
import org.vistka.account.PasswordPolicy;
import org.vistka.account.Role;
import org.vistka.article.ArticleWriter;
import org.vistka.article.BodyRenderer;
import org.vistka.article.StoryStore;
import org.vistka.article.TaxonomyStore;

/**
 * A real Vistka server on a free port, on SQLite or PostgreSQL, spoken to over real HTTP. {@link #shared} gives
 * one demo site per database for the whole test run; {@link #fresh} gives a private one to close after use.
 */
public final class TestSite implements AutoCloseable {
    private static final Map<TestDatabase, TestSite> SHARED = new EnumMap<>(TestDatabase.class);

    /** The public address of the test sites unless a test asks for another: plain http on loopback, no port. */
    private static final String LOOPBACK = "http://127.0.0.1";

    /** The password of every member that {@link #member} makes. */
    public static final String PASSWORD = "violet kettle harbour seventeen";

    private final TestDatabase database;
    private final MutableClock clock = new MutableClock();
    private final Path dataDir;
    private final Vistka vistka;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String dbUrl;
    private final String baseUrl;

    private TestSite(TestDatabase database, boolean demo, int cacheMb, String baseUrl) {
        this(database, temporaryFolder(), null, demo, cacheMb, baseUrl, RequestLimits.DEFAULT);
    }

    private TestSite(TestDatabase database, Path dataDir, String dbUrl, boolean demo, String baseUrl) {
        this(database, dataDir, dbUrl, demo, 16, baseUrl, RequestLimits.DEFAULT);
    }

    private TestSite(TestDatabase database, Path dataDir, String dbUrl, boolean demo, int cacheMb, String baseUrl,
                     RequestLimits limits) {
        this.database = database;
        this.dataDir = dataDir;
        this.dbUrl = dbUrl != null ? dbUrl : database.newUrl(dataDir);
        this.baseUrl = baseUrl;
        Config config = new Config("127.0.0.1", 0, dataDir, this.dbUrl, baseUrl, demo, cacheMb,
                // The tests stand in for a proxy on loopback when they send X-Forwarded-For.
                java.util.Set.of("127.0.0.1"));
        this.vistka = Vistka.start(config, clock, limits);
        // Pages are tested as readers see them once the node is up, which includes a search index that has caught up.
        await("the search index to catch up with the database").atMost(Duration.ofSeconds(30)).until(vistka.search()::caughtUp);
    }

    /** Stops this site and starts a new server on the same database and data folder, as a restart would. */
    public TestSite restart() {
        return restart(folder -> { });
    }

    /** Stops this site, lets {@code whileStopped} act on its data folder, and starts a new server on both again. */
    public TestSite restart(Consumer<Path> whileStopped) {
        close();
        whileStopped.accept(dataDir);
        return new TestSite(database, dataDir, dbUrl, false, baseUrl);
    }

    /** Another node of this site: a server with a data folder of its own on the same database. The caller closes it. */
    public TestSite secondNode() {
        return new TestSite(database, temporaryFolder(), dbUrl, false, baseUrl);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("vistka-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo site on this database, started once per test run. Tests may add stories but must not remove the demo's. */
    public static synchronized TestSite shared(TestDatabase database) {
        return SHARED.computeIfAbsent(database, db -> {
            TestSite site = new TestSite(db, true, 16, LOOPBACK);
            Runtime.getRuntime().addShutdownHook(new Thread(site::close, "stop-test-site"));
            return site;
        });
    }

    /** A private site, with or without the demo content; the caller closes it. */
    public static TestSite fresh(TestDatabase database, boolean demo) {
        return new TestSite(database, demo, 16, LOOPBACK);
    }

    /**
     * A private demo site whose public address is {@code baseUrl} ({@code VISTKA_BASE_URL}), such as
     * {@code https://news.example} for a site behind a TLS proxy: the server itself still speaks plain HTTP on
     * loopback, as it does behind the proxy. The caller closes it.
     */
    public static TestSite at(TestDatabase database, String baseUrl) {
        return new TestSite(database, true, 16, baseUrl);
    }

    /** A private site on a database made beforehand (by an earlier Vistka, say), without the demo; the caller closes it. */
    public static TestSite on(TestDatabase database, String dbUrl) {
        return new TestSite(database, temporaryFolder(), dbUrl, false, LOOPBACK);
    }

    /** A private site with the demo content whose request limits are these (shorter times, say); the caller closes it. */
    public static TestSite fresh(TestDatabase database, RequestLimits limits) {
        return new TestSite(database, temporaryFolder(), null, true, 16, LOOPBACK, limits);
    }

    /** A private site whose page cache holds at most {@code cacheMb} megabytes. */
    public static TestSite fresh(TestDatabase database, boolean demo, int cacheMb) {
        return new TestSite(database, demo, cacheMb, LOOPBACK);
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

    /** Announces writes made beside the server to it, as an import would, so its page cache drops what they change. */
    public ContentChanges changes() {
        return vistka.changes();
    }

    public Jdbi jdbi() {
        return vistka.database().jdbi();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String dbUrl() {
        return dbUrl;
    }

    public Stories stories() {
        return new Stories(new ArticleWriter(jdbi(), new BodyRenderer(), Clock.systemUTC(), changes()), new TaxonomyStore(jdbi()),
                new StoryStore(jdbi()));
    }

    /** A new newsroom member with this role and the password {@link #PASSWORD}. */
    public Member member(Role role) {
        var members = new Members(new AccountStore(jdbi(), clock), new TaxonomyStore(jdbi()),
                new PasswordHasher(Argon2Parameters.RECOMMENDED), new PasswordPolicy());
        String unique = Stories.unique();
        String email = role.dbValue() + "-" + unique + "@newsroom.example";
        return new Member(members.add(email, role.label() + " " + unique, role, PASSWORD), PASSWORD);
    }

    /** A browser signed in as a new member with this role. */
    public NewsroomClient signedIn(Role role) {
        Member member = member(role);
        return new NewsroomClient(this).signIn(member.account().email(), member.password());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + vistka.port() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a GET without waiting for the answer, for many readers at once. */
    public java.util.concurrent.CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return http.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code path}, which must answer 200, parsed as a reader's browser would. */
    public Document page(String path) {
        return page(path, new String[0]);
    }

    /**
     * The page at {@code path} rendered now, past the page cache (which never answers a request with a cookie): for
     * what the cache may show a minute late, such as the related stories the search index finds.
     */
    public Document renderedPage(String path) {
        return page(path, "Cookie", "vistka_probe=1");
    }

    private Document page(String path, String... headers) {
        HttpResponse<String> response = get(path, headers);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), uri(path).toString());
    }

    /**
     * How many SQL statements one render of {@code path} runs, as the request log reports it (after a first view,
     * so start-up work is not counted; background jobs are not counted either).
     */
    public long statementsFor(String path) {
        return statementsFor(path, false);
    }

    /**
     * How many SQL statements a view of {@code path} runs: a real render, or with {@code cached} a second view
     * that the page cache may answer.
     */
    public long statementsFor(String path, boolean cached) {
        // With a cookie the page cache never answers, so what is counted is a real render.
        String[] headers = cached ? new String[0] : new String[] {"Cookie", "vistka_probe=1"};
        get(path, headers);
        Logger logger = (Logger) LoggerFactory.getLogger(App.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(events);
        try {
            HttpResponse<String> response = get(path, headers);
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            Pattern line = Pattern.compile("event=request method=GET path=" + Pattern.quote(path.replaceFirst("\\?.*", ""))
                    + " status=200 ms=\\S+ queries=(\\d+)");
            await("the request log line of " + path).atMost(Duration.ofSeconds(5)).until(
                    () -> events.list.stream().anyMatch(e -> line.matcher(e.getFormattedMessage()).matches()));
            return events.list.stream().map(e -> line.matcher(e.getFormattedMessage())).filter(Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(1))).findFirst().orElseThrow();
        } finally {
            logger.detachAppender(events);
            logger.setAdditive(true);
            logger.setLevel(level);
        }
    }

    @Override
    public void close() {
        vistka.close();
    }

    /** A member made for a test, with their password. */
    public record Member(Account account, String password) {
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
