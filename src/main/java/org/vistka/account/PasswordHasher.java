package org.vistka.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * Hashes passwords with Argon2id (Bouncy Castle's) into PHC strings such as
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, checks passwords against them, and says when a stored
 * hash was made with other parameters and should be replaced.
 *
 * <p>Each hash gets a fresh random 16-byte salt and a 32-byte output. Passwords are put into Unicode NFKC form
 * first (as NIST SP 800-63B advises), so "й" typed as one character or as и plus a combining breve, on whatever
 * keyboard, is the same password; the form is then encoded as UTF-8. Text that is not well-formed UTF-16 (a lone
 * surrogate) would silently become "?" in UTF-8, making different passwords equal, so it is refused.
 *
 * <p>A stored hash is verified with the parameters written in it, so raising {@link Argon2Parameters} does not
 * lock anyone out; only Argon2id version 19 within {@link Argon2Parameters}' ceilings is accepted, and anything
 * else (empty, truncated, another algorithm, absurd costs) verifies as false rather than throwing.
 *
 * <p>Thread-safe. Each hash works in {@code memoryKib} of memory. Every computation waits for its turn at the
 * process's {@link HashingGate} and borrows that memory from the gate's blocks, which are allocated once and kept:
 * however many requests arrive at once, only the gate's budget is ever in use, and a flood of sign-ins leaves no
 * garbage behind for the collector (19 MiB a guess would otherwise outlive young collections and stall readers).
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int OUTPUT_BYTES = 32;
    /** A PHC string for our ceilings is under 200 characters; anything far longer is not worth parsing. */
    private static final int MAX_STORED_LENGTH = 512;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([1-9][0-9]{0,8}),t=([1-9][0-9]{0,8}),p=([1-9][0-9]{0,8})"
                    + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Base64.Encoder PHC_BASE64 = Base64.getEncoder().withoutPadding();

    private final Argon2Parameters parameters;
    private final HashingGate gate;

    /** A hasher whose computations wait their turn at the process's own {@link HashingGate}. */
    public PasswordHasher(Argon2Parameters parameters) {
        this(parameters, HashingGate.forThisProcess());
    }

    PasswordHasher(Argon2Parameters parameters, HashingGate gate) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /**
     * A new PHC string for the password, with a fresh salt.
     *
     * @throws IllegalArgumentException if the password is null or not well-formed Unicode
     * @throws HashingGate.Busy           if too many passwords are being hashed or checked at once
     */
    public String hash(String password) {
        String normal = normal(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = gate.run(parameters, () -> argon2id(normal, salt, parameters, OUTPUT_BYTES));
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(parameters.memoryKib(), parameters.iterations(),
                parameters.parallelism(), PHC_BASE64.encodeToString(salt), PHC_BASE64.encodeToString(hash));
    }

    /**
     * Whether the password is the one the stored hash was made from, compared in constant time. False, never an
     * exception, for a null or malformed password or hash.
     *
     * @throws HashingGate.Busy if too many passwords are being hashed or checked at once
     */
    public boolean verify(String password, String storedHash) {
        if (password == null || !wellFormed(password)) {
            return false;
        }
        Optional<Stored> stored = Stored.parse(storedHash);
        if (stored.isEmpty()) {
            return false;
        }
        String normal = normal(password);
        Stored it = stored.get();
        byte[] computed = gate.run(it.parameters(), () -> argon2id(normal, it.salt(), it.parameters(), it.hash().length));
        return MessageDigest.isEqual(computed, it.hash());
    }

    /**
     * Refuses at once when the server is already checking as many passwords as it may and as many more wait their
     * turn: a request that could only be refused later is refused before it does anything else.
     *
     * @throws HashingGate.Busy when that is so
     */
    public void refuseIfBusy() {
        gate.refuseIfFull();
    }

    /**
     * Whether the stored hash should be replaced by a new one made now: it is not an Argon2id hash we can read, or
     * its memory, iterations, parallelism or output length differ from the current ones.
     */
    public boolean needsRehash(String storedHash) {
        return Stored.parse(storedHash)
                .map(stored -> !stored.parameters().equals(parameters) || stored.hash().length != OUTPUT_BYTES)
                .orElse(true);
    }

    /** Runs inside the gate, whose blocks it borrows and gives back. */
    private byte[] argon2id(String normalPassword, byte[] salt, Argon2Parameters p, int outputBytes) {
        var generator = new Argon2BytesGenerator();
        generator.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withBlockPool(gate.blocks())
                .build());
        byte[] passwordBytes = normalPassword.getBytes(StandardCharsets.UTF_8);
        byte[] output = new byte[outputBytes];
        try {
            generator.generateBytes(passwordBytes, output);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
        return output;
    }

    private static String normal(String password) {
        if (password == null || !wellFormed(password)) {
            throw new IllegalArgumentException("A password must be well-formed Unicode text");
        }
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /**
     * No lone surrogates: every high surrogate is followed by a low one and every low one follows a high one.
     * Shared with {@link PasswordPolicy}, which refuses such text before it could reach {@link #hash}.
     */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** What a stored PHC string says about how it was made, if it is an Argon2id hash we are willing to check. */
    private record Stored(Argon2Parameters parameters, byte[] salt, byte[] hash) {
        static Optional<Stored> parse(String phc) {
            if (phc == null || phc.length() > MAX_STORED_LENGTH) {
                return Optional.empty();
            }
            Matcher m = PHC.matcher(phc);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                var parameters = new Argon2Parameters(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                byte[] salt = Base64.getDecoder().decode(m.group(4));
                byte[] hash = Base64.getDecoder().decode(m.group(5));
                // RFC 9106 asks for at least 8 bytes of salt; outputs below 16 bytes are too weak to trust.
                if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > 64) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(parameters, salt, hash));
            } catch (IllegalArgumentException e) {
                // Out-of-range costs, or Base64 of impossible length.
                return Optional.empty();
            }
        }
    }
}
