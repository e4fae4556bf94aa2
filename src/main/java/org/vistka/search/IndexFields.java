package org.vistka.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The layout of a story in the index. The text fields {@link #TITLE}, {@link #STANDFIRST}, {@link #BODY} and
 * {@link #NAMES} each exist as an exact copy and as one stemmed copy per {@link Language}; the body gets only the
 * languages {@link LanguageGuess} finds in it. Title and body are stored, with offsets in every copy, so that the
 * highlighter marks a stemmed match in the stored text. Text is {@linkplain #normal normalised} first, so a letter
 * typed as a base and a combining mark matches the same letter typed whole.
 */
final class IndexFields {
    static final String ID = "id";
    /** The story id again, as a doc value: results read it without touching the stored text. */
    static final String STORY = "story";
    static final String PUBLISHED = "published";
    static final String SECTION = "section";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String TITLE = "title";
    static final String STANDFIRST = "standfirst";
    static final String BODY = "body";
    static final String NAMES = "names";
    /** The text fields with how much a match in each counts. */
    static final List<Weighted> TEXT = List.of(new Weighted(TITLE, 3f), new Weighted(NAMES, 2f),
            new Weighted(STANDFIRST, 1.5f), new Weighted(BODY, 1f));

    private static final FieldType SEARCHED = textType(false, false);
    private static final FieldType HIGHLIGHTED = textType(true, false);
    private static final FieldType HIGHLIGHTED_STORED = textType(true, true);

    private IndexFields() {
    }

    record Weighted(String name, float weight) {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document document(IndexedStory story) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(story.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(STORY, story.id()));
        long published = story.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StringField(SECTION, Long.toString(story.sectionId()), Field.Store.NO));
        story.authorIds().forEach(author -> doc.add(new StringField(AUTHOR, Long.toString(author), Field.Store.NO)));
        story.tags().forEach(tag -> doc.add(new StringField(TAG, normal(tag).toLowerCase(java.util.Locale.ROOT), Field.Store.NO)));
        addText(doc, TITLE, normal(story.title()), Set.of(Language.values()), HIGHLIGHTED_STORED, HIGHLIGHTED);
        addText(doc, STANDFIRST, normal(story.standfirst()), Set.of(Language.values()), SEARCHED, SEARCHED);
        String body = normal(story.body());
        addText(doc, BODY, body, LanguageGuess.of(body), HIGHLIGHTED_STORED, HIGHLIGHTED);
        for (String name : story.names()) {
            addText(doc, NAMES, normal(name), Set.of(Language.values()), SEARCHED, SEARCHED);
        }
        return doc;
    }

    /**
     * Text as the index holds it and queries are read: NFC, and the apostrophes of Ukrainian ("м’ясо", "Прип'ять")
     * made one, so that a word typed with either matches. One character for one, so offsets stay right.
     */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    private static void addText(Document doc, String field, String text, Set<Language> languages, FieldType exact, FieldType stemmed) {
        doc.add(new Field(field, text, exact));
        for (Language language : languages) {
            doc.add(new Field(language.field(field), text, stemmed));
        }
    }

    private static FieldType textType(boolean offsets, boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(offsets ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
