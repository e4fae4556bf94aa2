package org.vistka.feed;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one file of the sitemap under {@code /sitemaps/}: a month of stories ({@code articles-2026-11.xml})
 * or a kind of list page ({@code tags.xml}), and from the second part on its number ({@code articles-2026-11-2.xml}),
 * when one file cannot hold them all. Each file has exactly one name: part 1 is never written out. Immutable.
 */
record SitemapName(SitemapTaxon taxon, YearMonth month, int part) {
    private static final Pattern ARTICLES = Pattern.compile("articles-(\\d{4})-(\\d{2})(?:-([1-9]\\d{0,5}))?\\.xml");
    private static final Pattern PAGES = Pattern.compile("([a-z]{4,8})(?:-([1-9]\\d{0,5}))?\\.xml");

    static SitemapName articles(YearMonth month, int part) {
        return new SitemapName(null, month, part);
    }

    static SitemapName pages(SitemapTaxon taxon, int part) {
        return new SitemapName(taxon, null, part);
    }

    /** The file a name stands for, or empty for anything that is not exactly such a name. */
    static Optional<SitemapName> parse(String file) {
        Matcher articles = ARTICLES.matcher(file);
        if (articles.matches()) {
            int year = Integer.parseInt(articles.group(1));
            int month = Integer.parseInt(articles.group(2));
            Optional<Integer> part = part(articles.group(3));
            return year < 1 || month < 1 || month > 12 ? Optional.empty()
                    : part.map(p -> articles(YearMonth.of(year, month), p));
        }
        Matcher pages = PAGES.matcher(file);
        if (pages.matches()) {
            return SitemapTaxon.named(pages.group(1)).flatMap(taxon -> part(pages.group(2)).map(p -> pages(taxon, p)));
        }
        return Optional.empty();
    }

    boolean isArticles() {
        return taxon == null;
    }

    String path() {
        String stem = isArticles() ? String.format("articles-%04d-%02d", month.getYear(), month.getMonthValue()) : taxon.fileName();
        return "/sitemaps/" + stem + (part == 1 ? "" : "-" + part) + ".xml";
    }

    private static Optional<Integer> part(String digits) {
        if (digits == null) {
            return Optional.of(1);
        }
        int part = Integer.parseInt(digits);
        // "-1" would be a second name for the first part.
        return part == 1 ? Optional.empty() : Optional.of(part);
    }
}
