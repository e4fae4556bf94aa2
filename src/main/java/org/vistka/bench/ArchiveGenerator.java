package org.vistka.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vistka.article.ChangeStamp;

/**
 * Fills an empty database with a generated news archive for benchmarks: sections, authors, sources, tags and
 * published stories in Ukrainian (45%), English (40%) and Russian (15%), with headlines of 6 to 14 words and bodies
 * of 300 to 1,500 words in paragraphs, published over ten years. The words come from {@link Lexicon}: made-up words
 * of each language's syllables plus a few real words, place names in several forms and people's names, so that
 * stemming, variants and quoted names have something to find. The same seed gives the same archive.
 *
 * <p>A generator made with shorter bodies writes an archive whose size in stories matters more than its words (the
 * scale bench's million stories). Stories can be added in steps: each step continues the ids and the timeline.
 *
 * <p>Rows go in with batched inserts, {@link #STORIES_PER_TRANSACTION} stories to a transaction, and explicit ids
 * (on PostgreSQL the identity sequences are therefore not advanced: use a database made for the bench).
 */
public final class ArchiveGenerator {
    static final int STORIES_PER_TRANSACTION = 2_000;
    static final List<String> SECTIONS = List.of("News", "Politics", "War", "Economy", "Culture", "Sport", "Regions", "Opinion");
    private static final int AUTHORS = 40;
    private static final int SOURCES = 30;
    private static final int TAGS_PER_LANGUAGE = 80;
    private static final Instant FIRST = Instant.parse("2016-01-01T06:00:00Z");
    private static final long TEN_YEARS_MILLIS = 3_652L * 86_400_000L;

    private final long seed;
    private final int shortestBody;
    private final int longestBody;
    private final List<Lexicon> lexicons = Lexicon.all();

    public ArchiveGenerator(long seed) {
        this(seed, 300, 1_500);
    }

    /** A generator whose bodies have from {@code shortestBody} to {@code longestBody} words. */
    public ArchiveGenerator(long seed, int shortestBody, int longestBody) {
        this.seed = seed;
        this.shortestBody = shortestBody;
        this.longestBody = longestBody;
    }

    /** Writes {@code count} published stories and everything they refer to; {@code progress} hears the stories written so far. */
    public void generate(Jdbi jdbi, int count, IntConsumer progress) {
        generate(jdbi, 0, count, count, progress);
    }

    /**
     * Writes stories {@code from} (0 for an empty database, which also gets the sections, authors, tags and sources)
     * up to {@code to}, of an archive that will hold {@code total}: its ten years are shared out over all of them.
     */
    public void generate(Jdbi jdbi, int from, int to, int total, IntConsumer progress) {
        Random random = new Random(seed + from);
        if (from == 0) {
            jdbi.useTransaction(h -> writeTaxonomy(h, random));
        }
        for (int step = from; step < to; step += STORIES_PER_TRANSACTION) {
            int start = step;
            int end = Math.min(to, step + STORIES_PER_TRANSACTION);
            jdbi.useTransaction(h -> writeStories(h, random, start, end, total));
            progress.accept(end);
        }
    }

    /** The lexicons the archive is written with, for a benchmark to draw its queries from. */
    List<Lexicon> lexicons() {
        return lexicons;
    }

    private void writeTaxonomy(Handle h, Random random) {
        PreparedBatch sections = h.prepareBatch("INSERT INTO section (id, slug, name, description, position) VALUES (:id, :slug, :name, '', :id)");
        for (int i = 0; i < SECTIONS.size(); i++) {
            sections.bind("id", i + 1).bind("slug", SECTIONS.get(i).toLowerCase(Locale.ROOT)).bind("name", SECTIONS.get(i)).add();
        }
        sections.execute();
        PreparedBatch authors = h.prepareBatch("INSERT INTO author (id, slug, name, bio) VALUES (:id, :slug, :name, '')");
        for (int i = 1; i <= AUTHORS; i++) {
            Lexicon lexicon = lexicons.get(i % lexicons.size());
            authors.bind("id", i).bind("slug", "author-" + i).bind("name", lexicon.person(random)).add();
        }
        authors.execute();
        PreparedBatch sources = h.prepareBatch("INSERT INTO source (id, slug, name, home_url) VALUES (:id, :slug, :name, :url)");
        for (int i = 1; i <= SOURCES; i++) {
            String name = capitalized(lexicons.get(2).vocabulary(random)) + " " + (i % 2 == 0 ? "Herald" : "News");
            sources.bind("id", i).bind("slug", "source-" + i).bind("name", name).bind("url", "https://source-" + i + ".example/").add();
        }
        sources.execute();
        PreparedBatch tags = h.prepareBatch("INSERT INTO tag (id, slug, name) VALUES (:id, :slug, :name)");
        int id = 1;
        for (Lexicon lexicon : lexicons) {
            for (int i = 0; i < TAGS_PER_LANGUAGE; i++, id++) {
                String name = i < lexicon.places.size() ? lexicon.places.get(i).getFirst() : capitalized(lexicon.vocabulary.get(100 + i * 7));
                tags.bind("id", id).bind("slug", "tag-" + id).bind("name", name).add();
            }
        }
        tags.execute();
    }

