package org.vistka.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules of RSS 2.0 as the RSS Advisory Board's specification states them (rssboard.org/rss-specification), checked
 * over a parsed document. RSS has no schema of its own, so each rule here is one sentence of the specification.
 * Elements in a namespace (Dublin Core, {@code content:encoded}, Atom) are extensions the specification allows; only
 * the empty namespace is the specification's, and there every element must be one it names, where it names it.
 * Stateless; thread-safe.
 */
final class RssRules {

    /** One rule of the specification. */
    enum Rule {
        ROOT("the document is <rss version=\"2.0\"> holding one <channel>"),
        CHANNEL_ESSENTIALS("a channel has a title, a link and a description"),
        ITEM_ESSENTIALS("an item has a title or a description"),
        KNOWN_ELEMENT("every element of the empty namespace is one the specification names, in the parent it names"),
        ONCE("an element the specification names once appears at most once in its parent"),
        DATE("pubDate and lastBuildDate are RFC 822 date-times (two- or four-digit year)"),
        URL("links are absolute http or https URLs"),
        GUID("a guid is not empty, its isPermaLink is true or false, and a permalink guid is a URL"),
        ENCLOSURE("an enclosure has a url, a length in bytes and a MIME type"),
        CATEGORY("a category names something, and its domain, when given, is not empty"),
        LANGUAGE("a language is a language tag"),
        EMAIL("author, managingEditor and webMaster are email addresses"),
        TTL("ttl is a whole number of minutes"),
        IMAGE("an image has a url, a title and a link, and is at most 144 wide and 400 high"),
        SOURCE("a source has a url");

        final String text;

        Rule(String text) {
            this.text = text;
        }
    }

