package org.vistka.comment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token every comment form carries: the story and the time the form was served, signed with the site's
 * secret. A form sent back sooner than a few seconds was filled in by a machine; one older than a day was kept
 * aside or copied; one with a wrong signature was forged. The token holds nothing about the reader, so pages that
 * carry it can be cached. Thread-safe.
 */
public final class FormToken {
    static final Duration LONGEST = Duration.ofDays(1);
    private static final Pattern MILLIS = Pattern.compile("\\d{1,15}");

    private final byte[] secret;

    public FormToken(byte[] secret) {
        this.secret = secret.clone();
    }

    public String issue(long articleId, Instant now) {
        String payload = articleId + "." + now.toEpochMilli();
        return payload + "." + sign(payload);
    }

    /** Why the token is refused, or empty when it is good for this story now. */
    public Optional<String> problem(String token, long articleId, Instant now, Duration shortest) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].equals(String.valueOf(articleId)) || !MILLIS.matcher(parts[1]).matches()
                || !MessageDigest.isEqual(sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("This comment form did not come from this page. Please reload the page and send your comment again.");
        }
        Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(parts[1])), now);
        if (age.compareTo(shortest) < 0) {
            return Optional.of("That was very fast. Please read your comment once more and send it again.");
        }
        if (age.compareTo(LONGEST) > 0) {
            return Optional.of("This page has been open for more than a day. Please reload it and send your comment again.");
        }
        return Optional.empty();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