    private void writeStories(Handle h, Random random, int start, int end, int count) {
        PreparedBatch stories = h.prepareBatch("""
                INSERT INTO article (id, slug, title, standfirst, body_source, body_html, status, section_id, media_kind,
                    published_at, updated_at, created_at, comments_open, search_text, changed_at)
                VALUES (:id, :slug, :title, :standfirst, :source, :html, 'published', :section, 'text',
                    :published, :published, :published, TRUE, :searchText, :changed)""");
        PreparedBatch bylines = h.prepareBatch("INSERT INTO article_author (article_id, author_id, position) VALUES (:article, :author, :position)");
        PreparedBatch tags = h.prepareBatch("INSERT INTO article_tag (article_id, tag_id) VALUES (:article, :tag)");
        PreparedBatch sources = h.prepareBatch("INSERT INTO article_source (article_id, source_id) VALUES (:article, :source)");
        for (int n = start; n < end; n++) {
            long id = n + 1;
            int pick = random.nextInt(100);
            int language = pick < 45 ? 0 : pick < 85 ? 2 : 1;
            Lexicon lexicon = lexicons.get(language);
            String title = capitalized(String.join(" ", words(lexicon, random, 6 + random.nextInt(9), true)));
            String standfirst = sentence(lexicon, random, 15 + random.nextInt(21));
            List<String> paragraphs = body(lexicon, random, shortestBody + random.nextInt(longestBody - shortestBody + 1));
            long published = FIRST.toEpochMilli() + TEN_YEARS_MILLIS * n / count + random.nextInt(3_600_000);
            stories.bind("id", id).bind("slug", "archive-" + id).bind("title", title).bind("standfirst", standfirst)
                    .bind("source", String.join("\n\n", paragraphs))
                    .bind("html", "<p>" + String.join("</p>\n<p>", paragraphs) + "</p>")
                    .bind("section", 1 + random.nextInt(SECTIONS.size())).bind("published", published)
                    .bind("searchText", (title + "\n" + standfirst).toLowerCase(Locale.ROOT)).bind("changed", ChangeStamp.now()).add();
            int authors = 1 + (random.nextInt(5) == 0 ? 1 : 0);
            int firstAuthor = 1 + random.nextInt(AUTHORS - 1);
            for (int a = 0; a < authors; a++) {
                bylines.bind("article", id).bind("author", firstAuthor + a).bind("position", a).add();
            }
            int firstTag = 1 + language * TAGS_PER_LANGUAGE + random.nextInt(TAGS_PER_LANGUAGE - 4);
            for (int t = random.nextInt(4); t >= 0; t--) {
                tags.bind("article", id).bind("tag", firstTag + t).add();
            }
            if (random.nextBoolean()) {
                sources.bind("article", id).bind("source", 1 + random.nextInt(SOURCES)).add();
            }
        }
        stories.execute();
        bylines.execute();
        tags.execute();
        sources.execute();
    }

    private static List<String> body(Lexicon lexicon, Random random, int words) {
        List<String> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < words) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 3 + random.nextInt(4); s > 0 && written < words; s--) {
                int length = Math.min(words - written, 8 + random.nextInt(13));
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence(lexicon, random, length));
                written += length;
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static String sentence(Lexicon lexicon, Random random, int words) {
        return capitalized(String.join(" ", words(lexicon, random, words, false))) + ".";
    }

    /** Running words; now and then a place or a person's name (counted as the words it has). */
    private static List<String> words(Lexicon lexicon, Random random, int count, boolean headline) {
        List<String> words = new ArrayList<>(count);
        while (words.size() < count) {
            double pick = random.nextDouble();
            if (pick < (headline ? 0.08 : 0.004)) {
                words.add(lexicon.place(random));
            } else if (pick < (headline ? 0.1 : 0.007) && words.size() + 2 <= count) {
                words.addAll(List.of(lexicon.person(random).split(" ")));
            } else {
                words.add(lexicon.word(random));
            }
        }
        return words;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
