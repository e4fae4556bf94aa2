package org.vistka.article;

import java.time.Instant;

/** A dated note telling readers what an earlier version of a story got wrong. */
public record Correction(Instant notedAt, String text) {
}
