package org.vistka.article;

import java.time.Instant;

/** One saved state of a story: its version number, when and by whom (null: the system), and the fields then. */
public record Revision(int version, Instant savedAt, String savedBy, NewArticle fields) {
}
