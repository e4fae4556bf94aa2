package org.vistka.web;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * A request body larger than a form's ({@link RequestLimits#FORM_BYTES}) that a feature takes at one path, or at
 * every path under a prefix: a long story, an image upload. {@code bytes} is asked for each request, so a limit that
 * is a setting applies as soon as it changes; {@code refusal} gives, from the limit, the sentence a sender over it
 * reads. Immutable.
 */
public record BodyLimit(String path, boolean under, LongSupplier bytes, LongFunction<String> refusal) {
    /** Every form, at every path. */
    static final BodyLimit FORM = under("/", RequestLimits.FORM_BYTES);

    /** Bodies of up to {@code bytes} (asked again for each request) at exactly {@code path}, refused in the words given. */
    public static BodyLimit at(String path, LongSupplier bytes, LongFunction<String> refusal) {
        return new BodyLimit(path, false, bytes, refusal);
    }

    /** Bodies of up to {@code bytes} at every path that starts with {@code prefix}. */
    public static BodyLimit under(String prefix, long bytes) {
        return new BodyLimit(prefix, true, () -> bytes, limit -> HttpProblem.tooLarge().getMessage());
    }

    boolean covers(String requestPath) {
        return under ? requestPath.startsWith(path) : requestPath.equals(path);
    }
}
