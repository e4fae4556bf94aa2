package org.vistka.comment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.web.BackgroundThreads;

/**
 * Stores new comments with group commit. Each caller of {@link #insert} waits while one writer thread takes every
 * comment waiting at that moment (up to {@value #MAX_BATCH}) and stores them in one transaction, so many comments
 * share one commit, and so one disk flush, where each used to pay for its own; and on SQLite only this thread
 * competes for the write lock, instead of every request thread waiting for it in turn. A caller gets its id only
 * after the commit returned: a comment is acknowledged only once it is durable. When a batch fails, its comments
 * are stored one by one, each in its own transaction, so one bad comment fails alone.
 *
 * <p>Thread-safe. {@link #close} stores what is waiting, then stops the thread; an insert after that is refused.
 */
public final class CommentWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommentWriter.class);
    static final int MAX_BATCH = 256;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Pending STOP = new Pending(null, null);

    private final Jdbi jdbi;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Object admission = new Object();
    private final Thread thread;
    private boolean closed;

    private record Pending(NewComment comment, CompletableFuture<Long> id) {
    }

    public CommentWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.thread = BackgroundThreads.start("vistka-comment-writer", this::run);
    }

    /** Stores the comment, waiting until the transaction that holds it has committed, and gives its id. */
    public long insert(NewComment comment) {
        try {
            return submit(comment).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException("the comment could not be stored", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the comment was being stored", e);
        }
    }

    /** Hands the comment to the writer thread; the future gives its id once the transaction holding it has committed. */
    CompletableFuture<Long> submit(NewComment comment) {
        CompletableFuture<Long> id = new CompletableFuture<>();
        synchronized (admission) {
            if (closed) {
                throw new IllegalStateException("the comment writer is stopped: the server is shutting down");
            }
            queue.add(new Pending(comment, id));
        }
        return id;
    }

    /** Comments handed in that the writer thread has not yet taken into a transaction. */
    int waiting() {
        return queue.size();
    }

    /** Stores every comment already handed in, then stops the writer thread. */
    @Override
    public void close() {
        synchronized (admission) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            if (!thread.join(SHUTDOWN_WAIT)) {
                log.warn("event=comment-writer-stuck waiting={} message=\"comments handed in were not stored within {} s\"",
                        queue.size(), SHUTDOWN_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Only close() stops this thread, through STOP, so that nothing handed in is left waiting.
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            // STOP is the last thing ever queued, so it can only end a batch.
            stopping = batch.getLast() == STOP;
            if (stopping) {
                batch.removeLast();
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
        }
    }

    private void commit(List<Pending> batch) {
        try {
            List<Long> ids = jdbi.inTransaction(h -> {
                List<Long> stored = new ArrayList<>(batch.size());
                for (Pending pending : batch) {
                    stored.add(insert(h, pending.comment()));
                }
                return stored;
            });
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).id().complete(ids.get(i));
            }
        } catch (Throwable batchFailure) {
            if (batch.size() == 1) {
                batch.getFirst().id().completeExceptionally(batchFailure);
                return;
            }
            log.warn("event=comment-batch-failed size={} retrying=one-by-one error=\"{}\"", batch.size(), firstLineOfCause(batchFailure));
            for (Pending pending : batch) {
                try {
                    pending.id().complete(jdbi.inTransaction(h -> insert(h, pending.comment())));
                } catch (Throwable failure) {
                    pending.id().completeExceptionally(failure);
                }
            }
        }
    }

    /** The database's own words, without the statement's arguments (a writer's email and address stay out of the log). */
    private static String firstLineOfCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return root.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse(message).replace('"', '\'');
    }

    private static long insert(Handle h, NewComment c) {
        long id = h.createUpdate("""
                        INSERT INTO comment (article_id, parent_id, thread_id, depth, status, author_name, author_email,
                            author_url, author_address, body_text, body_html, created_at, reasons, spam_points,
                            writer_hash, content_hash, account_id)
                        VALUES (:articleId, :parentId, :threadId, :depth, :status, :name, :email, :website, :address,
                            :text, :html, :createdAt, :reasons, :spamPoints, :writerHash, :contentHash, :accountId)""")
                .bind("articleId", c.articleId()).bind("parentId", c.parentId()).bind("threadId", c.threadId())
                .bind("depth", c.depth()).bind("status", c.status().dbValue()).bind("name", c.name())
                .bind("email", c.email()).bind("website", c.website()).bind("address", c.address())
                .bind("text", c.text()).bind("html", c.html()).bind("createdAt", c.createdAt().toEpochMilli())
                .bind("reasons", c.reasons()).bind("spamPoints", c.spamPoints()).bind("writerHash", c.writerHash())
                .bind("contentHash", c.contentHash()).bind("accountId", c.accountId())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (c.threadId() == null) {
            h.createUpdate("UPDATE comment SET thread_id = id WHERE id = :id").bind("id", id).execute();
        }
        return id;
    }
}
