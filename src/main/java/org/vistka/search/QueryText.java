package org.vistka.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed into the search box, taken apart: loose words, and phrases in double quotes that must match
 * exactly as written. Nothing in it is Lucene syntax: {@code title:(a OR b)~2} is just the words "title", "a", "or",
 * "b" and "2", split later by the exact analyzer, and an unclosed quote runs to the end of the text. The text is
 * capped at {@link #MAX_LENGTH} characters and {@linkplain IndexFields#normal normalised}; control characters should
 * already be gone ({@code TextInput.singleLine}). At most {@link #MAX_PARTS} words and phrases count, so no query grows without bound.
 */
record QueryText(List<String> loose, List<String> phrases) {
    static final int MAX_LENGTH = 200;
    static final int MAX_PARTS = 10;

    static QueryText parse(String typed) {
        String text = cap(IndexFields.normal(typed == null ? "" : typed));
        List<String> loose = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        String[] pieces = text.replace('“', '"').replace('”', '"').replace('«', '"').replace('»', '"').split("\"", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (i % 2 == 1) {
                phrases.add(piece);
            } else {
                loose.add(piece);
            }
        }
        return new QueryText(loose, phrases);
    }

    /** The first {@link #MAX_LENGTH} characters of {@code text}, never ending in half a surrogate pair. */
    static String cap(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
    }

    boolean isEmpty() {
        return loose.isEmpty() && phrases.isEmpty();
    }
}
