package org.vistka.comment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The picture beside a reader's comment, drawn by the page from a commenter's initials on a coloured circle. Never
 * loaded from another host (no Gravatar): a page must not tell anyone else who reads or writes comments.
 *
 * <p>The initials are the first letters of the first and last words of the name, in capitals: "Олена Марчук" →
 * "ОМ", "oksana" → "O"; a name with no letters in it ("  ", "!!!", "🌻") gives "?". They are never more than two
 * code points, whatever the script. The colour comes from the SHA-256 of the lower-cased email address when one is
 * given, so a reader keeps one colour under any spelling of the name, and of the name otherwise. It is the same on
 * every run and machine, and reveals nothing usable about the address: this object never holds the address.
 *
 * <p>The colour is one of {@value #CLASSES} classes, {@code avatar-0} to {@code avatar-11}, which the stylesheet
 * paints: the site's Content-Security-Policy forbids inline styles, so an exact hue cannot be written on the page.
 * Immutable; thread-safe.
 */
public final class Avatar {
    private static final int CLASSES = 12;
    private static final int DEGREES = 360;

    private final String initials;
    private final int hue;

    private Avatar(String initials, int hue) {
        this.initials = initials;
        this.hue = hue;
    }

    /**
     * The avatar for a commenter.
     *
     * @param name         the name as given; null counts as no name
     * @param emailOrNull  the email address, or null or blank when none was given
     */
    public static Avatar of(String name, String emailOrNull) {
        String normalName = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        boolean hasEmail = emailOrNull != null && !emailOrNull.isBlank();
        String key = hasEmail ? emailOrNull.strip() : String.join(" ", normalName.split("\\s+"));
        return new Avatar(initialsOf(normalName), hueOf(key.toLowerCase(Locale.ROOT)));
    }

    /** One or two capital letters, or "?" for a name without letters. */
    public String initials() {
        return initials;
    }

    /** The avatar's hue on the colour wheel, 0 to 359. */
    public int hue() {
        return hue;
    }

    /** The class that colours the avatar, {@code avatar-0} to {@code avatar-11}: the hue in steps of 30°. */
    public String cssClass() {
        return "avatar-" + hue * CLASSES / DEGREES;
    }

    @Override
    public String toString() {
        return "Avatar[" + initials + ", " + cssClass() + "]";
    }

    private static String initialsOf(String name) {
        int first = -1;
        int last = -1;
        int words = 0;
        // Words are split on every kind of space; a word counts only if it holds a letter ("—" and "🌻" do not).
        for (String word : name.split("[\\s\\p{Z}]+")) {
            int letter = word.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
            if (letter >= 0) {
                first = words++ == 0 ? letter : first;
                last = letter;
            }
        }
        if (words == 0) {
            return "?";
        }
        // Title case is the form for a letter that starts a word ("ǆ" → "ǅ"); one code point in, one out.
        StringBuilder initials = new StringBuilder().appendCodePoint(Character.toTitleCase(first));
        if (words > 1) {
            initials.appendCodePoint(Character.toTitleCase(last));
        }
        return initials.toString();
    }

    /** The first four bytes of the SHA-256 of the key, as an unsigned number, on the 360° wheel. */
    private static int hueOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return (int) (Integer.toUnsignedLong(ByteBuffer.wrap(digest).getInt()) % DEGREES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
