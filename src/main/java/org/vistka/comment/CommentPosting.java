package org.vistka.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.vistka.web.BackgroundThreads;

/**
 * Takes a reader's comment through every rule, in the order that costs least: is the conversation open, is the
 * form genuine, are the fields right, is the writer flooding, has this been said already; then decides what the
 * comment becomes and stores it. A comment is acknowledged only once it is stored. Thread-safe.
 *
 * <p>Posting must not slow reading. The rules are applied on a few threads of their own, about one a processor, at
 * background priority ({@link BackgroundThreads}: the processors serve pages first); comments beyond those wait their
 * turn, using no processor and no database connection, and are refused with 503 after a few seconds. So a flood of
 * comments leaves the processors and the connection pool to the readers; and
 * the web server's thread that received the comment is free again at once, so readers never queue behind comments
 * waiting for their commit. The wait for the commit holds no thread at all, and the comments checked meanwhile
 * share the commit.
 */
public final class CommentPosting {
    /** How long a comment may wait for its turn at the rules before it is refused with 503. */
    private static final Duration BUSY_WAIT = Duration.ofSeconds(5);
    /** How long a reader whose comment got no answer from the database is asked to wait before sending it again. */
    private static final Duration NOT_ANSWERED_WAIT = Duration.ofSeconds(60);
    /** Comments waiting for their turn beyond which new ones are refused at once: a bound on the memory a flood takes. */
    private static final int MOST_WAITING = 10_000;
    private static final int ANSWERING_THREADS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final CommentStore store;
    private final CommentSettingsStore settings;
    private final FormToken tokens;
    private final Clock clock;
    private final ThreadPoolExecutor checking = checkers();
    private final PendingComments pending = new PendingComments();
    /** Writes the answers to stored comments: a few threads, so a reader slow to read theirs holds up no one else's. */
    private final ExecutorService answering = Executors.newFixedThreadPool(ANSWERING_THREADS,
            BackgroundThreads.factory("vistka-comment-answer-"));

