package org.vistka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Finds, in each story's stored body, the passage of about {@link #PASSAGE_CHARS} characters where the query
 * matches best. The body's stemmed copies are masked onto it, so "Києва" marks "Київ" in the text; the offsets
 * come from the postings, so the body is not analysed again. One per search (it holds the searcher).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final int PASSAGE_CHARS = 220;
    private static final Set<String> BODY_COPIES = Arrays.stream(Language.values())
            .map(language -> language.field(IndexFields.BODY)).collect(Collectors.toSet());

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(100_000)
                .withMaskedFieldsFunc(field -> IndexFields.BODY.equals(field) ? BODY_COPIES : Set.of())
                // The query's terms are looked up in the body's postings alone: matching the whole query (sixteen
                // fields) against every hit again took four fifths of a search.
                .withWeightMatches(false)
                // Full stops are sentence ends enough for a snippet, and far cheaper to find than the JDK's sentence rules.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('.'), PASSAGE_CHARS, 0.3f)));
    }

    /** The snippet of each of {@code docIds}, in order; null where the body holds no match. */
    Snippet[] snippets(Query query, int[] docIds) {
        try {
            Object[] found = highlightFieldsAsObjects(new String[] {IndexFields.BODY}, query, docIds, new int[] {1})
                    .get(IndexFields.BODY);
            return Arrays.stream(found).map(Snippet.class::cast).toArray(Snippet[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored text of the search index", e);
        }
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
        return 0;
    }
}
