package org.vistka.web;

import java.time.Instant;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A page as the cache keeps it: its bytes as they are and compressed once with each encoding (brotli is null
 * where the native library is missing), with what a conditional request is checked against, the tags of what it
 * shows and when it was made. What to send is decided here; the two ways of sending it (straight from Jetty for a
 * hit, through Javalin for a fresh render) only write it out.
 */
final class CachedPage {
    /** For a proxy or CDN in front: keep for 30 s, and go on serving a stale copy while Vistka restarts. */
    static final String SHARED = "public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";

    private final String contentType;
    private final byte[] identity;
    private final byte[] gzip;
    private final byte[] brotli;
    private final String etag;
    private final Instant lastModified;
    /** Formatted once: a hit must cost as little as possible. */
    private final String lastModifiedHeader;
    private final Set<String> tags;
    private final Instant madeAt;

    CachedPage(String contentType, byte[] identity, byte[] gzip, byte[] brotli, String etag, Instant lastModified,
               Set<String> tags, Instant madeAt) {
        this.contentType = contentType;
        this.identity = identity;
        this.gzip = gzip;
        this.brotli = brotli;
        this.etag = etag;
        this.lastModified = lastModified;
        this.lastModifiedHeader = ConditionalGet.httpDate(lastModified);
        this.tags = Set.copyOf(tags);
        this.madeAt = madeAt;
    }

    /** What a page or a 304 sent for this page carries: the status, and the type, encoding and body of a 200. */
    record Reply(int status, String contentType, String contentEncoding, byte[] body) {
        private static final Reply NOT_MODIFIED = new Reply(304, null, null, new byte[0]);
    }

    Set<String> tags() {
        return tags;
    }

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

    /** The headers of every reply from this page, a 200 or a 304. */
    void eachHeader(BiConsumer<String, String> header) {
        header.accept("ETag", etag);
        header.accept("Last-Modified", lastModifiedHeader);
        header.accept("Cache-Control", SHARED);
        header.accept("Vary", "Accept-Encoding");
    }

    /** A 304 to a reader who holds the page, otherwise the page in the encoding the reader accepts. */
    Reply replyTo(String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        if (ConditionalGet.notModified(ifNoneMatch, ifModifiedSince, etag, lastModified)) {
            return Reply.NOT_MODIFIED;
        }
        return switch (Compression.choose(acceptEncoding, brotli != null)) {
            case BROTLI -> new Reply(200, contentType, "br", brotli);
            case GZIP -> new Reply(200, contentType, "gzip", gzip);
            case IDENTITY -> new Reply(200, contentType, null, identity);
        };
    }
}
