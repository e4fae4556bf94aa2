package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Romanisation by the Ukrainian national system (Cabinet of Ministers resolution No. 55 of 2010). */
class TransliterationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Київ          | Kyiv",
            "Запоріжжя     | Zaporizhzhia",
            "Юрій          | Yurii",
            "Їжакевич      | Yizhakevych",
            "Згорани       | Zghorany",
            "Знам'янка     | Znamianka",
            "Щастя         | Shchastia",
            "Харків        | Kharkiv",
            "Львів         | Lviv",
            "Одеса         | Odesa",
            "Чернігів      | Chernihiv",
            // More examples from the resolution's own table.
            "Алушта        | Alushta",
            "Борщагівка    | Borshchahivka",
            "Вінниця       | Vinnytsia",
            "Гадяч         | Hadiach",
            "Ґалаґан       | Galagan",
            "Ґорґани       | Gorgany",
            "Донецьк       | Donetsk",
            "Есмань        | Esman",
            "Житомир       | Zhytomyr",
            "Жежелів       | Zhezheliv",
            "Закарпаття    | Zakarpattia",
            "Михайленко    | Mykhailenko",
            "Іващенко      | Ivashchenko",
            "Кадиївка      | Kadyivka",
            "Олексій       | Oleksii",
            "Наталія       | Nataliia",
            "Рибчинський   | Rybchynskyi",
            "Тернопіль     | Ternopil",
            "Троць         | Trots",
            "Ужгород       | Uzhhorod",
            "Біла Церква   | Bila Tserkva",
            "Христина      | Khrystyna",
            "Щербухи       | Shcherbukhy",
            "Гоща          | Hoshcha",
            "Феодосія      | Feodosiia"})
    void ukrainian_names_are_written_as_the_national_system_writes_them(String cyrillic, String latin) {
        assertThat(Transliteration.latin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // Є, Ї, Й, Ю, Я begin a word: Ye, Yi, Y, Yu, Ya.
            "Єнакієве          | Yenakiieve",
            "Йосипівка         | Yosypivka",
            "Ярошенко          | Yaroshenko",
            "моя Ява           | moia Yava",
            "я і ти            | ya i ty",
            "«Юність»          | «Yunist»",
            "(Ялта)            | (Yalta)",
            "2024 Європа       | 2024 Yevropa",
            "Івано-Франківськ  | Ivano-Frankivsk",
            "біло-ясний        | bilo-yasnyi",
            // Inside a word, even after an apostrophe or a soft sign: ie, i, i, iu, ia.
            "Гаєвич            | Haievych",
            "Стрий             | Stryi",
            "Костянтин         | Kostiantyn",
            "Корюківка         | Koriukivka",
            "Уляна             | Uliana",
            "Короп'є           | Koropie",
            "Мар'їне           | Marine",
            "Знам’янка         | Znamianka",
            "Знамʼянка         | Znamianka",
            "Кам'янець-Подільський | Kamianets-Podilskyi",
            "Ньютон            | Niuton",
            // Only з right before г makes gh.
            "Розгон            | Rozghon",
            "з горою           | z horoiu",
            "Гора              | Hora"})
    void word_start_letters_differ_from_the_same_letters_inside_a_word(String cyrillic, String latin) {
        assertThat(Transliteration.latin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "КИЇВ                  | KYIV",
            "ЩАСТЯ                 | SHCHASTIA",
            "ЮРІЙ                  | YURII",
            "ЗГОРАНИ               | ZGHORANY",
            "ЛЬВІВ                 | LVIV",
            "ЖК Щастя              | ZHK Shchastia",
            "Я                     | Ya",
            "Ю. Шевченко           | Yu. Shevchenko",
            "київ                  | kyiv"})
    void capitals_are_kept_and_a_word_in_capitals_stays_in_capitals(String cyrillic, String latin) {
        assertThat(Transliteration.latin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // Russian-only letters present, no Ukrainian-only ones: и is i.
            "Объявлены итоги выборов  | Obiavleny itohi vyborov",
            "Эхо Москвы               | Ekho Moskvy",
            "Ёлка и ёж                | Yolka i yozh",
            "Артём                    | Artiom",
            "Съезд                    | Sezd",
            "ЁЛКА                     | YOLKA",
            // Nothing to tell it from Ukrainian: read as Ukrainian, и is y.
            "Москва и Киев            | Moskva y Kyev",
            // Ukrainian letters win over Russian ones: still Ukrainian.
            "Ёлка і ялинка и          | Yolka i yalynka y"})
    void russian_is_read_as_russian_only_when_the_text_says_so(String cyrillic, String latin) {
        assertThat(Transliteration.latin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Council of Kyiv             | Council of Kyiv",
            "Kyiv's mayor                | Kyiv's mayor",
            "NATO і Київ: 2026!          | NATO i Kyiv: 2026!",
            "Вулиця Café                 | Vulytsia Café",
            "iPhone у Києві              | iPhone u Kyievi",
            "'Ялта'                      | 'Yalta'",
            "слово' і 'слово             | slovo' i 'slovo",
            "🇺🇦 Київ 🔥                  | 🇺🇦 Kyiv 🔥",
            "👩‍💻 Юлія                    | 👩‍💻 Yuliia",
            "\u041A\u0438\u0301\u0457\u0432            | Ky\u0301iv",
            "مرحبا Львів                 | مرحبا Lviv",
            "Ђорђе ў                     | Ђorђe ў",
            "a\u0000б                     | a\u0000b"})
    void latin_letters_and_everything_else_pass_through(String text, String latin) {
        assertThat(Transliteration.latin(text)).isEqualTo(latin);
    }

    @Test
    void letters_typed_as_a_base_and_a_combining_mark_read_as_the_composed_letter() {
        String decomposed = "Ю\u0440\u0456\u0438\u0306 \u0456\u0308\u0436\u0430\u043A";

        assertThat(Transliteration.latin(decomposed)).isEqualTo("Yurii yizhak");
    }

    @Test
    void stray_surrogates_and_characters_outside_the_basic_plane_are_kept() {
        assertThat(Transliteration.latin("\uD800Київ\uDC00")).isEqualTo("\uD800Kyiv\uDC00");
        assertThat(Transliteration.latin("𝕂 Київ")).isEqualTo("𝕂 Kyiv");
    }

    @Test
    void empty_text_stays_empty() {
        assertThat(Transliteration.latin("")).isEmpty();
    }

    @Test
    void soft_signs_and_apostrophes_alone_leave_nothing_behind_or_stay_as_punctuation() {
        assertThat(Transliteration.latin("ььЬ")).isEmpty();
        assertThat(Transliteration.latin("'’ʼ")).isEqualTo("'’ʼ");
    }

    @Test
    void null_is_refused() {
        assertThatNullPointerException().isThrownBy(() -> Transliteration.latin(null));
    }
}
