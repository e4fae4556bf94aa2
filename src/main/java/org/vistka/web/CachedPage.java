package org.vistka.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A page as the cache keeps it: its bytes as they are and compressed once with each encoding (brotli is null
 * where the native library is missing), with what a conditional request is checked against, the tags of what it
 * shows and when it was made. Its headers are encoded once too, so that sending it again costs almost nothing.
 * What to send is decided here; the two ways of sending it (straight from Jetty for a hit, through Javalin for a
 * fresh render) only write it out.
 */
final class CachedPage {
    /** For a proxy or CDN in front: keep for 30 s, and go on serving a stale copy while Vistka restarts. */
    static final String SHARED = "public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";
    private static final HttpField SHARED_FIELD = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, SHARED);
    private static final HttpField VARY_FIELD = new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());

    private final String etag;
    private final Instant lastModified;
    /** ETag, Last-Modified, Cache-Control and Vary: the headers of every reply, a 200 or a 304. */
    private final List<HttpField> validators;
    private final Reply identity;
    private final Reply gzip;
    private final Reply brotli;
    private final Set<String> tags;
    private final Instant madeAt;
    /** Set when comments it shows changed; see {@link PageCache#OUTDATED_FOR}. */
    private volatile boolean outdated;

    CachedPage(String contentType, byte[] identity, byte[] gzip, byte[] brotli, String etag, Instant lastModified,
               Set<String> tags, Instant madeAt) {
        this.etag = etag;
        this.lastModified = lastModified;
        this.validators = List.of(new PreEncodedHttpField(HttpHeader.ETAG, etag),
                new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, ConditionalGet.httpDate(lastModified)), SHARED_FIELD, VARY_FIELD);
        this.identity = Reply.page(contentType, null, identity);
        this.gzip = Reply.page(contentType, "gzip", gzip);
        this.brotli = brotli == null ? null : Reply.page(contentType, "br", brotli);
        this.tags = Set.copyOf(tags);
        this.madeAt = madeAt;
    }

    /**
     * What is sent for this page: the status, the headers beyond the validators (type, length and encoding of a
     * 200) and the body (empty for a 304).
     */
    record Reply(int status, List<HttpField> headers, byte[] body) {
        private static final Reply NOT_MODIFIED = new Reply(304, List.of(), new byte[0]);

        private static Reply page(String contentType, String contentEncoding, byte[] body) {
            var type = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType);
            var length = new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, body.length);
            List<HttpField> headers = contentEncoding == null ? List.of(type, length)
                    : List.of(type, length, new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, contentEncoding));
            return new Reply(200, headers, body);
        }
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

    boolean outdated() {
        return outdated;
    }

    void outdate() {
        outdated = true;
    }

    boolean olderThan(Duration age, Instant now) {
        return !madeAt.plus(age).isAfter(now);
    }

    /** What the page costs in memory, roughly: its three bodies and a little for the rest. */
    int weight() {
        return identity.body().length + gzip.body().length + (brotli == null ? 0 : brotli.body().length) + 1024;
    }

    /** The headers of every reply from this page, a 200 or a 304. */
    List<HttpField> validators() {
        return validators;
    }

    /** A 304 to a reader who holds the page, otherwise the page in the encoding the reader accepts. */
    Reply replyTo(String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        if (ConditionalGet.notModified(ifNoneMatch, ifModifiedSince, etag, lastModified)) {
            return Reply.NOT_MODIFIED;
        }
        return switch (Compression.choose(acceptEncoding, brotli != null)) {
            case BROTLI -> brotli;
            case GZIP -> gzip;
            case IDENTITY -> identity;
        };
    }
}
