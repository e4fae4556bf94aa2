package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The avatars Vistka draws for commenters: initials, a stable colour class, and nothing of the email shown. */
class AvatarTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Олена Марчук                | ОМ",
            "oksana                      | O",
            "  Олена   Марчук  \t        | ОМ",
            "олена марчук                | ОМ",
            "Anna Maria de la Cruz       | AC",
            "Jean-Luc Picard             | JP",
            "`'Олена' «Марчук»`          | ОМ",
            "@oksana_h                   | O",
            "Олена 🌻                    | О",
            "🌻 Олена                    | О",
            "Олена (редакторка) 🇺🇦       | ОР",
            "王小明                       | 王",
            "محمد علي                    | مع",
            "ǆungla x                    | ǅX",
            "ßerg straße                 | ßS",
            "O\u0301lafur Arnalds        | ÓA",
            "Ёжик\u00A0В\u2003Тумане     | ЁТ",
            "1984 Orwell                 | O",
            "𝓐𝓷𝓷𝓪 𝓑𝓮𝓵𝓵                  | 𝓐𝓑"})
    void initials_are_the_first_letters_of_the_first_and_last_words(String name, String initials) {
        assertThat(Avatar.of(name, null).initials()).isEqualTo(initials);
    }

    @ParameterizedTest(name = "\"{0}\" → ?")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n", "!!!", "— · —", "🌻🇺🇦", "👩‍💻", "1234", "\u200B", "..."})
    void a_name_without_letters_gives_a_question_mark(String name) {
        assertThat(Avatar.of(name, null).initials()).isEqualTo("?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Олена Марчук", "𝓐𝓷𝓷𝓪 𝓑𝓮𝓵𝓵 𝓒", "a b c d e f", "ǆ ǆ ǆ", "Й\u0306 Ї", "ﬁsh ﬂy", "!!!", "x"})
    void initials_are_never_more_than_two_code_points(String name) {
        String initials = Avatar.of(name, null).initials();

        assertThat(initials.codePointCount(0, initials.length())).isBetween(1, 2);
    }

    @ParameterizedTest(name = "{0} / {1} → hue {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // The SHA-256 of the lower-cased key, first four bytes, modulo 360: pinned, so colours never shift.
            "Олена Марчук | olena@ukr.net    | 9",
            "Anyone       | OLENA@ukr.net    | 9",
            "Anyone       | ' olena@ukr.net '| 9",
            "oksana       | null             | 218",
            "Oksana       | ''               | 218",
            "Олена Марчук | null             | 330",
            "ОЛЕНА   МАРЧУК | null           | 330",
            "Oksana       | oksana@ukr.net   | 253"})
    void hue_is_stable_and_comes_from_the_email_when_given_else_from_the_name(String name, String email, int hue) {
        Avatar avatar = Avatar.of(name, email);

        assertThat(avatar.hue()).isEqualTo(hue);
        assertThat(avatar.cssClass()).isEqualTo("avatar-" + hue / 30);
    }

    @Test
    void css_class_is_always_one_of_twelve_fixed_names_following_the_hue() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            Avatar avatar = Avatar.of("Reader " + i, i % 2 == 0 ? null : "reader" + i + "@example.org");

            assertThat(avatar.hue()).isBetween(0, 359);
            assertThat(avatar.cssClass()).matches("avatar-([0-9]|1[01])").isEqualTo("avatar-" + avatar.hue() * 12 / 360);
            seen.add(avatar.cssClass());
        }
        assertThat(seen).hasSize(12);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"olena.marchuk@ukr.net", "x@y.z", "<script>@evil.example"})
    void the_email_appears_in_no_output(String email) {
        Avatar avatar = Avatar.of("Олена Марчук", email);
        String shown = avatar.initials() + " " + avatar.hue() + " " + avatar.cssClass() + " " + avatar;

        assertThat(shown).doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@'))).doesNotContain("@");
        assertThat(avatar.cssClass()).matches("avatar-\\d{1,2}");
    }

    @Test
    void the_same_reader_gets_the_same_avatar_every_time() {
        assertThat(Avatar.of("Олена Марчук", "olena@ukr.net").cssClass()).isEqualTo(Avatar.of("Олена Марчук", "olena@ukr.net").cssClass());
        assertThat(Avatar.of("Олена Марчук", null).hue()).isEqualTo(Avatar.of(" олена марчук ", " ").hue());
    }
}
