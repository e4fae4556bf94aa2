package org.vistka.web;

import java.time.Instant;
import java.util.Set;

/**
 * A page as the cache keeps it: its bytes as they are and compressed once with each encoding (brotli is null
 * where the native library is missing), with what a conditional request is checked against.
 */
record CachedPage(String contentType, byte[] identity, byte[] gzip, byte[] brotli, String etag, String lastModified,
                  long lastModifiedSeconds, Set<String> tags, Instant madeAt) {

    /**
     * Whether the page is too old to send: once the minute its Kyiv clock shows has passed, by the site's clock
     * (which tests move, and which may even go back).
     */
    boolean staleAt(Instant now) {
        return madeAt.getEpochSecond() / 60 != now.getEpochSecond() / 60;
    }

    /** What the page costs in memory, roughly: its three bodies and a little for the rest. */
    int weight() {
        return identity.length + gzip.length + (brotli == null ? 0 : brotli.length) + 512;
    }
}
