package org.vistka.web;

import java.time.Duration;

/**
 * What one request may cost the server, in one place. Sizes are fixed; the three times are fields so that tests can
 * shorten them, and {@link #DEFAULT} is what the server runs with.
 *
 * <p>A request's head (request line, query and headers) is at most {@link #HEAD_BYTES}. A body is at most
 * {@link #FORM_BYTES} unless a feature names a larger {@link BodyLimit} for its path. A body of at most
 * {@link #HELD_BYTES} is received whole, without a thread, before one handles it ({@link RequestBodies}); larger
 * ones (uploads) are read as they arrive, by at most {@link #STREAMED_AT_ONCE} threads. Immutable.
 *
 * @param headDeadline       how long a client may take to send a request's head, counted from its first byte
 * @param idleTimeout        how long a connection may send nothing, between requests or within one
 * @param minBytesPerSecond  the slowest a body may arrive, in every stretch as long as {@code headDeadline}
 */
public record RequestLimits(Duration headDeadline, Duration idleTimeout, int minBytesPerSecond) {
    /** The minimum rate of a body, counted over stretches as long as a head may take. */
    DataRate.Minimum minimumRate() {
        return new DataRate.Minimum(minBytesPerSecond, headDeadline);
    }

    /** A link over the worst mobile network still sends a few kilobytes a second. */
    public static final RequestLimits DEFAULT = new RequestLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 1024);

    /** Jetty's own default, made explicit: a search address is a few hundred bytes, a session cookie less. */
    static final int HEAD_BYTES = 8 * 1024;
    /** Every form: the longest comment (65,525 characters, 9 bytes each when percent-encoded at worst) is 590 KB. */
    public static final long FORM_BYTES = 1024 * 1024;
    /** The largest body received whole before a thread handles it: the largest form, a long story, fits. */
    static final long HELD_BYTES = 2 * 1024 * 1024;
    /** All bodies being received at once together: beyond it, a new one is refused with 503. */
    static final long HELD_TOTAL = 64 * 1024 * 1024;
    /** Bodies larger than {@link #HELD_BYTES} (uploads) being read at once, each holding a thread. */
    static final int STREAMED_AT_ONCE = 4;
    /** Parts of a multipart form: the upload form has five. */
    static final int MULTIPART_PARTS = 16;
    /** A multipart part held in memory; larger parts (the image itself) go to a temporary file. */
    static final int MULTIPART_PART_IN_MEMORY_KB = 64;
}
