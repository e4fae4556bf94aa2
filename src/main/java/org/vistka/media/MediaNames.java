package org.vistka.media;

import java.security.SecureRandom;
import org.vistka.article.Slugs;

/**
 * The names the library gives stored files: {@code <random>-<slug of the upload's name>-<width>.<ext>}. The
 * random part (12 letters and digits, about 62 bits) makes the address of an image not yet published
 * unguessable and keeps two uploads named alike apart; the slug tells a person looking at the folder what the
 * file is. Every name fits the pattern the site serves media files by. Thread-safe.
 */
final class MediaNames {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int RANDOM_LENGTH = 12;
    private static final int MAX_SLUG = 40;
    private static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MediaNames() {
    }

    /** The upload's name as kept for people: without any folder a browser sent along, and without control characters. */
    static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "image";
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** A new, random stem for the files of an upload named {@code displayName}. */
    static String newStem(String displayName) {
        StringBuilder stem = new StringBuilder(RANDOM_LENGTH + 1 + MAX_SLUG);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            stem.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String slug = Slugs.of(displayName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? stem.toString() : stem.append('-').append(slug).toString();
    }

    static String fileName(String stem, int width, String extension) {
        return stem + "-" + width + "." + extension;
    }
}
