package org.vistka.web;

import java.util.regex.Pattern;

/**
 * Cleans text that readers type before anything else reads it. Control characters have no place in a query or
 * a name, and PostgreSQL refuses the NUL character outright, so they are removed rather than passed on.
 */
public final class TextInput {
    private static final Pattern CONTROL_BUT_LINE_BREAK_OR_TAB = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}+");

    private TextInput() {
    }

    /**
     * Text of several lines (a story, a comment, a word list): line breaks become {@code \n}, tabs stay, every other
     * control character goes; null becomes empty. Nothing else changes: what the writer typed is kept.
     */
    public static String multiLine(String value) {
        if (value == null) {
            return "";
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL_BUT_LINE_BREAK_OR_TAB.matcher(lines).replaceAll("");
    }

    /** The value with control characters turned into spaces and the ends trimmed; null becomes empty. */
    public static String singleLine(String value) {
        return value == null ? "" : CONTROLS.matcher(value).replaceAll(" ").strip();
    }
}
