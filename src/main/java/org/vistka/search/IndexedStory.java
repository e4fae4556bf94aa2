package org.vistka.search;

import java.time.Instant;
import java.util.List;

/**
 * A published story as the index holds it: its words as plain text, and what the filters and the order need.
 * {@code names} are its tags, bylines and sources.
 */
record IndexedStory(long id, String title, String standfirst, String body, List<String> tags, List<String> names,
                    long sectionId, List<Long> authorIds, Instant publishedAt) {
}
