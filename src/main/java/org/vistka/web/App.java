package org.vistka.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinBindException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.storage.StartupFailure;

/**
 * The web server: Javalin configured with the shared plumbing (security headers, request log, trailing-slash
 * redirects, health check, error pages) and the routes each feature contributes. Built once at start.
 */
public final class App {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Javalin javalin;
    private final List<String> routes;

    private static final String STATEMENTS_AT_START = "vistka.statementsAtStart";

    /**
     * @param trustedProxies     the proxies in front whose {@code X-Forwarded-For} names the reader (see {@link ClientAddress})
     * @param statementsOnThread how many SQL statements the calling thread has run so far: the request log gives the
     *                           number each request ran, which shows an N+1 query at a glance
     * @param limits             what one request may cost the server ({@link RequestLimits#DEFAULT} but in tests)
     */
    public App(boolean https, List<Routes> features, ErrorPages errors, BooleanSupplier healthy, LongSupplier statementsOnThread,
               PageCache cache, Set<String> trustedProxies, RequestLimits limits) {
        SecurityHeaders headers = new SecurityHeaders(https);
        List<String> added = new ArrayList<>();
        this.javalin = Javalin.create(config -> {
            config.events.handlerAdded(handler -> added.add(handler.getHttpMethod().name() + " " + handler.getPath()));
            config.startup.showJavalinBanner = false;
            config.appData(PageCache.KEY, cache);
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = threadPool();
            // Every X-Forwarded-For line, in order: a proxy may add its own line rather than extend the reader's.
            config.contextResolver.ip = ctx -> ClientAddress.of(ctx.req().getRemoteAddr(),
                    String.join(",", Collections.list(ctx.req().getHeaders(Header.X_FORWARDED_FOR))), trustedProxies);
            config.router.ignoreTrailingSlashes = false;
            // Image uploads: the newsroom's own limit (a setting, at most 100 MB) is kept by RequestBodies; this is a ceiling.
            config.jetty.multipartConfig.maxFileSize(101, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(102, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(RequestLimits.MULTIPART_PART_IN_MEMORY_KB, SizeUnit.KB);
            // Jetty takes the most parts of a multipart form from the most form keys.
            config.jetty.modifyServletContextHandler(context -> context.setMaxFormKeys(RequestLimits.MULTIPART_PARTS));
            // Javalin reads a form's body itself; RequestBodies has refused any body larger than its path takes.
            config.http.maxRequestSize = RequestLimits.HELD_BYTES;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(RequestLimits.HEAD_BYTES));
            config.requestLogger.http((ctx, ms) -> {
                Long start = ctx.attribute(STATEMENTS_AT_START);
                logRequest(ctx.method().name(), ctx.path(), ctx.statusCode(), ms,
                        start == null ? 0 : statementsOnThread.getAsLong() - start);
            });
            // Bodies are checked first; kept pages are answered in front of Javalin, by Jetty itself, and background
            // POSTs leave Jetty's threads next; Javalin puts its handlers inside the innermost.
            var bodies = new RequestBodies(features.stream().flatMap(f -> f.bodyLimits().stream()).toList(), limits.minimumRate());
            var answers = new MemoryAnswers(cache, headers);
            bodies.setHandler(answers);
            answers.setHandler(new BackgroundRequests(features.stream().flatMap(f -> f.backgroundPosts().stream()).toList()));
            config.jetty.modifyServer(server -> {
                server.setHandler(bodies);
                server.setErrorHandler(new BadRequestPages(headers));
                server.addBean(new SlowClients(server, limits));
            });
            RoutesConfig routes = config.routes;
            routes.before(ctx -> {
                RequestBodies.refuseIfMarked(ctx);
                ctx.attribute(STATEMENTS_AT_START, statementsOnThread.getAsLong());
                headers.apply(ctx);
                TrailingSlash.redirectIfMissing(ctx);
            });
            routes.get("/healthz", ctx -> health(ctx, healthy));
            routes.head("/healthz", ctx -> health(ctx, healthy));
            features.forEach(feature -> feature.register(routes));
            routes.exception(HttpProblem.class, (e, ctx) -> answer(ctx, e, errors));
            routes.exception(HttpResponseException.class, (e, ctx) -> errors.render(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
            routes.exception(Exception.class, (e, ctx) -> {
                HttpProblem problem = HttpProblem.causing(e).orElse(null);
                if (problem == null) {
                    log.error("event=failure method={} path={}", ctx.method(), ctx.path(), e);
                    problem = HttpProblem.failed();
                }
                answer(ctx, problem, errors);
            });
            routes.error(HttpStatus.NOT_FOUND, ctx -> {
                if (ctx.resultInputStream() == null) {
                    errors.render(ctx, HttpStatus.NOT_FOUND, HttpProblem.notFound().getMessage());
                }
            });
        });
        this.routes = List.copyOf(added);
    }

    /**
     * Every handler this server has, as method and path ({@code "POST /newsroom/users/{id}/"}), before and after
     * filters included: what a check that every state-changing route is guarded goes through.
     */
    public List<String> routes() {
        return routes;
    }

    /**
     * Registers {@code handler} for GET and HEAD, as every public page must answer both, behind the page cache:
     * the handler names what its page shows with {@link PageTags}.
     */
    public static void page(RoutesConfig routes, String path, Handler handler) {
        Handler cached = ctx -> ctx.appData(PageCache.KEY).serve(ctx, handler);
        routes.get(path, cached);
        routes.head(path, cached);
    }

    /**
     * Jetty's threads. Pages kept in memory are answered without blocking and a render waits only briefly on the
     * database, so a few dozen threads keep two cores busy; Jetty's default of 250 would only add memory (a stack
     * each) and switching between them when a crowd arrives.
     */
    private static QueuedThreadPool threadPool() {
        int threads = Math.max(32, 16 * Runtime.getRuntime().availableProcessors());
        var pool = new QueuedThreadPool(threads, threads);
        pool.setName("vistka-http");
        return pool;
    }

    /** Starts listening; port 0 picks a free port, which {@link #port()} then tells. */
    public App start(String host, int port) {
        try {
            javalin.start(host, port);
        } catch (JavalinBindException e) {
            throw new StartupFailure("cannot listen on " + host + ":" + port + " (the port is in use or not allowed): "
                    + "set VISTKA_PORT to a free port, or 0 to pick one", e);
        }
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    /**
     * The problem's page, or its problem details for a script that asked for JSON; a refusal that says when to come
     * back (every 503 of Vistka's does) says it in {@code Retry-After}.
     */
    private static void answer(Context ctx, HttpProblem problem, ErrorPages errors) {
        if (ProblemDetails.asked(ctx)) {
            ProblemDetails.of(problem).send(ctx);
            return;
        }
        ProblemDetails.retryAfter(ctx, problem.retryAfter());
        errors.render(ctx, problem.status(), problem.getMessage());
    }

    private static void health(Context ctx, BooleanSupplier healthy) {
        boolean ok = healthy.getAsBoolean();
        ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.result(ok ? "ok" : "unavailable");
    }

    /** One line per request, the same whether Javalin answered it or the page cache in front of it. */
    static void logRequest(String method, String path, int status, float ms, long queries) {
        if (log.isInfoEnabled()) {
            log.info("event=request method={} path={} status={} ms={} queries={}", method, path, status,
                    String.format("%.1f", ms), queries);
        }
    }
}