    public CommentPosting(CommentStore store, CommentSettingsStore settings, FormToken tokens, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The threads that apply the rules: one a processor, which end when they have been idle for a while. */
    private static ThreadPoolExecutor checkers() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        var pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MOST_WAITING),
                BackgroundThreads.factory("vistka-comment-check-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The story being commented on, as far as the rules need it. */
    public record Story(long id, Instant publishedAt, boolean commentsOpen) {
    }

    /** What came with the form besides the fields: who sent it, from which browser, with which token. */
    public record Sender(String address, String writerHash, String formToken, boolean honeypotFilled) {
    }

    /**
     * A stored comment ({@code id} set), or a refusal with its HTTP status, field problems and a message; a refusal
     * that waiting would cure says how long to wait ({@code retryAfter}, else null).
     */
    public record Outcome(long id, CommentStatus status, int httpStatus, Map<String, String> problems, String message,
                          Duration retryAfter) {
        static Outcome refused(int httpStatus, String field, String message) {
            return refused(httpStatus, field, message, null);
        }

        static Outcome refused(int httpStatus, String field, String message, Duration retryAfter) {
            return new Outcome(0, null, httpStatus, Map.of(field, message), message, retryAfter);
        }

        static Outcome busy() {
            return refused(503, "comment", "Comments are arriving faster than we can take them. Please wait "
                    + BUSY_WAIT.toSeconds() + " seconds and send yours again; it is kept below.", BUSY_WAIT);
        }

        /** No answer from the database in time: the comment may yet be stored, which the reader is told. */
        static Outcome notAnswered() {
            return refused(503, "comment", "Your comment is taking longer than it should to store; it may appear in a "
                    + "moment. If it does not, please wait " + NOT_ANSWERED_WAIT.toSeconds() + " seconds and send it again; "
                    + "it is kept below.", NOT_ANSWERED_WAIT);
        }

        public boolean stored() {
            return id > 0;
        }
    }

    /**
     * Takes the comment through the rules and stores it, or says why not: the future completes with the outcome once
     * the comment is durable, or as soon as it is refused.
     */
    public CompletableFuture<Outcome> post(Story story, CommentInput in, Sender sender) {
        long handedIn = System.nanoTime();
        CompletableFuture<Checked> checked;
        try {
            checked = CompletableFuture.supplyAsync(() -> System.nanoTime() - handedIn > BUSY_WAIT.toNanos()
                    ? Checked.refused(Outcome.busy()) : check(story, in, sender), checking);
        } catch (RejectedExecutionException tooMany) {
            return CompletableFuture.completedFuture(Outcome.busy());
        }
        // The answer is written on a thread of its own: never on the one thread that commits every comment.
        return checked.thenCompose(c -> c.refusal() != null ? CompletableFuture.completedFuture(c.refusal())
                : stored(c).thenApplyAsync(id -> new Outcome(id, c.comment().status(), 201, Map.of(), null, null), answering));
    }

    /** Hands the comment to the writer; its claim is released once the commit is over, however it ended. */
    private CompletableFuture<Long> stored(Checked checked) {
        try {
            return store.stored(checked.comment()).whenComplete((id, failure) -> pending.release(checked.claim()));
        } catch (RuntimeException refused) {
            pending.release(checked.claim());
            return CompletableFuture.failedFuture(refused);
        }
    }

    /**
     * Stops taking comments and waits until those being checked have been handed to the writer (or refused), so
     * that closing the writer next stores every comment that got that far.
     */
    public void close() {
        checking.shutdown();
        try {
            if (!checking.awaitTermination(BUSY_WAIT.toSeconds() * 2, TimeUnit.SECONDS)) {
                checking.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A comment that passed every rule, ready to store with the claim to release once stored, or the refusal that stopped it. */
    private record Checked(Outcome refusal, NewComment comment, PendingComments.Claim claim) {
        static Checked refused(Outcome refusal) {
            return new Checked(refusal, null, null);
        }
    }

    private Checked check(Story story, CommentInput in, Sender sender) {
        Instant now = clock.instant();
        CommentSettings rules = settings.load();
        Optional<String> closed = CommentSections.closedReason(rules, story, now, CommentSections.counted(store, rules, story.id()));
        if (closed.isPresent()) {
            return Checked.refused(Outcome.refused(403, "comment", closed.get()));
        }
        Optional<String> forged = tokens.problem(sender.formToken(), story.id(), now, Duration.ofSeconds(rules.minFormSeconds()));
        if (forged.isPresent()) {
            return Checked.refused(Outcome.refused(400, "comment", forged.get()));
        }
        Map<String, String> problems = CommentRules.problems(in, rules.requireNameAndEmail());
        if (!problems.isEmpty()) {
            return Checked.refused(new Outcome(0, null, 400, problems, "Please correct the marked fields.", null));
        }
        String email = in.email().strip().toLowerCase(Locale.ROOT);
        String contentHash = contentHash(in.text());
        // Claimed before the database is asked: see PendingComments for why the order matters.
        var claim = new PendingComments.Claim(sender.address(), email, story.id(), contentHash, now.toEpochMilli());
        PendingComments.Others others = pending.claim(claim);
        Checked checked = null;
        try {
            checked = checkWriter(story, in, sender, rules, now, claim, others);
            return checked;
        } finally {
            // Kept only by a comment on its way to the writer: a refusal or a failure must not hold its writer back.
            if (checked == null || checked.refusal() != null) {
                pending.release(claim);
            }
        }
    }

    /** The rules about this writer and what they wrote, with their comments still in hand counted as well. */
    private Checked checkWriter(Story story, CommentInput in, Sender sender, CommentSettings rules, Instant now,
                                PendingComments.Claim claim, PendingComments.Others others) {
        String email = claim.email();
        Optional<Outcome> flood = flood(rules, sender.address(), email, now, others);
        if (flood.isPresent()) {
            return Checked.refused(flood.get());
        }
        String contentHash = claim.contentHash();
        if (others.sameText() || store.duplicate(story.id(), email, contentHash, now.minus(Duration.ofDays(1)))) {
            return Checked.refused(Outcome.refused(409, "comment", "You have already said that."));
        }
        CommentStore.Parent parent = null;
        if (in.parentId() != null) {
            parent = store.parent(in.parentId(), story.id(), sender.writerHash()).orElse(null);
            if (parent == null) {
                return Checked.refused(Outcome.refused(400, "comment", "The comment you are replying to is not there any more. Your reply is kept below."));
            }
        }
        boolean slowMode = rules.slowModeCount() > 0
                && store.receivedSince(story.id(), now.minus(Duration.ofMinutes(rules.slowModeMinutes())), rules.slowModeCount()) >= rules.slowModeCount();
        var score = new SpamScore(store.learnedPhrases()).score(in.text(), in.name(), email, in.website());
        String html = CommentText.html(in.text());
        var decision = ModerationRules.decide(in, rules,
                new ModerationRules.Facts(sender.honeypotFilled(), store.approvedBefore(email), slowMode, sender.address()),
                score, CommentText.linksIn(html));
        int depth = parent == null ? 0 : Math.min(parent.depth() + 1, Math.max(0, rules.threadDepth() - 1));
        return new Checked(null, new NewComment(story.id(), parent == null ? null : parent.id(), parent == null ? null : parent.threadId(),
                depth, decision.status(), in.name().strip(), email, in.website().strip(), sender.address(), in.text(),
                html, String.join("\n", decision.reasons()), decision.spamPoints(), sender.writerHash(),
                contentHash, null, now), claim);
    }

    private Optional<Outcome> flood(CommentSettings rules, String address, String email, Instant now, PendingComments.Others others) {
        if (rules.secondsBetween() > 0) {
            long latest = Math.max(others.latestByWriter(), store.latestFrom(address, email, now.minusSeconds(rules.secondsBetween())));
            if (latest > 0) {
                long wait = Math.max(1, (latest + rules.secondsBetween() * 1000L - now.toEpochMilli() + 999) / 1000);
                return Optional.of(Outcome.refused(429, "comment", "You are commenting too fast. Please wait " + wait
                        + (wait == 1 ? " second" : " seconds") + " and send it again; your comment is kept below.", Duration.ofSeconds(wait)));
            }
        }
        if (rules.perHour() > 0
                && others.byWriter() + store.countFrom(address, email, now.minus(Duration.ofHours(1)), rules.perHour()) >= rules.perHour()) {
            return Optional.of(Outcome.refused(429, "comment", "You have sent " + rules.perHour()
                    + " comments in the last hour, the most we accept. Please try again later; your comment is kept below.",
                    Duration.ofHours(1)));
        }
        return Optional.empty();
    }

    /** The same words count as the same comment whatever the spacing, case or Unicode form. */
    static String contentHash(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        normal = SPACES.matcher(normal).replaceAll(" ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
