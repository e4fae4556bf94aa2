package org.vistka.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes of a site that share one PostgreSQL database tell one another what changed, through PostgreSQL's
 * LISTEN and NOTIFY, so that each node's page cache drops the pages that a change made on any node reaches, a few
 * tens of milliseconds later. Changes are told after their transaction committed; those made here within one
 * short wait go out together (those that may lag apart from the others). When the listening connection is lost, changes may have been missed:
 * once it is back, this node treats everything as changed. (SQLite is one node by nature.)
 *
 * <p>One thread and one connection of its own, outside the pool. Thread-safe.
 */
public final class ChangeBroadcast implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcast.class);
    private static final String CHANNEL = "vistka_changes";
    /** How long changes made here wait to go out together, and how often the thread looks for changes from others. */
    private static final Duration BEAT = Duration.ofMillis(25);
    /** PostgreSQL refuses a payload of 8000 bytes or more; a change naming more tags goes out as "everything". */
    private static final int LONGEST_PAYLOAD = 7_000;
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final Duration FIRST_LISTEN = Duration.ofSeconds(5);

    private final String node = UUID.randomUUID().toString();
    private final String jdbcUrl;
    private final ContentChanges changes;
    private final BlockingQueue<ContentChanges.Change> outgoing = new LinkedBlockingQueue<>();
    private final Thread thread;
    /** Opens once this node listens: a node that serves pages before it listens could keep one that changed meanwhile. */
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean closed;

    private ChangeBroadcast(String jdbcUrl, ContentChanges changes) {
        this.jdbcUrl = jdbcUrl;
        this.changes = changes;
        changes.listen(change -> {
            if (!change.fromAnotherNode()) {
                outgoing.add(change);
            }
        });
        this.thread = Thread.ofPlatform().name("vistka-change-broadcast").daemon().start(this::run);
    }

    /** Starts telling the other nodes on this PostgreSQL database about {@code changes}, and them about theirs. */
    public static ChangeBroadcast start(String jdbcUrl, ContentChanges changes) {
        var broadcast = new ChangeBroadcast(jdbcUrl, changes);
        try {
            if (!broadcast.listening.await(FIRST_LISTEN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("event=change-broadcast-slow message=\"not yet listening to the other nodes; serving anyway\"");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return broadcast;
    }

    private void run() {
        Duration retry = Duration.ofSeconds(1);
        boolean missedSome = false;
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, connectionProperties())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                if (missedSome) {
                    log.info("event=change-broadcast-back message=\"listening again; every kept page is dropped, here and on the other nodes, as changes may have been missed\"");
                    changes.changedOnAnotherNode(Set.of(ContentChanges.EVERYTHING), false);
                    // What this node changed while the link was down (or was taken from the queue as it broke) never reached the others.
                    outgoing.add(new ContentChanges.Change(Set.of(ContentChanges.EVERYTHING), false, false));
                }
                retry = Duration.ofSeconds(1);
                listening.countDown();
                exchange(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                missedSome = true;
                log.warn("event=change-broadcast-lost retry_in_s={} error=\"{}\"", retry.toSeconds(), e.getMessage());
                sleep(retry);
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** Sends what changed here and hands on what changed elsewhere, until closed or until the connection fails. */
    private void exchange(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            while (!closed) {
                send(notify);
                PGNotification[] received = postgres.getNotifications((int) BEAT.toMillis());
                for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                    receive(notification.getParameter());
                }
            }
            // What changed here while the server stopped (the last comments stored) still reaches the others.
            send(notify);
        }
    }

    private void send(PreparedStatement notify) throws SQLException {
        for (String payload : nextPayloads()) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.executeQuery().close();
        }
    }

    /** A connection that notices within a minute when the server has gone without a word (a half-open connection). */
    private static Properties connectionProperties() {
        var properties = new Properties();
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("socketTimeout", "60");
        return properties;
    }

    /**
     * The changes made here since the last beat as payloads: the node, "now" or "lag", then a tag a line. Those
     * that may lag go apart from the others, so that each node treats them as this one did.
     */
    private List<String> nextPayloads() {
        Set<String> now = new LinkedHashSet<>();
        Set<String> lag = new LinkedHashSet<>();
        for (ContentChanges.Change change; (change = outgoing.poll()) != null; ) {
            (change.mayLag() ? lag : now).addAll(change.tags());
        }
        List<String> payloads = new ArrayList<>(2);
        if (!lag.isEmpty()) {
            payloads.add(payload("lag", lag));
        }
        if (!now.isEmpty()) {
            payloads.add(payload("now", now));
        }
        return payloads;
    }

    private String payload(String kind, Set<String> tags) {
        String payload = node + "\n" + kind + "\n" + String.join("\n", tags);
        return payload.length() < LONGEST_PAYLOAD ? payload : node + "\nnow\n" + ContentChanges.EVERYTHING;
    }

    private void receive(String payload) {
        String[] lines = payload.split("\n");
        if (lines.length < 3 || lines[0].equals(node)) {
            return;
        }
        changes.changedOnAnotherNode(Set.copyOf(Arrays.asList(lines).subList(2, lines.length)), lines[1].equals("lag"));
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
