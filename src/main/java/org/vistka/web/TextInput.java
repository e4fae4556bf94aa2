package org.vistka.web;

/**
 * Cleans text that readers type before anything else reads it. Control characters have no place in a query or
 * a name, and PostgreSQL refuses the NUL character outright, so they are removed rather than passed on.
 */
public final class TextInput {
    private TextInput() {
    }

    /**
     * Text of several lines (a story, a comment, a word list): line breaks become {@code \n}, tabs stay, every other
     * control character goes; null becomes empty. Nothing else changes: what the writer typed is kept.
     */
    public static String multiLine(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }

    /** The value with control characters turned into spaces and the ends trimmed; null becomes empty. */
    public static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cc}+", " ").strip();
    }
}
