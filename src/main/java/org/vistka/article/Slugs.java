package org.vistka.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes the lowercase, hyphenated, ASCII names that stand in addresses: "Dnipro River" → {@code dnipro-river},
 * "Київрада затвердила бюджет" → {@code kyivrada-zatverdyla-biudzhet}.
 *
 * <p>Cyrillic is first written in Latin letters by {@link Transliteration}; then accents are stripped ("Café" →
 * {@code cafe}), and every run of anything that is not a letter or digit becomes one hyphen. A slug is at most
 * {@value #MAX_LENGTH} characters, cut at a word boundary when there is one. Text with nothing to spell
 * (only emoji or punctuation) gives the empty slug, which callers must replace with a name of their own.
 *
 * <p>Pure and stateless; thread-safe.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug for a title or name; not null. */
    public static String of(String text) {
        String latin = Transliteration.latin(text);
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace('\'', ' ').replace('’', ' ')
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            // When the cut falls just before a hyphen, the last word is whole and stays.
            int lastHyphen = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, lastHyphen > 0 ? lastHyphen : MAX_LENGTH);
        }
        return slug;
    }

    /** Whether a slug is well-formed: what {@link #of} could have made. */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
