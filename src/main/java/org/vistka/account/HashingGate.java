package org.vistka.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * Lets only as many Argon2 computations run at once as the heap and the processors afford; the others wait their
 * turn, first come first served, for a short while, then are refused with {@link Busy}.
 *
 * <p>Each computation holds its memory (19 MiB for the recommended parameters) while it runs, so forty sign-ins sent
 * at once, each on a thread of its own, would ask for far more than a small server's heap. The gate is counted in
 * KiB of Argon2 memory: a computation takes as many as its parameters need (at most the whole budget, so an odd
 * stored hash still runs, alone), which keeps a larger hash from counting as a small one. The budget is a quarter of
 * the heap, and at most one processor fewer than the machine has, so readers keep a processor while passwords are
 * checked.
 *
 * <p>The gate also keeps that memory: its {@link #blocks()} are Argon2's 1 KiB blocks, allocated by the first
 * computations and lent to every later one, as many as the budget holds. Allocated afresh for each guess, 19 MiB would
 * live through several young collections and be copied into the old generation, and a flood of sign-ins would then
 * cost readers full collections; kept, it costs the heap a constant budget and the collector nothing.
 *
 * <p>One gate per process ({@link #forThisProcess()}): the heap it protects is the process's. Thread-safe.
 */
public final class HashingGate {
    /** How long a computation may wait for its turn before the request is refused. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);
    /** What the refusal asks the client to wait: the queue has moved on by then. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** More than this many waiting for each computation slot are refused at once rather than queued. */
    private static final int WAITING_PER_SLOT = 16;

    private static final HashingGate PROCESS = new HashingGate(
            slotsFor(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(), Argon2Parameters.RECOMMENDED),
            Argon2Parameters.RECOMMENDED, LONGEST_WAIT);

    private final int slots;
    private final int budgetKib;
    private final Semaphore memory;
    private final Argon2BytesGenerator.BlockPool blocks;
    private final Duration longestWait;

    HashingGate(int slots, Argon2Parameters usual, Duration longestWait) {
        if (slots < 1) {
            throw new IllegalArgumentException("a hashing gate needs at least one slot: " + slots);
        }
        this.slots = slots;
        this.budgetKib = Math.multiplyExact(slots, usual.memoryKib());
        this.memory = new Semaphore(budgetKib, true);
        // Argon2's blocks are 1 KiB each, so the budget in KiB is the number of blocks worth keeping.
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(budgetKib);
        this.longestWait = longestWait;
    }

    /** The gate shared by everything in this process that hashes or checks a password. */
    public static HashingGate forThisProcess() {
        return PROCESS;
    }

    /**
     * How many computations of {@code usual} cost may run at once: as many as fit in a quarter of {@code maxHeapBytes},
     * at most {@code processors - 1}, and at least one.
     */
    static int slotsFor(long maxHeapBytes, int processors, Argon2Parameters usual) {
        long fit = maxHeapBytes / 4 / (usual.memoryKib() * 1024L);
        long cpu = Math.max(1, processors - 1);
        return (int) Math.max(1, Math.min(fit, cpu));
    }

    /**
     * Argon2's working memory, lent to the computations that hold a turn: they take their blocks here and give them
     * back when done. A computation larger than the whole budget (an odd stored hash) allocates the rest itself.
     */
    Argon2BytesGenerator.BlockPool blocks() {
        return blocks;
    }

    /** How many computations of the usual cost may run at once. */
    public int slots() {
        return slots;
    }

    /**
     * Refuses at once when as many are waiting as may: a request that would be turned away anyway is turned away before
     * it costs anything else (the sign-in throttle's writes, say).
     *
     * @throws Busy when the queue is full
     */
    void refuseIfFull() {
        if (waiting() >= slots * WAITING_PER_SLOT) {
            throw new Busy();
        }
    }

    /** About how many computations are waiting for their turn now. */
    int waiting() {
        return memory.getQueueLength();
    }

    /**
     * Runs {@code work}, a computation with {@code parameters}' cost, once its turn comes.
     *
     * @throws Busy when too many are waiting already, or its turn did not come within {@link #LONGEST_WAIT}
     */
    <T> T run(Argon2Parameters parameters, Supplier<T> work) {
        int permits = Math.min(budgetKib, parameters.memoryKib());
        refuseIfFull();
        boolean acquired;
        try {
            acquired = memory.tryAcquire(permits, longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            memory.release(permits);
        }
    }

    /** Too many passwords are being checked at once: the client should try again after {@link #RETRY_AFTER}. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("The newsroom is busy checking other passwords. Please try again in a few seconds.", null, false, false);
        }

        /** The value of the {@code Retry-After} header that goes with the refusal, in seconds. */
        public String retryAfterSeconds() {
            return String.valueOf(RETRY_AFTER.toSeconds());
        }
    }
}
