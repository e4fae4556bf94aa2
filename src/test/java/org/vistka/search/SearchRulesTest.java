package org.vistka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vistka.article.Author;
import org.vistka.article.Section;

/** The search rules without a server or an index: reading queries and forms, guessing languages, plain text. */
class SearchRulesTest {

    @Test
    void query_text_splits_loose_words_from_quoted_phrases_and_treats_syntax_as_text() {
        assertThat(QueryText.parse("Київ \"Олена Марчук\" ferry")).isEqualTo(new QueryText(List.of("Київ", "ferry"), List.of("Олена Марчук")));
        assertThat(QueryText.parse("«Донбас» “Kyiv”")).isEqualTo(new QueryText(List.of(), List.of("Донбас", "Kyiv")));
        assertThat(QueryText.parse("\"unclosed phrase")).isEqualTo(new QueryText(List.of(), List.of("unclosed phrase")));
        assertThat(QueryText.parse("title:(a OR b)~2")).isEqualTo(new QueryText(List.of("title:(a OR b)~2"), List.of()));
        assertThat(QueryText.parse("\"\" \" \"")).isEqualTo(new QueryText(List.of(), List.of()));
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
        assertThat(QueryText.parse("й").loose()).as("NFC: и with a combining breve is й").containsExactly("й");
    }

    @Test
    void query_text_is_capped_without_splitting_a_surrogate_pair() {
        assertThat(QueryText.cap("x".repeat(500))).hasSize(QueryText.MAX_LENGTH);
        String emoji = "x".repeat(QueryText.MAX_LENGTH - 1) + "🔥";
        assertThat(QueryText.cap(emoji)).isEqualTo("x".repeat(QueryText.MAX_LENGTH - 1));
    }

    @Test
    void the_query_builder_makes_no_query_of_nothing_and_keeps_huge_input_bounded() {
        Analyzers analyzers = new Analyzers();
        QueryBuilder builder = new QueryBuilder(analyzers, new NameVariants(analyzers));

        assertThat(builder.match(QueryText.parse("!!! ??? … —"))).isNull();
        assertThat(builder.match(QueryText.parse("+-&&||!(){}[]^~*?:\\/"))).isNull();
        var huge = builder.match(QueryText.parse("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 \"p q\" \"r s\""));
        assertThat(((org.apache.lucene.search.BooleanQuery) huge).clauses()).hasSize(QueryText.MAX_PARTS);
    }

    @Test
    void name_variants_cover_inflected_forms_and_scripts() {
        Analyzers analyzers = new Analyzers();
        NameVariants variants = new NameVariants(analyzers);

        assertThat(variants.of("Kiev")).contains("kyiv", "київ", "киев");
        assertThat(variants.of("Києва")).contains("kyiv", "kiev", "київ");
        assertThat(variants.of("Донбассе")).contains("donbas", "донбас");
        assertThat(variants.of("Odessa")).contains("odesa", "одеса");
        assertThat(variants.of("ferry")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Мешканці міста отримали нові їдальні та ґанки        | UKRAINIAN
            Жители города получили новые столовые и подъезды     | RUSSIAN
            The council met on Tuesday to discuss the bridge     | ENGLISH
            Міська рада ухвалила бюджет. Горсовет объявил тендер | UKRAINIAN,RUSSIAN
            Рада зібралась                                       | UKRAINIAN
            Дома                                                 | UKRAINIAN,RUSSIAN
            Kyiv: Київська міська рада і мер Klitschko            | UKRAINIAN,ENGLISH
            2025                                                 | ENGLISH
            """)
    void the_language_of_a_body_is_guessed_from_its_letters(String text, String expected) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String name : expected.split(",")) {
            languages.add(Language.valueOf(name));
        }
        assertThat(LanguageGuess.of(text)).isEqualTo(languages);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>One</p><p>Two</p>                                     | One\\n\\nTwo
            <p>A &amp; B &lt;b&gt; &quot;q&quot; &#39;s&#39; &#x41;</p> | A & B <b> "q" 's' A
            <h2>Head</h2><ul><li>x</li><li>y</li></ul>               | Head\\n\\nx\\n\\ny
            <p>Line<br>break</p><aside class="see-also" data-article="4"></aside> | Line\\n\\nbreak
            <p>&#0; &#1114112;</p>                                   | \uFFFD \uFFFD
            """)
    void plain_text_of_a_sanitized_body_keeps_words_and_decodes_references(String html, String expected) {
        assertThat(PlainText.of(html)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void the_search_form_reads_filters_and_names_the_first_problem() {
        List<Section> sections = List.of(new Section(3, "war", "War", ""));
        List<Author> authors = List.of(new Author(7, "olena-marchuk", "Olena Marchuk", "", null));

        SearchForm good = SearchForm.read(Map.of("q", "  Київ\u0000  ", "section", "war", "author", "olena-marchuk",
                "from", "2025-01-01", "to", "2025-01-31", "sort", "newest")::get, sections, authors);
        assertThat(good.problem()).isNull();
        assertThat(good.request(2, 20)).isEqualTo(new SearchRequest("Київ", 3L, 7L, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31), SearchOrder.NEWEST, 2, 20));
        assertThat(good.path()).isEqualTo("/search/?q=%D0%9A%D0%B8%D1%97%D0%B2&section=war&author=olena-marchuk&from=2025-01-01&to=2025-01-31&sort=newest");
        assertThat(SearchForm.read(Map.of("q", "x")::get, sections, authors).request(1, 20).order()).isEqualTo(SearchOrder.RELEVANCE);
        assertThat(SearchForm.read(Map.of("section", "war")::get, sections, authors).request(1, 20).order()).isEqualTo(SearchOrder.NEWEST);
        assertThat(SearchForm.read(Map.<String, String>of()::get, sections, authors).asksSomething()).isFalse();

        assertThat(SearchForm.read(Map.of("from", "2025-02-30")::get, sections, authors).problem())
                .isEqualTo("The “from” date must be a day written as 2025-11-20; “2025-02-30” is not one.");
        assertThat(SearchForm.read(Map.of("to", "1000-01-01")::get, sections, authors).problem())
                .isEqualTo("The “to” date must be a day written as 2025-11-20; “1000-01-01” is not one.");
        assertThat(SearchForm.read(Map.of("section", "x".repeat(300), "sort", "up")::get, sections, authors).problem())
                .as("the first problem, with the value shortened").isEqualTo("There is no section “" + "x".repeat(40) + "…” to search in.");
        assertThat(SearchForm.read(Map.of("from", "2025-13-01")::get, sections, authors).fromField()).isEmpty();
    }
}
