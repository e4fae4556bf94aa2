package org.vistka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.vistka.web.KyivTime;

/**
 * Runs searches against the index and answers with story ids and snippets; the caller loads the stories. Filters
 * (section, author, Kyiv dates) restrict without scoring. Deep pages cost more, so results stop at
 * {@link #MAX_RESULTS}. Thread-safe.
 */
final class StorySearcher {
    static final int MAX_RESULTS = 1000;

    private final SearchIndex index;
    private final QueryBuilder queries;
    private final Analyzer analyzer;

    StorySearcher(SearchIndex index, QueryBuilder queries, Analyzer analyzer) {
        this.index = index;
        this.queries = queries;
        this.analyzer = analyzer;
    }

    /** The ids of one page of matches, with their snippets, and whether more follow. */
    record Found(List<Long> ids, List<Snippet> snippets, boolean hasNext) {
        static final Found NOTHING = new Found(List.of(), List.of(), false);
    }

    Found find(SearchRequest request) {
        QueryText text = QueryText.parse(request.text());
        Query match = text.isEmpty() ? null : queries.match(text);
        if (match == null && (!text.isEmpty() || !request.hasFilter())) {
            return Found.NOTHING;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(match == null ? new MatchAllDocsQuery() : match, Occur.MUST);
        if (request.sectionId() != null) {
            query.add(new TermQuery(new Term(IndexFields.SECTION, request.sectionId().toString())), Occur.FILTER);
        }
        if (request.authorId() != null) {
            query.add(new TermQuery(new Term(IndexFields.AUTHOR, request.authorId().toString())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, startOf(request.from()), endOf(request.to())), Occur.FILTER);
        }
        int offset = (request.page() - 1) * request.pageSize();
        if (offset >= MAX_RESULTS) {
            return Found.NOTHING;
        }
        int wanted = Math.min(MAX_RESULTS, offset + request.pageSize() + 1);
        boolean newest = request.order() == SearchOrder.NEWEST || match == null;
        Query built = query.build();
        return index.withSearcher(searcher -> {
            TopDocs top = search(searcher, built, wanted, newest);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    Math.min(offset + request.pageSize(), top.scoreDocs.length));
            int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
            Snippet[] snippets = match == null ? new Snippet[docIds.length]
                    : new SnippetHighlighter(searcher, analyzer).snippets(match, docIds);
            return new Found(ids(searcher, docIds), Arrays.asList(snippets),
                    top.scoreDocs.length > offset + request.pageSize() && offset + request.pageSize() < MAX_RESULTS);
        });
    }

    /**
     * Up to {@code limit} published stories most like one with this title and tags, leaving out story {@code id}:
     * first those sharing its distinctive headline words (ranked higher for sharing its tags too), then the newest
     * sharing a tag. The rare words choose the candidates and the index is kept newest first, so a tag that a
     * hundred thousand stories carry costs no more than a rare one.
     */
    List<Long> related(long id, String title, List<String> tags, int limit) {
        return index.withSearcher(searcher -> {
            Query words = queries.relatedWords(title, word -> headlinesWith(searcher, word));
            Query tagged = queries.relatedTags(tags);
            Query itself = new TermQuery(IndexFields.idTerm(id));
            var found = new ArrayList<Long>();
            if (words != null) {
                var query = new BooleanQuery.Builder().add(words, Occur.MUST).add(itself, Occur.MUST_NOT);
                if (tagged != null) {
                    query.add(tagged, Occur.SHOULD);
                }
                found.addAll(ids(searcher, docs(search(searcher, query.build(), limit, false))));
            }
            if (found.size() < limit && tagged != null) {
                Query newestTagged = new BooleanQuery.Builder().add(new ConstantScoreQuery(tagged), Occur.FILTER)
                        .add(itself, Occur.MUST_NOT).build();
                ids(searcher, docs(search(searcher, newestTagged, limit + found.size(), true))).stream()
                        .filter(story -> !found.contains(story)).limit(limit - found.size()).forEach(found::add);
            }
            return found;
        });
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
    }

    private static int headlinesWith(IndexSearcher searcher, String word) {
        try {
            return searcher.getIndexReader().docFreq(new Term(IndexFields.TITLE, word));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    private static TopDocs search(IndexSearcher searcher, Query query, int n, boolean newest) {
        try {
            return newest ? searcher.search(query, n, SearchIndex.NEWEST_FIRST) : searcher.search(query, n);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /** The story ids of {@code docIds}, from doc values: cheaper than the stored fields, which hold whole bodies. */
    private static List<Long> ids(IndexSearcher searcher, int[] docIds) {
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Long> ids = new ArrayList<>(docIds.length);
            for (int doc : docIds) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.STORY);
                if (!values.advanceExact(doc - leaf.docBase)) {
                    throw new IllegalStateException("a document of the search index has no story id");
                }
                ids.add(values.longValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    private static long startOf(LocalDate day) {
        return day == null ? Long.MIN_VALUE : day.atStartOfDay(KyivTime.ZONE).toInstant().toEpochMilli();
    }

    private static long endOf(LocalDate day) {
        return day == null ? Long.MAX_VALUE : day.plusDays(1).atStartOfDay(KyivTime.ZONE).toInstant().toEpochMilli() - 1;
    }
}
