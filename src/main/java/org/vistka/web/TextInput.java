package org.vistka.web;

/**
 * Cleans text that readers type before anything else reads it. Control characters have no place in a query or
 * a name, and PostgreSQL refuses the NUL character outright, so they are removed rather than passed on.
 */
public final class TextInput {
    private TextInput() {
    }

    /** The value with control characters turned into spaces and the ends trimmed; null becomes empty. */
    public static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cc}+", " ").strip();
    }
}
