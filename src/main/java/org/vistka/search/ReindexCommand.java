package org.vistka.search;

import java.io.PrintStream;
import java.nio.file.Path;
import org.vistka.storage.StartupFailure;
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

    /** Rebuilds the index in {@code indexDir} from the database at {@code dbUrl}; returns the process exit status. */
    public int run(String dbUrl, Path indexDir) {
        long started = System.nanoTime();
        try (Database database = Database.open(dbUrl);
             Search search = Search.open(database.jdbi(), new ArticleStore(database.jdbi()), indexDir)) {
            out.println("Rebuilding the search index in " + indexDir + " from " + Database.redact(dbUrl));
            search.rebuild(new ProgressBar(out, terminal));
            out.printf("The search index is rebuilt (%.1f s).%n", (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (StartupFailure e) {
            out.println("vistka: " + e.getMessage());
            return 2;
        }
    }
}
