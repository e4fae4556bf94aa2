package org.vistka.web;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes the connections of clients too slow to be worth waiting for. One that sends nothing for the idle timeout
 * goes by Jetty's own rule. One still sending a request's head (request line and headers) when the head deadline
 * has passed since its first byte goes too, however steadily it trickles: each byte would start Jetty's idle timeout
 * again, and Jetty has no rule of its own for it. Waiting for a head holds no thread, only a connection, but
 * enough of those would fill the server's file handles. The open connections are looked at every quarter of the
 * deadline (every second at most), so a head may take up to a quarter longer. A bean of the server: starts and
 * stops with it. Thread-safe.
 */
final class SlowClients extends AbstractLifeCycle implements Runnable {
    private final Server server;
    private final RequestLimits limits;
    private final long every;
    private volatile Scheduler.Task next;

    SlowClients(Server server, RequestLimits limits) {
        this.server = server;
        this.limits = limits;
        this.every = Math.min(1000, Math.max(10, limits.headDeadline().toMillis() / 4));
    }

    @Override
    protected void doStart() throws Exception {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector each) {
                each.setIdleTimeout(limits.idleTimeout().toMillis());
            }
        }
        next = server.getScheduler().schedule(this, every, TimeUnit.MILLISECONDS);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        super.doStop();
    }

    @Override
    public void run() {
        long deadline = limits.headDeadline().toNanos();
        try {
            for (Connector connector : server.getConnectors()) {
                for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                    // Jetty's parser knows when the head began; the connection that holds it is Jetty's internal type.
                    if (endPoint.getConnection() instanceof HttpConnection http && late(http.getParser(), deadline)) {
                        endPoint.close(new TimeoutException("request head not received within " + limits.headDeadline()));
                    }
                }
            }
        } finally {
            // Whatever one look at the connections met, the next one comes.
            if (isRunning()) {
                next = server.getScheduler().schedule(this, every, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static boolean late(HttpParser parser, long deadline) {
        return !parser.isStart() && parser.inHeaderState() && NanoTime.since(parser.getBeginNanoTime()) > deadline;
    }
}
