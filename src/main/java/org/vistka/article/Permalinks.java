package org.vistka.article;

import java.time.Instant;
import java.time.LocalDate;
import org.vistka.web.KyivTime;

/**
 * Article addresses in the form {@code /{yyyy}/{mm}/{dd}/{slug}/}, the date being the Kyiv date of publication:
 * the same permalinks a WordPress site has, so a newsroom's old links keep working after a move.
 */
public final class Permalinks {
    private Permalinks() {
    }

    /** Whether the parts of an address could be an article's: a valid slug under a four-, two- and two-digit date. */
    public static boolean isWellFormed(String year, String month, String day, String slug) {
        return Slugs.isValid(slug) && year.matches("\\d{4}") && month.matches("\\d{2}") && day.matches("\\d{2}");
    }

    public static String articlePath(String slug, Instant publishedAt) {
        LocalDate date = publishedAt.atZone(KyivTime.ZONE).toLocalDate();
        return String.format("/%04d/%02d/%02d/%s/", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), slug);
    }
}
