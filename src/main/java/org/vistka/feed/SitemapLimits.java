package org.vistka.feed;

import java.time.Duration;

/**
 * The limits sitemaps keep: the sitemap protocol's 50,000 addresses and 50 MB (uncompressed) a file, and Google
 * News's 1,000 stories of the last two days. Injectable so tests can prove the splitting with small numbers.
 */
public record SitemapLimits(int urlsPerFile, long bytesPerFile, int newsStories, Duration newsAge) {
    public static final SitemapLimits PROTOCOL = new SitemapLimits(50_000, 50L * 1024 * 1024, 1_000, Duration.ofDays(2));

    /** The bytes of a file's XML declaration and {@code <urlset>} element without any entry, with room to spare. */
    static final int ENVELOPE_BYTES = 256;
    /** The bytes of one entry without its address: {@code <url><loc></loc><lastmod>…</lastmod></url>}, indented. */
    static final int ENTRY_BYTES = 96;
    /** The longest path a sitemap lists: a story's {@code /yyyy/mm/dd/} and an 80-character slug, or a tag's. */
    static final int LONGEST_PATH = 100;

    /**
     * How many addresses one file may hold under both limits when addresses start with {@code baseUrl}: every entry
     * is counted at its longest, with every character of the base escaped at its widest ({@code &amp;}), so a full
     * file cannot pass the byte limit.
     */
    int perFile(String baseUrl) {
        long longestEntry = ENTRY_BYTES + 5L * baseUrl.length() + LONGEST_PATH;
        return (int) Math.max(1, Math.min(urlsPerFile, (bytesPerFile - ENVELOPE_BYTES) / longestEntry));
    }
}
