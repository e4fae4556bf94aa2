package org.vistka.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.filter.Filters;
import org.vistka.web.KyivTime;

/**
 * Rewrites the dates Rome writes in GMT or UTC as the same instants in Kyiv time, the time the site shows: RFC 822
 * in RSS ({@code Fri, 20 Nov 2026 12:00:00 +0200}), RFC 3339 in Atom and Dublin Core
 * ({@code 2026-11-20T12:00:00+02:00}). Rome's generators offer no hook for the zone, and its Dublin Core module is
 * written after the rest, so the finished document is rewritten instead. Stateless; thread-safe.
 */
final class KyivDates {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(KyivTime.ZONE);
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(KyivTime.ZONE);
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private KyivDates() {
    }

    static void rewrite(Document feed) {
        // Copied first: setting an element's text changes the content lists the descendant iterator walks.
        List<Element> elements = new ArrayList<>();
        feed.getDescendants(Filters.element()).forEach(elements::add);
        for (Element element : elements) {
            String name = element.getName();
            String namespace = element.getNamespaceURI();
            if (namespace.isEmpty() && (name.equals("pubDate") || name.equals("lastBuildDate"))) {
                reformat(element, text -> Instant.from(RFC_822.parse(text)), RFC_822);
            } else if ((namespace.equals(ATOM) && (name.equals("updated") || name.equals("published")))
                    || (namespace.equals(DUBLIN_CORE) && name.equals("date"))) {
                reformat(element, text -> Instant.from(RFC_3339.parse(text)), RFC_3339);
            }
        }
    }

    private static void reformat(Element element, Function<String, Instant> parse, DateTimeFormatter format) {
        element.setText(format.format(parse.apply(element.getTextTrim()).truncatedTo(ChronoUnit.SECONDS)));
    }
}
