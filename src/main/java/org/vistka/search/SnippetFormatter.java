package org.vistka.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into a {@link Snippet} of plain parts instead of a string of HTML, so
 * that escaping stays with the template. Overlapping matches (a word found by two stemmers) are merged. Stateless.
 */
final class SnippetFormatter extends PassageFormatter {
    @Override
    public Snippet format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        List<Snippet.Part> parts = new ArrayList<>();
        int at = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(at, passage.getMatchStarts()[i]);
            int end = passage.getMatchEnds()[i];
            if (end <= start) {
                continue;
            }
            if (start > at) {
                parts.add(new Snippet.Part(content.substring(at, start), false));
            }
            if (!parts.isEmpty() && parts.getLast().match() && start == at) {
                parts.set(parts.size() - 1, new Snippet.Part(parts.getLast().text() + content.substring(start, end), true));
            } else {
                parts.add(new Snippet.Part(content.substring(start, end), true));
            }
            at = end;
        }
        if (passage.getEndOffset() > at) {
            parts.add(new Snippet.Part(content.substring(at, passage.getEndOffset()), false));
        }
        return new Snippet(List.copyOf(parts), passage.getStartOffset() > 0);
    }
}
