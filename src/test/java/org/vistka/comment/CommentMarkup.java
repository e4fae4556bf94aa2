package org.vistka.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What a reader's words may become on a page, read with a real HTML parser: inside a comment only the elements and
 * attributes that {@link CommentText} makes; around it only the shapes of element that the same page shows for a
 * calm comment; and nowhere an address that runs script. Also the text a reader sees, compared without spacing.
 */
final class CommentMarkup {
    private static final Set<String> ELEMENTS = Set.of("p", "br", "a", "em", "strong", "code", "blockquote");
    private static final String REL = "nofollow ugc noopener";
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");
    private static final Pattern SCRIPT_ADDRESS = Pattern.compile("(?i)^(?:javascript|vbscript|data):");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "srcdoc", "poster", "background");

    private CommentMarkup() {
    }

    /** Everything inside {@code body} (a comment's rendered HTML) that its sanitizer never makes: empty when clean. */
    static List<String> foreignInComment(Element body) {
        List<String> foreign = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (!ELEMENTS.contains(e.normalName())) {
                foreign.add("<" + e.normalName() + ">");
            }
            for (Attribute a : e.attributes()) {
                // A browser strips the spaces around an address (the sanitizer adds one after a backtick, for old IE).
                boolean allowed = e.normalName().equals("a") && (a.getKey().equals("href") && LINK.matcher(a.getValue().strip()).matches()
                        || a.getKey().equals("rel") && a.getValue().equals(REL));
                if (!allowed) {
                    foreign.add(e.normalName() + "[" + a.getKey() + "=" + a.getValue() + "]");
                }
            }
        }
        return foreign;
    }

    /** Each element's name with the names of its attributes, as {@code a[href,rel]}: what markup a page is made of. */
    static Set<String> shapes(Element root) {
        Set<String> shapes = new TreeSet<>();
        for (Element e : root.getAllElements()) {
            List<String> names = new ArrayList<>();
            e.attributes().forEach(a -> names.add(a.getKey()));
            names.sort(null);
            shapes.add(e.normalName() + "[" + String.join(",", names) + "]");
        }
        return shapes;
    }

    /** Attributes anywhere under {@code root} that would run script: handlers and javascript:, vbscript:, data: addresses. */
    static List<String> scriptAttributes(Element root) {
        List<String> found = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String value = a.getValue().replaceAll("[\\p{Cntrl}\\s]", "");
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                        || ADDRESS_ATTRIBUTES.contains(a.getKey()) && SCRIPT_ADDRESS.matcher(value).find()) {
                    found.add(e.normalName() + "[" + a.getKey() + "=" + a.getValue() + "]");
                }
            }
        }
        return found;
    }

    /**
     * The characters a reader sees of {@code text}, without spacing: the site removes control characters and
     * characters that are not characters (U+FFFE, U+FFFF …), and lays out spacing its own way.
     */
    static String visible(String text) {
        StringBuilder seen = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)
                && !isNoncharacter(cp)).forEach(seen::appendCodePoint);
        return seen.toString();
    }

    private static boolean isNoncharacter(int cp) {
        return (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF;
    }

    /** Whether typed text may hold a tag that {@link CommentText} understands, so that its text shows without that tag. */
    static boolean mayHoldFormatting(String text) {
        return Pattern.compile("(?i)</?(a|em|strong|code|blockquote)[\\s/>]").matcher(text).find();
    }

    /** Whether every character of {@code shown} appears in {@code typed}, in the same order: nothing was added. */
    static boolean isDrawnFrom(String shown, String typed) {
        int at = 0;
        for (int i = 0; i < shown.length() && at >= 0; i++) {
            at = typed.indexOf(shown.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }
}
