package org.vistka.account;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a new password may be used, and if not, says why in one sentence a reader can act on.
 *
 * <p>The rules follow NIST SP 800-63B rather than composition rules: at least {@value #MIN_LENGTH} and at most
 * {@value #MAX_LENGTH} characters (Unicode code points, after the NFKC normalisation {@link PasswordHasher}
 * applies), not only spaces or invisible characters, not the member's email address or the part of it before
 * the @ (when that part has four or more characters), and not easy to guess. "Easy to guess" is zxcvbn's
 * judgement: a password found whole in its list of common passwords (also spelled backwards or in l33t) is
 * refused whatever its score, and anything else scoring below 3 of 4 is refused too. zxcvbn's lists are English;
 * it cannot know common Ukrainian passwords, so a Cyrillic password is judged by its length and variety alone.
 *
 * <p>The only I/O is zxcvbn loading its word lists from the class path, once, when the first password is checked:
 * they take about 0.4 s and 14 MB, which a server that starts in a second and rarely sees a new password should not
 * pay at start. Thread-safe: zxcvbn only reads those lists.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** zxcvbn's scores run 0 to 4; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
    private static final int MIN_SCORE = 3;
    private static final int MIN_LOCAL_PART = 4;
    private static final String ADVICE = " Try a longer phrase of several unrelated words.";

    /** Loaded by the JVM on first use, once, whichever thread comes first. */
    private static final class WordLists {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /**
     * Why this password may not be used by the member with this email, or empty if it may.
     *
     * @param password the new password as typed; null is treated as empty
     * @param email    the member's email address; null or blank skips the email rule
     */
    public Optional<String> problem(String password, String email) {
        String normal = Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFKC);
        int length = normal.codePointCount(0, normal.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (normal.codePoints().allMatch(PasswordPolicy::invisible)) {
            return Optional.of("Use letters, digits or symbols, not only spaces.");
        }
        if (!PasswordHasher.wellFormed(normal)) {
            return Optional.of("This password has broken characters in it. Type it again.");
        }
        List<String> emailParts = emailParts(email);
        String lower = normal.toLowerCase(Locale.ROOT);
        if (emailParts.stream().anyMatch(lower::contains)) {
            return Optional.of("Do not use your email address, or the part of it before the @, in your password.");
        }
        Strength strength = WordLists.ZXCVBN.measure(normal, emailParts);
        boolean common = isCommonPassword(strength, normal);
        if (common || strength.getScore() < MIN_SCORE) {
            return Optional.of(tooEasy(strength, common));
        }
        return Optional.empty();
    }

    /** The email and its local part (and, for "name+tag@…", the name) that a password must not contain. */
    private static List<String> emailParts(String email) {
        List<String> parts = new ArrayList<>();
        if (email == null || email.isBlank()) {
            return parts;
        }
        String normal = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        parts.add(normal);
        int at = normal.lastIndexOf('@');
        if (at > 0) {
            String local = normal.substring(0, at);
            addIfLongEnough(parts, local);
            int plus = local.indexOf('+');
            if (plus > 0) {
                addIfLongEnough(parts, local.substring(0, plus));
            }
        }
        return parts;
    }

    private static void addIfLongEnough(List<String> parts, String part) {
        if (part.codePointCount(0, part.length()) >= MIN_LOCAL_PART) {
            parts.add(part);
        }
    }

    /** zxcvbn explains the password with one dictionary word from its password list, covering all of it. */
    private static boolean isCommonPassword(Strength strength, String password) {
        List<Match> sequence = strength.getSequence();
        if (sequence.size() != 1) {
            return false;
        }
        Match match = sequence.getFirst();
        return match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName)
                && match.i == 0 && match.j == password.length() - 1;
    }

    private static String tooEasy(Strength strength, boolean common) {
        String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
        warning = warning == null ? "" : warning.strip();
        if (warning.isEmpty() && common) {
            warning = "it is on lists of common passwords";
        }
        if (warning.isEmpty()) {
            return "This password is too easy to guess." + ADVICE;
        }
        // zxcvbn's warnings are sentences; here one continues ours after a colon.
        warning = warning.endsWith(".") ? warning.substring(0, warning.length() - 1) : warning;
        warning = Character.toLowerCase(warning.charAt(0)) + warning.substring(1);
        return "This password is too easy to guess: " + warning + "." + ADVICE;
    }

    /** Spaces of every kind, and characters that print nothing (controls, zero-width and other format marks). */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.CONTROL || type == Character.FORMAT;
    }
}
