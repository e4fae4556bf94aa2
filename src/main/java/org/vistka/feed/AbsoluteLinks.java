package org.vistka.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the site-relative addresses in sanitized HTML ({@code href="/tag/x/"}, {@code src="/media/a.jpg"}) absolute.
 * A page resolves them against its own address, but a feed reader shows the HTML elsewhere, where only absolute
 * addresses still lead to the site. Only {@code href} and {@code src} attributes in double quotes are touched, the
 * only form the body sanitizer and jte write; {@code //host} addresses are not site-relative and stay as they are.
 * Stateless; thread-safe.
 */
final class AbsoluteLinks {
    private static final Pattern RELATIVE = Pattern.compile("(\\s(?:href|src)=\")/(?![/\\\\])");

    private AbsoluteLinks() {
    }

    /** {@code html} with every site-relative address prefixed by {@code baseUrl} (no trailing slash). */
    static String in(String html, String baseUrl) {
        return RELATIVE.matcher(html).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + baseUrl + "/"));
    }
}
