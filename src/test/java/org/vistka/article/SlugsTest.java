package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address names made from titles, in English, Ukrainian and Russian, and how they are checked. */
class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // English, as before.
            "Council of Kyiv                          | council-of-kyiv",
            "Dnipro River                             | dnipro-river",
            "Kyiv's mayor                             | kyiv-s-mayor",
            "War & Peace: Kyiv, 2026!                 | war-peace-kyiv-2026",
            "  --Spaces   and -- hyphens--  |  spaces-and-hyphens",
            "Café déjà vu                             | cafe-deja-vu",
            "ＦＵＬＬ ｗｉｄｔｈ                          | full-width",
            "snake_case/and.dots                      | snake-case-and-dots",
            // Ukrainian.
            "Київрада затвердила бюджет               | kyivrada-zatverdyla-biudzhet",
            "Запоріжжя: нові укриття                  | zaporizhzhia-novi-ukryttia",
            "Знам'янка отримала нову школу            | znamianka-otrymala-novu-shkolu",
            "Знам’янка                                | znamianka",
            "Знамʼянка                                | znamianka",
            "«Щастя» — місто на Луганщині             | shchastia-misto-na-luhanshchyni",
            "Юрій Їжакевич у Згоранах                 | yurii-yizhakevych-u-zghoranakh",
            "ЄС і Україна                             | yes-i-ukraina",
            "Олена Коваленко                          | olena-kovalenko",
            // Russian, told apart by its own letters.
            "Объявлены итоги съезда                   | obiavleny-itohi-sezda",
            "Эхо войны                                | ekho-voiny",
            // Mixed.
            "NATO і Київ 🇺🇦 2026                     | nato-i-kyiv-2026",
            "iPhone 17 у Львові                       | iphone-17-u-lvovi"})
    void titles_become_lowercase_hyphenated_ascii(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
        assertThat(Slugs.isValid(Slugs.of(title))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" has no slug")
    @ValueSource(strings = {"", "   ", "🔥🔥🔥", "!!! ??? …", "— · —", "ьЬ", "''’’ʼ", "👩‍💻🇺🇦", "\u0000\t\n", "\u200B\u200D"})
    void text_with_nothing_to_spell_gives_the_empty_slug(String title) {
        assertThat(Slugs.of(title)).isEmpty();
    }

    @Test
    void a_long_english_title_is_cut_at_a_word_boundary_within_80_characters() {
        String title = "The city council of Kyiv approved the budget for the next year after a long night of debate";
        String full = "the-city-council-of-kyiv-approved-the-budget-for-the-next-year-after-a-long-night-of-debate";

        String slug = Slugs.of(title);

        assertThat(slug).isEqualTo("the-city-council-of-kyiv-approved-the-budget-for-the-next-year-after-a-long");
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(full).startsWith(slug + "-");
    }

    @Test
    void a_long_ukrainian_title_is_cut_at_a_word_boundary_within_80_characters() {
        String title = "Київська міська рада затвердила бюджет столиці на наступний рік після довгого нічного засідання";

        String slug = Slugs.of(title);

        assertThat(slug).isEqualTo("kyivska-miska-rada-zatverdyla-biudzhet-stolytsi-na-nastupnyi-rik-pislia-dovhoho");
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void a_word_that_ends_exactly_at_80_characters_is_kept_whole() {
        String eighty = "a".repeat(39) + " " + "b".repeat(40);

        assertThat(Slugs.of(eighty + " tail")).isEqualTo("a".repeat(39) + "-" + "b".repeat(40));
    }

    @Test
    void a_single_word_longer_than_80_characters_is_cut_at_80() {
        assertThat(Slugs.of("x".repeat(500))).isEqualTo("x".repeat(80));
        assertThat(Slugs.of("Щ".repeat(100))).isEqualTo("shch".repeat(20));
    }

    @ParameterizedTest(name = "\"{0}\" is its own slug")
    @ValueSource(strings = {"kyiv", "council-of-kyiv", "2026", "kyivrada-zatverdyla-biudzhet", "a-b-c-1-2-3"})
    void a_valid_slug_makes_itself_again(String slug) {
        assertThat(Slugs.of(slug)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "kyiv                          | true",
            "council-of-kyiv               | true",
            "a                             | true",
            "2026                          | true",
            "kyivrada-zatverdyla-biudzhet  | true",
            "-kyiv                         | false",
            "kyiv-                         | false",
            "kyiv--rada                    | false",
            "Kyiv                          | false",
            "київ                          | false",
            "kyiv rada                     | false",
            "kyiv_rada                     | false",
            "../etc/passwd                 | false",
            "kyiv%2Frada                   | false",
            "ｋｙｉｖ                       | false"})
    void only_lowercase_ascii_words_joined_by_single_hyphens_are_valid(String slug, boolean valid) {
        assertThat(Slugs.isValid(slug)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "control characters make {0} invalid")
    @ValueSource(strings = {"kyiv\nrada", "kyiv\n", "kyiv\u0000", "\tkyiv", "kyiv\r\n", "kyiv\u200B"})
    void slugs_with_control_or_invisible_characters_are_not_valid(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }

    @Test
    void slugs_of_80_characters_are_valid_and_of_81_are_not() {
        assertThat(Slugs.isValid("k".repeat(80))).isTrue();
        assertThat(Slugs.isValid("k".repeat(81))).isFalse();
        assertThat(Slugs.isValid("k".repeat(100_000))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void null_and_empty_are_not_valid_slugs(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }
}
