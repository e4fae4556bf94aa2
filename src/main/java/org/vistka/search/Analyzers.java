package org.vistka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The analyzers of the index, one per field: {@code *.uk} fields go through Ukrainian lemmatisation (morfologik, so
 * "Києва" becomes "київ"), {@code *.ru} through the Russian stemmer, {@code *.en} through the English one, and every
 * other field through the exact analyzer, which only splits words and lower-cases them (quoted names match it).
 *
 * <p>Ukrainian lemmas keep the case of proper nouns ("Київ"), so they are lower-cased afterwards: a query typed in
 * lower case then meets the same terms. Built once at start (the Ukrainian dictionary takes a moment to load);
 * thread-safe, as Lucene analyzers are.
 */
final class Analyzers {
    private final Analyzer exact = new ExactAnalyzer();
    private final Map<Language, Analyzer> stemmed = new EnumMap<>(Language.class);
    private final Analyzer perField;

    Analyzers() {
        stemmed.put(Language.UKRAINIAN, lowerCased(new UkrainianMorfologikAnalyzer()));
        stemmed.put(Language.RUSSIAN, new RussianAnalyzer());
        stemmed.put(Language.ENGLISH, new EnglishAnalyzer());
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                Language language = Language.ofField(fieldName);
                return language == null ? exact : stemmed.get(language);
            }
        };
    }

    /** The analyzer for every field of the index. */
    Analyzer perField() {
        return perField;
    }

    /** The terms {@code word} becomes in {@code language}'s fields: none for a stop word, several for an ambiguous form. */
    Set<String> stems(Language language, String word) {
        return new LinkedHashSet<>(terms(stemmed.get(language), word));
    }

    /** The words of {@code text} as the exact fields hold them, in order. */
    List<String> exactWords(String text) {
        return terms(exact, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze a string in memory", e);
        }
        return terms;
    }

    private static Analyzer lowerCased(Analyzer analyzer) {
        return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new RemoveDuplicatesTokenFilter(new LowerCaseFilter(components.getTokenStream())));
            }
        };
    }

    /** Words, lower-cased; the text comes with its apostrophes made one already ({@link IndexFields#normal}). */
    private static final class ExactAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        /** Keeps a quoted phrase from matching across two names of one story (a tag and the next byline). */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }
}
