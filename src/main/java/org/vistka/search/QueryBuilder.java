package org.vistka.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a reader typed into a Lucene query, term by term: user text never reaches a query parser, so no input
 * is syntax. A loose word matches any of its forms in any language: its exact form, its stems in the Ukrainian,
 * Russian and English copies of each text field, and the same for its {@link NameVariants}. Every loose word must
 * match, except stop words (a word some language's analyzer drops), which only raise the score. A phrase in quotes
 * matches the exact fields only, word for word. Thread-safe.
 */
final class QueryBuilder {
    private static final float VARIANT_WEIGHT = 0.8f;
    /** The exact form of a word counts a little more than a stem, so "Київ" ranks stories saying Київ first. */
    private static final float EXACT_WEIGHT = 1.25f;
    private static final int MAX_PHRASE_WORDS = 12;
    private static final int RELATED_WORDS = 3;
    /**
     * Related stories share words of the headline with another's headline (and its tags): the headlines' postings are
     * short, so the query stays cheap however large the archive, where the bodies' would score much of it.
     */
    private static final List<IndexFields.Weighted> HEADLINES = IndexFields.TEXT.stream()
            .filter(field -> field.name().equals(IndexFields.TITLE)).toList();

    private final Analyzers analyzers;
    private final NameVariants variants;

    QueryBuilder(Analyzers analyzers, NameVariants variants) {
        this.analyzers = analyzers;
        this.variants = variants;
    }

    /** The query for {@code text}, or null when it holds nothing to look for (only punctuation, say). */
    Query match(QueryText text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int parts = 0;
        Set<String> words = new LinkedHashSet<>();
        text.loose().forEach(chunk -> words.addAll(analyzers.exactWords(chunk)));
        for (String word : words) {
            if (parts++ == QueryText.MAX_PARTS) {
                break;
            }
            query.add(word(word, IndexFields.TEXT), isStopWord(word) ? Occur.SHOULD : Occur.MUST);
        }
        for (String phrase : text.phrases()) {
            List<String> phraseWords = analyzers.exactWords(phrase);
            if (phraseWords.isEmpty() || parts++ >= QueryText.MAX_PARTS) {
                continue;
            }
            query.add(phrase(phraseWords.subList(0, Math.min(MAX_PHRASE_WORDS, phraseWords.size()))), Occur.MUST);
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * Stories whose headlines share the {@value #RELATED_WORDS} most distinctive words of this one (those in the
     * fewest headlines, by {@code headlinesWith}), or null when it has none. Common words would only make the
     * query slow and the likeness vague.
     */
    Query relatedWords(String title, ToIntFunction<String> headlinesWith) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        analyzers.exactWords(IndexFields.normal(title)).stream().distinct().filter(word -> !isStopWord(word))
                .sorted(Comparator.comparingInt(headlinesWith)).limit(RELATED_WORDS)
                .forEach(word -> query.add(word(word, HEADLINES), Occur.SHOULD));
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /** Stories with any of these tags, or null when there are none. */
    Query relatedTags(List<String> tags) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        tags.stream().distinct().limit(QueryText.MAX_PARTS).forEach(tag -> query.add(new BoostQuery(new TermQuery(
                new Term(IndexFields.TAG, IndexFields.normal(tag).toLowerCase(java.util.Locale.ROOT))), 3f), Occur.SHOULD));
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /** {@code word} in any of its forms and spellings, in any of {@code fields}. */
    private Query word(String word, List<IndexFields.Weighted> fields) {
        Map<String, Map<String, Float>> termsByField = new LinkedHashMap<>();
        addSpelling(termsByField, word, 1f, fields);
        for (String variant : variants.of(word)) {
            addSpelling(termsByField, variant, VARIANT_WEIGHT, fields);
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        termsByField.forEach((field, terms) -> {
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            terms.forEach((term, weight) -> synonyms.addTerm(new Term(field, term), weight));
            float weight = weightOf(field) * (Language.ofField(field) == null ? EXACT_WEIGHT : 1f);
            anyField.add(new BoostQuery(synonyms.build(), weight), Occur.SHOULD);
        });
        return anyField.build();
    }

    private void addSpelling(Map<String, Map<String, Float>> termsByField, String spelling, float weight,
                             List<IndexFields.Weighted> fields) {
        for (IndexFields.Weighted field : fields) {
            analyzers.exactWords(spelling).forEach(term -> add(termsByField, field.name(), term, weight));
            for (Language language : Language.values()) {
                for (String stem : analyzers.stems(language, spelling)) {
                    add(termsByField, language.field(field.name()), stem, weight);
                }
            }
        }
    }

    private static void add(Map<String, Map<String, Float>> termsByField, String field, String term, float weight) {
        termsByField.computeIfAbsent(field, f -> new HashMap<>()).merge(term, weight, Math::max);
    }

    private Query phrase(List<String> words) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (IndexFields.Weighted field : IndexFields.TEXT) {
            Query exact = words.size() == 1 ? new TermQuery(new Term(field.name(), words.getFirst()))
                    : new PhraseQuery(field.name(), words.toArray(String[]::new));
            anyField.add(new BoostQuery(exact, field.weight()), Occur.SHOULD);
        }
        return anyField.build();
    }

    private boolean isStopWord(String word) {
        for (Language language : Language.values()) {
            if (analyzers.stems(language, word).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static float weightOf(String field) {
        String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        return IndexFields.TEXT.stream().filter(f -> f.name().equals(base)).findFirst().orElseThrow().weight();
    }
}
