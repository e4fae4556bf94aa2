package org.vistka.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Hands the POSTs that features name as background work (a flood of comments, say) to threads of their own at
 * background priority ({@link BackgroundThreads}) before they are routed or checked (their bodies have arrived whole,
 * see {@link RequestBodies}). Readers' pages then never queue behind them for one of Jetty's threads nor wait behind
 * them for a processor. A request that waited longer than
 * {@link #LONGEST_WAIT} for a thread is answered 503 at once; with the queue full, a request is handled on Jetty's
 * thread as any other. Stopping lets the requests in hand finish first.
 */
final class BackgroundRequests extends Handler.Wrapper {
    /** As many as Jetty's own pool: they mostly wait for a form's bytes, at background priority. */
    private static final int THREADS = 32;
    private static final int MOST_WAITING = 1_000;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final List<String> postPrefixes;
    private volatile ThreadPoolExecutor threads;

    /** @param postPrefixes paths whose POSTs are background work, each a path prefix such as {@code /comments/} */
    BackgroundRequests(List<String> postPrefixes) {
        this.postPrefixes = List.copyOf(postPrefixes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isBackground(request)) {
            return super.handle(request, response, callback);
        }
        long queued = System.nanoTime();
        try {
            threads.execute(() -> {
                if (System.nanoTime() - queued > LONGEST_WAIT.toNanos()) {
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, LONGEST_WAIT.toSeconds());
                    Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                            "The site is very busy. Please wait a few seconds and send it again.");
                } else {
                    handleHere(request, response, callback);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            return super.handle(request, response, callback);
        }
    }

    private boolean isBackground(Request request) {
        if (!request.getMethod().equals("POST")) {
            return false;
        }
        String path = Request.getPathInContext(request);
        return postPrefixes.stream().anyMatch(path::startsWith);
    }

    private void handleHere(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    @Override
    protected void doStart() throws Exception {
        threads = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MOST_WAITING),
                BackgroundThreads.factory("vistka-http-background-"));
        threads.allowCoreThreadTimeOut(true);
        super.doStart();
    }

    /** The requests in hand are finished, on a handler still running, before the handlers inside stop. */
    @Override
    protected void doStop() throws Exception {
        threads.shutdown();
        if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
        }
        super.doStop();
    }
}
