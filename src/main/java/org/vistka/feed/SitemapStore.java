package org.vistka.feed;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.vistka.article.Permalinks;
import org.vistka.article.Slugs;
import org.vistka.web.KyivTime;

/**
 * The sitemap's reads: which files it has (each month of stories and each kind of list page, cut into parts of
 * {@code perFile} addresses) with the newest update in each, and the addresses of one file. Files list their rows in
 * a fixed order (stories by publication, pages by id), so a new story joins the last part of its month and earlier
 * parts stay as they were. A fixed number of statements whatever the archive holds. Thread-safe.
 */
final class SitemapStore {
    /** Stories dated more than a century before the newest one are left out: a bound on the months to look at. */
    private static final int MAX_MONTHS = 1_200;

    private final Jdbi jdbi;

    SitemapStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every file of stories, by month and part, with its newest update; three statements. */
    List<SitemapPart> articleParts(int perFile) {
        return jdbi.withHandle(h -> {
            Optional<long[]> range = h.createQuery("SELECT MIN(published_at) AS first, MAX(published_at) AS last FROM article WHERE status = 'published'")
                    .map((rs, ctx) -> rs.getObject("first") == null ? null : new long[] {rs.getLong("first"), rs.getLong("last")}).findOne();
            if (range.isEmpty()) {
                return List.of();
            }
            YearMonth last = month(range.get()[1]);
            YearMonth first = month(range.get()[0]);
            if (first.isBefore(last.minusMonths(MAX_MONTHS - 1))) {
                first = last.minusMonths(MAX_MONTHS - 1);
            }
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < months.size(); i++) {
                values.append(i == 0 ? "" : ", ").append("(").append(i).append(", :s").append(i).append(", :e").append(i).append(")");
            }
            var query = h.createQuery("WITH months (idx, starts, ends) AS (VALUES " + values + """
                    )
                    SELECT idx, part, MAX(updated_at) AS lastmod FROM (
                        SELECT m.idx, a.updated_at,
                               (ROW_NUMBER() OVER (PARTITION BY m.idx ORDER BY a.published_at, a.id) - 1) / :perFile AS part
                        FROM months m JOIN article a ON a.published_at >= m.starts AND a.published_at < m.ends
                        WHERE a.status = 'published') numbered
                    GROUP BY idx, part ORDER BY idx, part""").bind("perFile", perFile);
            for (int i = 0; i < months.size(); i++) {
                query.bind("s" + i, start(months.get(i))).bind("e" + i, start(months.get(i).plusMonths(1)));
            }
            return query.map((rs, ctx) -> new SitemapPart(SitemapName.articles(months.get(rs.getInt("idx")), rs.getInt("part") + 1),
                    Instant.ofEpochMilli(rs.getLong("lastmod")))).list();
        });
    }

    /** Every file of one kind of list page, by part, with its newest update; one statement. */
    List<SitemapPart> pageParts(SitemapTaxon taxon, int perFile) {
        return jdbi.withHandle(h -> h.createQuery("SELECT part, MAX(lastmod) AS lastmod FROM (SELECT MAX(a.updated_at) AS lastmod, "
                        + "(ROW_NUMBER() OVER (ORDER BY x.id) - 1) / :perFile AS part FROM " + taxon.join()
                        + " WHERE a.status = 'published' GROUP BY x.id) numbered GROUP BY part ORDER BY part")
                .bind("perFile", perFile)
                .map((rs, ctx) -> new SitemapPart(SitemapName.pages(taxon, rs.getInt("part") + 1), Instant.ofEpochMilli(rs.getLong("lastmod"))))
                .list());
    }

    /** The addresses of one file; empty when the file does not exist. One statement. */
    List<SitemapUrl> urls(SitemapName name, int perFile) {
        int offset = (name.part() - 1) * perFile;
        if (name.isArticles()) {
            return jdbi.withHandle(h -> h.createQuery("""
                            SELECT slug, published_at, updated_at FROM article
                            WHERE status = 'published' AND published_at >= :starts AND published_at < :ends
                            ORDER BY published_at, id LIMIT :limit OFFSET :offset""")
                    .bind("starts", start(name.month())).bind("ends", start(name.month().plusMonths(1)))
                    .bind("limit", perFile).bind("offset", offset)
                    .map((rs, ctx) -> listable(rs.getString("slug"), Permalinks.articlePath(rs.getString("slug"),
                            Instant.ofEpochMilli(rs.getLong("published_at"))), rs.getLong("updated_at")))
                    .stream().filter(Objects::nonNull).toList());
        }
        SitemapTaxon taxon = name.taxon();
        return jdbi.withHandle(h -> h.createQuery("SELECT x.slug, MAX(a.updated_at) AS lastmod FROM " + taxon.join()
                        + " WHERE a.status = 'published' GROUP BY x.id, x.slug ORDER BY x.id LIMIT :limit OFFSET :offset")
                .bind("limit", perFile).bind("offset", offset)
                .map((rs, ctx) -> listable(rs.getString("slug"), taxon.path(rs.getString("slug")), rs.getLong("lastmod")))
                .stream().filter(Objects::nonNull).toList());
    }

    /** Stories published since {@code since}, newest first, at most {@code limit}: the news sitemap. One statement. */
    List<SitemapUrl> news(Instant since, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT slug, title, published_at, updated_at FROM article WHERE status = 'published' AND published_at >= :since
                        ORDER BY published_at DESC, id DESC LIMIT :limit""")
                .bind("since", since.toEpochMilli()).bind("limit", limit)
                .map((rs, ctx) -> {
                    Instant published = Instant.ofEpochMilli(rs.getLong("published_at"));
                    return new SitemapUrl(Permalinks.articlePath(rs.getString("slug"), published),
                            Instant.ofEpochMilli(rs.getLong("updated_at")), published, rs.getString("title"));
                })
                .list());
    }

    /**
     * The address, or null for a slug that no page answers to (the site refuses malformed ones): leaving those out
     * also keeps every address within the length {@link SitemapLimits#perFile} counts on.
     */
    private static SitemapUrl listable(String slug, String path, long lastmod) {
        return Slugs.isValid(slug) ? new SitemapUrl(path, Instant.ofEpochMilli(lastmod), null, null) : null;
    }

    private static YearMonth month(long epochMillis) {
        return YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(KyivTime.ZONE));
    }

    private static long start(YearMonth month) {
        return month.atDay(1).atStartOfDay(KyivTime.ZONE).toInstant().toEpochMilli();
    }
}
