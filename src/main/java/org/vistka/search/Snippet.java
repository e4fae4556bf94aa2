package org.vistka.search;

import java.util.List;

/**
 * A passage of a story's text around the words a search found, as parts to be escaped and shown in turn; the
 * matching parts are marked. Text only: the page template escapes every part, so a story that quotes HTML shows it
 * as text. {@code clipped} says whether the passage starts after the beginning of the text.
 */
public record Snippet(List<Part> parts, boolean clipped) {
    /** A run of text, found by the search or not. */
    public record Part(String text, boolean match) {
    }
}
