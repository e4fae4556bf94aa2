package org.vistka.comment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a reader's comment, typed as plain text, into the HTML shown under a story.
 *
 * <p>A comment is text, not HTML: whatever a reader types is shown exactly as typed, so {@code <script>} or
 * {@code &amp;} appear as those characters. Blank lines separate paragraphs and a single line break stays a line
 * break. A few tags are understood because readers type them: {@code <em>}, {@code <strong>}, {@code <code>},
 * {@code <blockquote>} (every attribute dropped) and {@code <a href>} (only the href kept, and only for http,
 * https and mailto; a link to anything else keeps its text and loses the link). Bare http(s) and www. addresses
 * become links, without trailing punctuation, outside links and code. Every link gets
 * {@value #REL}: readers' links earn no search ranking, and the page they lead to cannot reach back.
 *
 * <p>Formatting ends with its paragraph: a reader's unclosed {@code <em>} can never run into the rest of the page,
 * and a stray closing tag, having nothing to close, is dropped. The HTML is built tag by tag from the text and
 * then passed through an OWASP policy that allows nothing more, as a last line of defence. Length limits are the
 * caller's. Pure and stateless; thread-safe.
 */
public final class CommentText {
    private static final String REL = "nofollow ugc noopener";
    /** Deeper quotes or formatting than a conversation needs is shown as text, which also bounds the nesting. */
    private static final int MAX_DEPTH = 8;
    /** An allowed tag with a bounded list of attributes, so that a failed match costs little (no ReDoS). */
    private static final Pattern TAG = Pattern.compile("<(/?)(a|em|strong|code|blockquote)((?:\\s+[^\\s\"'<>/=]{1,64}"
            + "(?:\\s*=\\s*(?:\"[^\"]{0,2048}\"|'[^']{0,2048}'|[^\\s\"'=<>`]{1,2048}))?){0,16})\\s*>", Pattern.CASE_INSENSITIVE);
    /** One attribute of a tag that {@link #TAG} matched, read in order so a value cannot pass for a name. */
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'<>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern WEB = Pattern.compile("(?i)https?://");
    /** Not inside a word, an address or an email address ("me@www.example" is not a link). */
    private static final Pattern AUTO_LINK = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@./:+-])(?:https?://|www\\.)[^\\s\\p{Z}<>\"]{1,2048}", Pattern.CASE_INSENSITIVE);
    /** A host name of letters (any script), digits, dots and hyphens: no user name, backslash or other trick. */
    private static final Pattern HOST =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}.-]{0,252}[\\p{L}\\p{M}\\p{N}])?(?::\\d{1,5})?");
    private static final Pattern MAIL = Pattern.compile("(?i)mailto:[^@\\s]+@[\\p{L}\\p{N}.-]+(?:\\?\\S*)?");
    private static final String TRAILING = ".,;:!?'\"«»“”„‘’…]}*";
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "a", "em", "strong", "code", "blockquote")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(Pattern.compile("(?i)(?:https?://|mailto:)\\S+")).onElements("a")
            .allowAttributes("rel").matching(Pattern.compile(REL)).onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private CommentText() {
    }

    /** The safe, well-formed HTML for a comment; empty for a comment with nothing to show. */
    public static String html(String plainText) {
        String text = Objects.requireNonNull(plainText, "plainText").replace("\r\n", "\n").replace('\r', '\n');
        Builder page = new Builder();
        Matcher tag = TAG.matcher(text);
        int done = 0;
        while (tag.find()) {
            page.text(text.substring(done, tag.start()));
            page.tag(tag.group(1).isEmpty(), tag.group(2).toLowerCase(Locale.ROOT), tag.group(3), tag.group());
            done = tag.end();
        }
        page.text(text.substring(done));
        return POLICY.sanitize(page.finish());
    }

    /** How many links {@link #html} makes of a comment, typed and automatic. */
    public static int linkCount(String plainText) {
        return linksIn(html(plainText));
    }

    /** How many links are in HTML that {@link #html} made. */
    public static int linksIn(String commentHtml) {
        // Every "<" of the text is escaped in the HTML, so each "<a " there is a link this class made.
        int links = 0;
        for (int at = commentHtml.indexOf("<a "); at >= 0; at = commentHtml.indexOf("<a ", at + 3)) {
            links++;
        }
        return links;
    }

    /** The address a link may lead to, or null: http(s) with a plain host name, or mailto. */
    private static String safeTarget(String address) {
        String href = address.strip();
        if (href.codePoints().anyMatch(cp -> cp <= ' ' || Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            return null;
        }
        if (MAIL.matcher(href).matches()) {
            return href;
        }
        Matcher scheme = WEB.matcher(href);
        if (!scheme.lookingAt()) {
            return null; // javascript:, data:, vbscript:, "//host", "/\host" and every relative address
        }
        String rest = href.substring(scheme.end());
        String host = rest.split("[/?#]", 2)[0];
        return HOST.matcher(host).matches() && !host.contains("..") ? href : null;
    }

    /** An automatic link's address, cut before trailing punctuation; ")" stays only if it closes a "(". */
    private static String trimmed(String candidate) {
        long unclosed = candidate.chars().filter(c -> c == ')').count() - candidate.chars().filter(c -> c == '(').count();
        int end = candidate.length();
        while (end > 0) {
            char last = candidate.charAt(end - 1);
            if (last == ')' && unclosed > 0) {
                unclosed--;
            } else if (TRAILING.indexOf(last) < 0) {
                break;
            }
            end--;
        }
        return candidate.substring(0, end);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes the HTML as the text and tags arrive, keeping paragraphs, quotes and formatting properly nested. */
    private static final class Builder {
        private final StringBuilder out = new StringBuilder();
        /** Open formatting in the current paragraph; "" is a link whose target was refused, shown as its text. */
        private final Deque<String> inline = new ArrayDeque<>();
        /** Where each open quote starts in {@link #out}, so that an empty one can be taken back. */
        private final Deque<Integer> quotes = new ArrayDeque<>();
        private int paragraphStart = -1;
        private boolean paragraphHasText;
        private final StringBuilder space = new StringBuilder();
        private int newlines;

        void text(String text) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (++newlines == 2) {
                        closeParagraph();
                    }
                    i++;
                } else if (Character.isWhitespace(c)) {
                    if (newlines == 0) {
                        space.append(c); // spaces next to a line break would only pad it
                    }
                    i++;
                } else {
                    int end = i;
                    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                    word(text.substring(i, end));
                    i = end;
                }
            }
        }

        private void word(String word) {
            startContent();
            paragraphHasText = true;
            if (inline.contains("a") || inline.contains("") || inline.contains("code")) {
                out.append(escape(word));
                return;
            }
            Matcher link = AUTO_LINK.matcher(word);
            int done = 0;
            while (link.find()) {
                String address = trimmed(link.group());
                String target = safeTarget(address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address);
                if (target != null) {
                    out.append(escape(word.substring(done, link.start())));
                    out.append(anchor(target)).append(escape(address)).append("</a>");
                    done = link.start() + address.length();
                }
            }
            out.append(escape(word.substring(done)));
        }

        void tag(boolean opening, String name, String attributes, String typed) {
            boolean quote = name.equals("blockquote");
            if (opening && (quote ? quotes.size() : inline.size()) >= MAX_DEPTH
                    || opening && name.equals("a") && (inline.contains("a") || inline.contains(""))) {
                word(typed); // too deep, or a link inside a link: shown as typed
            } else if (quote && opening) {
                closeParagraph();
                quotes.push(out.length());
                out.append("<blockquote>");
            } else if (quote && !quotes.isEmpty()) {
                closeParagraph();
                closeQuote();
            } else if (opening) {
                startContent();
                String target = name.equals("a") ? target(attributes) : null;
                inline.push(name.equals("a") && target == null ? "" : name);
                out.append(name.equals("a") ? (target == null ? "" : anchor(target)) : "<" + name + ">");
            } else if (inline.contains(name) || name.equals("a") && inline.contains("")) {
                startContent();
                String open;
                do {
                    open = inline.pop();
                    out.append(open.isEmpty() ? "" : "</" + open + ">");
                } while (!open.equals(name) && !(open.isEmpty() && name.equals("a")));
            }
        }

        /** The safe target of the first href, as browsers read it, or null. */
        private static String target(String attributes) {
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                if (attribute.group(1).equalsIgnoreCase("href")) {
                    String value = attribute.group(2) != null ? attribute.group(2)
                            : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                    return value == null ? null : safeTarget(value);
                }
            }
            return null;
        }

        private static String anchor(String target) {
            return "<a href=\"" + escape(target) + "\" rel=\"" + REL + "\">";
        }

        /** Opens a paragraph if none is open, and writes the space or line break that came before this content. */
        private void startContent() {
            if (paragraphStart < 0) {
                paragraphStart = out.length();
                out.append("<p>");
            } else {
                out.append(newlines == 1 ? "<br>" : space);
            }
            space.setLength(0);
            newlines = 0;
        }

        private void closeParagraph() {
            if (paragraphStart >= 0) {
                while (!inline.isEmpty()) {
                    String open = inline.pop();
                    out.append(open.isEmpty() ? "" : "</" + open + ">");
                }
                if (paragraphHasText) {
                    out.append("</p>");
                } else {
                    out.setLength(paragraphStart); // only tags, nothing a reader would see
                }
            }
            paragraphStart = -1;
            paragraphHasText = false;
            space.setLength(0);
            newlines = 0;
        }

        private void closeQuote() {
            int start = quotes.pop();
            if (out.length() == start + "<blockquote>".length()) {
                out.setLength(start);
            } else {
                out.append("</blockquote>");
            }
        }

        String finish() {
            closeParagraph();
            while (!quotes.isEmpty()) {
                closeQuote();
            }
            return out.toString();
        }
    }
}
