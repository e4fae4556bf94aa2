package org.vistka.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;

/**
 * A page as the cache keeps it: its bytes as they are and compressed once with each encoding (brotli is null
 * where the native library is missing), with what a conditional request is checked against, the tags of what it
 * shows and when it was made.
 */
record CachedPage(String contentType, byte[] identity, byte[] gzip, byte[] brotli, String etag, Instant lastModified,
                  Set<String> tags, Instant madeAt) {

    /** For a proxy or CDN in front: keep for 30 s, and go on serving a stale copy while Vistka restarts. */
    static final String SHARED = "public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";

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

    /**
     * Sends the page in the encoding the reader accepts, or a 304 to a reader who holds it. {@code direct}: straight to
     * the response, the fastest way, for a request that no handler will see (one answered before the routes are
     * matched); otherwise as the handler's result.
     */
    void sendTo(Context ctx, boolean direct) {
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", ConditionalGet.httpDate(lastModified));
        ctx.header("Cache-Control", SHARED);
        ctx.header("Vary", "Accept-Encoding");
        ctx.disableCompression();
        if (ConditionalGet.notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, lastModified)) {
            ctx.status(304);
            ctx.result(new byte[0]);
            return;
        }
        ctx.status(200);
        ctx.contentType(contentType);
        byte[] body = switch (Compression.choose(ctx.header("Accept-Encoding"), brotli != null)) {
            case BROTLI -> {
                ctx.header("Content-Encoding", "br");
                yield brotli;
            }
            case GZIP -> {
                ctx.header("Content-Encoding", "gzip");
                yield gzip;
            }
            case IDENTITY -> identity;
        };
        // With its length the page goes out in one piece rather than in chunks.
        ctx.res().setContentLength(body.length);
        if (!direct) {
            ctx.result(body);
        } else if (!ctx.method().name().equals("HEAD")) {
            try {
                ctx.res().getOutputStream().write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
