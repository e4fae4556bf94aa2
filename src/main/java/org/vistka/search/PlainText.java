package org.vistka.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a stored story body, from its sanitized HTML: block ends become paragraph breaks, tags go, and
 * character references become the characters they stand for. The sanitizer made the HTML, so it is well formed:
 * no comment or script survives in it to confuse a simple pass.
 */
final class PlainText {
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li|blockquote|figcaption|pre|tr)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private PlainText() {
    }

    static String of(String html) {
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n\n")).replaceAll("");
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(plain, Matcher.quoteReplacement(character(reference.group(1))));
        }
        reference.appendTail(plain);
        return plain.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String character(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "\uFFFD";
            }
        };
    }
}
