package org.vistka.web;

import java.util.regex.Pattern;

/**
 * Cleans text that readers type before anything else reads it. Control characters have no place in a query or
 * a name, and PostgreSQL refuses the NUL character outright, so they are removed rather than passed on. So are the
 * code points that are not characters at all (U+FFFE, U+FFFF and the other noncharacters, and half a surrogate
 * pair): no one types them on purpose, and XML cannot carry U+FFFE, U+FFFF or a lone surrogate, so one of them in a
 * comment would break every feed that shows it. Stateless; thread-safe.
 */
public final class TextInput {
    private static final Pattern CONTROL_BUT_LINE_BREAK_OR_TAB = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}+");

    private TextInput() {
    }

    /**
     * Text of several lines (a story, a comment, a word list): line breaks become {@code \n}, tabs stay, every other
     * control character goes, and every noncharacter; null becomes empty. Nothing else changes: what the writer typed is kept.
     */
    public static String multiLine(String value) {
        if (value == null) {
            return "";
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        return withoutNoncharacters(CONTROL_BUT_LINE_BREAK_OR_TAB.matcher(lines).replaceAll(""));
    }

    /** The value with control characters turned into spaces, noncharacters removed and the ends trimmed; null becomes empty. */
    public static String singleLine(String value) {
        return value == null ? "" : withoutNoncharacters(CONTROLS.matcher(value).replaceAll(" ")).strip();
    }

    private static String withoutNoncharacters(String text) {
        if (text.codePoints().noneMatch(TextInput::isNotACharacter)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isNotACharacter(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The 66 noncharacters of Unicode (U+FDD0 to U+FDEF, and the last two code points of every plane) and lone surrogates. */
    private static boolean isNotACharacter(int cp) {
        return (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF || Character.getType(cp) == Character.SURROGATE;
    }
}
