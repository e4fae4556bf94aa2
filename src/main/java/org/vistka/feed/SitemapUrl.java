package org.vistka.feed;

import java.time.Instant;

/**
 * One address a sitemap lists, with the time its page last changed. The news sitemap also states when the story was
 * published and its headline; both are null elsewhere.
 */
record SitemapUrl(String path, Instant lastmod, Instant published, String title) {
}