    /** A broken rule and the element that breaks it, as a path ({@code rss/channel/item[2]/guid}). */
    record Violation(Rule rule, String where) {
        @Override
        public String toString() {
            return where + " breaks " + rule + ": " + rule.text;
        }
    }

    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "rss", Set.of("channel"),
            "channel", Set.of("title", "link", "description", "language", "copyright", "managingEditor", "webMaster", "pubDate",
                    "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput", "skipHours",
                    "skipDays", "item"),
            "item", Set.of("title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source"),
            "image", Set.of("url", "title", "link", "width", "height", "description"),
            "textInput", Set.of("title", "description", "name", "link"),
            "skipHours", Set.of("hour"),
            "skipDays", Set.of("day"));
    private static final Set<String> REPEATED = Set.of("category", "item", "hour", "day");
    private static final Pattern RFC_822 = Pattern.compile("((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\\d{1,2} "
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )(\\d{4}|\\d{2})( \\d{2}:\\d{2}(?::\\d{2})? )(UT|GMT|[ECMP][SD]T|[+-]\\d{4})");
    private static final Map<String, String> ZONES = Map.of("UT", "+0000", "EST", "-0500", "EDT", "-0400", "CST", "-0600",
            "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700");

    private RssRules() {
    }

    static List<Violation> check(String xml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
        List<Violation> found = new ArrayList<>();
        List<Element> channels = children(root, "channel");
        if (!isRss(root) || !"2.0".equals(root.getAttribute("version")) || channels.size() != 1) {
            found.add(new Violation(Rule.ROOT, root.getTagName()));
        }
        walk(root, root.getLocalName(), found);
        return found;
    }

    private static void walk(Element element, String path, List<Violation> found) {
        String name = element.getLocalName();
        Set<String> allowed = CHILDREN.getOrDefault(name, Set.of());
        List<String> seen = new ArrayList<>();
        for (Element child : elements(element)) {
            if (!isRss(child)) {
                continue;
            }
            String childName = child.getLocalName();
            String childPath = path + "/" + childName + (REPEATED.contains(childName) ? "[" + (count(seen, childName) + 1) + "]" : "");
            if (!allowed.contains(childName)) {
                found.add(new Violation(Rule.KNOWN_ELEMENT, childPath));
            } else if (seen.contains(childName) && !REPEATED.contains(childName)) {
                found.add(new Violation(Rule.ONCE, childPath));
            }
            seen.add(childName);
            checkOne(child, childPath, found);
            walk(child, childPath, found);
        }
    }

    private static void checkOne(Element element, String path, List<Violation> found) {
        String text = element.getTextContent().strip();
        String isPermaLink = element.getAttribute("isPermaLink");
        Rule broken = switch (element.getLocalName()) {
            case "channel" -> when(blank(element, "title") || blank(element, "link") || children(element, "description").isEmpty(),
                    Rule.CHANNEL_ESSENTIALS);
            case "item" -> when(blank(element, "title") && blank(element, "description"), Rule.ITEM_ESSENTIALS);
            case "pubDate", "lastBuildDate" -> when(!isDate(text), Rule.DATE);
            case "guid" -> when(text.isEmpty() || !Set.of("", "true", "false").contains(isPermaLink)
                    || (!isPermaLink.equals("false") && !isUrl(text)), Rule.GUID);
            case "enclosure" -> when(!isUrl(element.getAttribute("url")) || !element.getAttribute("length").matches("\\d+")
                    || !element.getAttribute("type").matches("[\\w.+-]+/[\\w.+-]+(;.*)?"), Rule.ENCLOSURE);
            case "category" -> when(text.isEmpty() || (element.hasAttribute("domain") && element.getAttribute("domain").isBlank()),
                    Rule.CATEGORY);
            case "language" -> when(!text.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"), Rule.LANGUAGE);
            case "author", "managingEditor", "webMaster" -> when(!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+( \\(.+\\))?"), Rule.EMAIL);
            case "ttl" -> when(!text.matches("\\d+"), Rule.TTL);
            case "image" -> when(blank(element, "url") || blank(element, "title") || blank(element, "link")
                    || exceeds(element, "width", 144) || exceeds(element, "height", 400), Rule.IMAGE);
            case "source" -> when(!isUrl(element.getAttribute("url")), Rule.SOURCE);
            case "link", "comments", "docs", "url" -> when(!isUrl(text), Rule.URL);
            default -> null;
        };
        if (broken != null) {
            found.add(new Violation(broken, path));
        }
    }

    private static Rule when(boolean broken, Rule rule) {
        return broken ? rule : null;
    }

    /**
     * RFC 822 as RSS takes it, the date existing and on the weekday it names. Single-letter military zones, which
     * RFC 1123 says RFC 822 got wrong, are not taken.
     */
    private static boolean isDate(String text) {
        Matcher date = RFC_822.matcher(text);
        if (!date.matches()) {
            return false;
        }
        // RFC 2822's reading of a two-digit year: 00-49 are 2000-2049, 50-99 are 1950-1999.
        String year = date.group(3).length() == 4 ? date.group(3) : (Integer.parseInt(date.group(3)) < 50 ? "20" : "19") + date.group(3);
        String normal = (date.group(1) == null ? "" : date.group(1)) + date.group(2) + year + date.group(4)
                + ZONES.getOrDefault(date.group(5), date.group(5));
        try {
            DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT).parse(normal);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isRss(Node node) {
        return node.getNamespaceURI() == null || node.getNamespaceURI().isEmpty();
    }

    private static boolean blank(Element parent, String name) {
        return children(parent, name).stream().allMatch(child -> child.getTextContent().isBlank());
    }

    private static boolean exceeds(Element parent, String name, int most) {
        return children(parent, name).stream().anyMatch(child -> !child.getTextContent().strip().matches("\\d{1,3}")
                || Integer.parseInt(child.getTextContent().strip()) > most);
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(child -> isRss(child) && child.getLocalName().equals(name)).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static int count(List<String> names, String name) {
        return (int) names.stream().filter(name::equals).count();
    }
}
