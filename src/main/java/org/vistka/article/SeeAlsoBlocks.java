package org.vistka.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The See-also markers inside stored body HTML, and their resolution when a page is shown: a marker becomes a
 * link with the named story's current title and badge, or disappears when that story is not published, so a
 * reader never meets a dead link. Stateless and thread-safe.
 */
public final class SeeAlsoBlocks {
    private static final Pattern MARKER = Pattern.compile("<aside class=\"see-also\" data-article=\"(\\d{1,18})\"></aside>");

    private SeeAlsoBlocks() {
    }

    static String marker(long articleId) {
        return "<aside class=\"see-also\" data-article=\"" + articleId + "\"></aside>";
    }

    /** The ids of the stories that markers in this HTML name, in order of appearance. */
    public static Set<Long> targetsIn(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = MARKER.matcher(html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** Splits stored HTML at its markers, keeping those whose story is among {@code published}. */
    public static List<BodyPart> resolve(String html, Map<Long, ArticleSummary> published) {
        List<BodyPart> parts = new ArrayList<>();
        Matcher matcher = MARKER.matcher(html);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                parts.add(BodyPart.html(html.substring(start, matcher.start())));
            }
            ArticleSummary target = published.get(Long.parseLong(matcher.group(1)));
            if (target != null) {
                parts.add(BodyPart.seeAlso(target));
            }
            start = matcher.end();
        }
        if (start < html.length()) {
            parts.add(BodyPart.html(html.substring(start)));
        }
        return parts;
    }
}
