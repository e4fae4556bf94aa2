package org.vistka.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Answers a GET for a generated document (a feed, a sitemap) with validators, so that feed readers and crawlers
 * that already hold it get a bodiless 304 instead of the same bytes again. The {@code ETag} is a strong hash of the
 * bytes, so it changes exactly when the document does; {@code Last-Modified} is the time the caller says its content
 * last changed. As RFC 9110 requires, {@code If-None-Match} decides when present and {@code If-Modified-Since} only
 * otherwise. Stateless; thread-safe.
 */
public final class ConditionalGet {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private ConditionalGet() {
    }

    /**
     * Sends {@code body} as {@code contentType} with its validators, or a 304 when the client's copy is current.
     * {@code lastModified} may be null for a document that records no change time: the ETag alone then validates.
     */
    public static void send(Context ctx, byte[] body, String contentType, Instant lastModified) {
        String etag = etag(body);
        ctx.header(Header.ETAG, etag);
        if (lastModified != null) {
            ctx.header(Header.LAST_MODIFIED, httpDate(lastModified));
        }
        // Caches may keep the document but must ask again each time: the answer is usually a cheap 304.
        ctx.header(Header.CACHE_CONTROL, "public, no-cache");
        if (notModified(ctx.header(Header.IF_NONE_MATCH), ctx.header(Header.IF_MODIFIED_SINCE), etag, lastModified)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.result(body);
    }

    /** An instant as HTTP writes dates: {@code Wed, 25 Nov 2026 20:15:00 GMT}. */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** The instant an HTTP date names, or empty for one that does not parse. */
    static Optional<Instant> parseHttpDate(String value) {
        try {
            return Optional.of(Instant.from(HTTP_DATE.parse(value.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The strong entity tag of these bytes: a quoted, shortened SHA-256. */
    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a client that sent these conditional headers (either may be null) holds the current document, whose
     * change time may be unknown (null). An
     * unreadable date counts as absent, as RFC 9110 asks.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            // Weak comparison, as If-None-Match uses: W/"x" matches "x", either way round.
            String current = opaque(etag);
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(ConditionalGet::opaque)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        return parseHttpDate(ifModifiedSince).map(since -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since)).orElse(false);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
