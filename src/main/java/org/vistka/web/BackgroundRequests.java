package org.vistka.web;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Hands the POSTs that features name as background work (a flood of comments, say) to threads of their own at
 * background priority ({@link BackgroundThreads}) before anything of them is read, routed or checked. Readers' pages
 * then never queue behind them for one of Jetty's threads nor wait behind them for a processor; and a sender that
 * trickles its form in holds one of these threads, not one of the readers'. Should all of them be busy and the queue
 * full, the request is handled on Jetty's thread as any other.
 */
final class BackgroundRequests extends Handler.Wrapper {
    private static final int THREADS = 8;
    private static final int MOST_WAITING = 1_000;

    private final List<String> postPrefixes;
    private final ThreadPoolExecutor threads;

    /** @param postPrefixes paths whose POSTs are background work, each a path prefix such as {@code /comments/} */
    BackgroundRequests(List<String> postPrefixes) {
        this.postPrefixes = List.copyOf(postPrefixes);
        this.threads = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MOST_WAITING),
                BackgroundThreads.factory("vistka-http-background-"));
        threads.allowCoreThreadTimeOut(true);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isBackground(request)) {
            return super.handle(request, response, callback);
        }
        try {
            threads.execute(() -> handleHere(request, response, callback));
            return true;
        } catch (RejectedExecutionException full) {
            return super.handle(request, response, callback);
        }
    }

    private boolean isBackground(Request request) {
        if (!request.getMethod().equals("POST")) {
            return false;
        }
        String path = request.getHttpURI().getPath();
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
    protected void doStop() throws Exception {
        super.doStop();
        threads.shutdown();
    }
}
