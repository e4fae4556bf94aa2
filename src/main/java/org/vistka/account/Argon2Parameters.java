package org.vistka.account;

/**
 * The cost of one Argon2id password hash: memory in KiB, passes over that memory, and lanes computed in parallel.
 *
 * <p>Values are checked on construction against Argon2's own lower bound (8 KiB per lane) and against ceilings
 * that keep one hash within what a small server can afford. The same ceilings apply to parameters read back from
 * a stored hash, so a corrupted or planted row cannot make a sign-in allocate gigabytes or loop for hours.
 *
 * <p>Immutable; thread-safe.
 *
 * @param memoryKib   memory per hash, in KiB (1024 bytes)
 * @param iterations  passes over the memory
 * @param parallelism lanes; 1 keeps each hash on the thread that asked for it
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {
    /**
     * OWASP's minimum for Argon2id (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane. Change it here and
     * stored hashes are brought up to date as their owners sign in (see {@link PasswordHasher#needsRehash}).
     */
    public static final Argon2Parameters RECOMMENDED = new Argon2Parameters(19_456, 2, 1);

    /** 256 MiB: above OWASP's and RFC 9106's suggested settings, below what would starve a 1 GiB heap. */
    public static final int MAX_MEMORY_KIB = 262_144;
    public static final int MAX_ITERATIONS = 16;
    public static final int MAX_PARALLELISM = 16;

    public Argon2Parameters {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1 to " + MAX_PARALLELISM + ": " + parallelism);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2 iterations must be 1 to " + MAX_ITERATIONS + ": " + iterations);
        }
        // Argon2 needs at least 8 KiB (two blocks per sync point) for each lane.
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be " + 8 * parallelism + " to " + MAX_MEMORY_KIB
                    + " KiB: " + memoryKib);
        }
    }
}
