package org.vistka.article;

import java.text.Normalizer;
import java.util.Locale;

/** Makes the lowercase, hyphenated, ASCII names that stand in addresses ("Dnipro River" → {@code dnipro-river}). */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace('\'', ' ').replace('’', ' ')
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    /** Whether a slug is well-formed: what {@link #of} could have made. */
    public static boolean isValid(String slug) {
        return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= MAX_LENGTH;
    }
}
