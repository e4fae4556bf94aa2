package org.vistka.search;

import java.io.PrintStream;
import org.vistka.Config;
import org.vistka.StartupFailure;
import org.vistka.article.ArticleStore;
import org.vistka.storage.Database;

/**
 * {@code vistka admin reindex}: rebuilds this node's search index from the database, with a progress bar. The
 * server keeps the index open, so this runs while the node's server is stopped (it says so otherwise); a server
 * rebuilds a missing or unreadable index by itself at start, so this is for when the index should be made anew.
 */
public final class ReindexCommand {
    private final PrintStream out;
    private final boolean terminal;

    public ReindexCommand(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Runs the command; returns the process exit status. */
    public int run(Config config) {
        long started = System.nanoTime();
        try (Database database = Database.open(config.dbUrl());
             Search search = Search.open(database.jdbi(), new ArticleStore(database.jdbi()), config.dataDir().resolve("index"))) {
            out.println("Rebuilding the search index in " + config.dataDir().resolve("index") + " from " + config.dbUrlForLogs());
            search.rebuild(new ProgressBar(out, terminal));
            out.printf("The search index is rebuilt (%.1f s).%n", (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (StartupFailure e) {
            out.println("vistka: " + e.getMessage());
            return 2;
        }
    }
}
