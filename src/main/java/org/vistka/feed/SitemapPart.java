package org.vistka.feed;

import java.time.Instant;

/** One file of the sitemap as its index lists it: its name and the newest update among its addresses. */
record SitemapPart(SitemapName name, Instant lastmod) {
}
