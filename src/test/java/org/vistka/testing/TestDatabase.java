package org.vistka.testing;

import java.nio.file.Path;

/** The two databases every storage and page test runs on. */
public enum TestDatabase {
    SQLITE, POSTGRESQL;

    /** The address of a new, empty database of this kind; SQLite files go under {@code folder}. */
    public String newUrl(Path folder) {
        return this == SQLITE ? "jdbc:sqlite:" + folder.resolve("vistka.db") : PostgresServer.get().newDatabase();
    }
}
