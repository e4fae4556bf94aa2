package org.vistka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which new passwords are refused, and the sentence the member reads when one is. */
class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final String EMAIL = "olena.kovalenko@vistka.org";
    private static final String ADVICE = " Try a longer phrase of several unrelated words.";
    private static final String TOO_SHORT = "Use at least 12 characters.";
    private static final String TOO_LONG = "Use at most 256 characters.";
    private static final String ONLY_SPACES = "Use letters, digits or symbols, not only spaces.";
    private static final String HAS_EMAIL =
            "Do not use your email address, or the part of it before the @, in your password.";

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {
            "correct horse battery staple",
            "copper kettle midnight orchard",
            "kettle orchard violin",
            "Kyiv rada votes tonight",
            "mT9#kq2!Lw7z",
            "хмарка трамвай ліхтар",
            "смачний борщ на вечерю",
            "🐈 sleeps on 🎹 at noon"})
    void long_unrelated_words_and_random_strings_are_accepted(String password) {
        assertThat(POLICY.problem(password, EMAIL)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is too easy to guess")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "password1234       | this is a very common password",
            "qwerty123456       | this is a very common password",
            "1q2w3e4r5t6y       | this is a very common password",
            "qwertyuiopasdf     | this is similar to a commonly used password",
            "iloveyou12345      | this is similar to a commonly used password",
            "P@ssw0rd2024!      | this is similar to a commonly used password",
            "Password123!       | this is similar to a commonly used password",
            "4321drowssap       | this is similar to a commonly used password",
            "abcdefghijklmnop   | sequences like abc or 6543 are easy to guess"})
    void common_passwords_and_their_variants_are_refused_with_zxcvbns_reason(String password, String reason) {
        assertThat(POLICY.problem(password, EMAIL))
                .contains("This password is too easy to guess: " + reason + "." + ADVICE);
    }

    @ParameterizedTest(name = "\"{0}\" is too easy to guess")
    @ValueSource(strings = {"aaaaaaaaaaaaaaaa", "123412341234", "sunflower123456",
            "qazwsxedcrfv", "zaq1xsw2cde3", "trustno1trustno1", "12345678901234567890", "😀😀😀😀😀😀😀😀😀😀😀😀"})
    void other_guessable_passwords_are_refused(String password) {
        assertThat(POLICY.problem(password, EMAIL)).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("This password is too easy to guess").endsWith(ADVICE));
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "mT9#kq2!Lw7     | Use at least 12 characters.",
            "mT9#kq2!Lw7z    | \"\"",
            "🐈🎹🌻🚋🌙🔐     | Use at least 12 characters.",
            "Київ        | Use at least 12 characters.",
            "a               | Use at least 12 characters."})
    void passwords_are_measured_in_characters_not_in_utf_16_units(String password, String expected) {
        assertThat(POLICY.problem(password, EMAIL).orElse("")).isEqualTo(expected);
    }

    @Test
    void eleven_characters_are_refused_however_strong_and_twelve_accepted() {
        assertThat(POLICY.problem("zx9Kq!mR2vL", EMAIL)).contains(TOO_SHORT);
        assertThat(POLICY.problem("zx9Kq!mR2vLp", EMAIL)).isEmpty();
    }

    @Test
    void twelve_emoji_count_as_twelve_characters_though_java_sees_twenty_four() {
        String twelve = "🐈🎹🌻🚋🌙🔐🦉🍐🧭🪁🛶🎻";
        String eleven = "🐈🎹🌻🚋🌙🔐🦉🍐🧭🪁🛶";

        assertThat(twelve.length()).isEqualTo(24);
        assertThat(POLICY.problem(twelve, EMAIL)).isEmpty();
        assertThat(POLICY.problem(eleven, EMAIL)).contains(TOO_SHORT);
    }

    @Test
    void empty_and_null_passwords_are_too_short() {
        assertThat(POLICY.problem("", EMAIL)).contains(TOO_SHORT);
        assertThat(POLICY.problem(null, EMAIL)).contains(TOO_SHORT);
    }

    @Test
    void up_to_256_characters_are_accepted_and_more_are_refused() {
        String words = "copper kettle midnight orchard violin tram river lamp velvet ";
        String exactly256 = words.repeat(5).substring(0, 256);

        assertThat(POLICY.problem(exactly256, EMAIL)).isEmpty();
        assertThat(POLICY.problem(exactly256 + "x", EMAIL)).contains(TOO_LONG);
        assertThat(POLICY.problem(words.repeat(5).substring(0, 300), EMAIL)).contains(TOO_LONG);
        assertThat(POLICY.problem("x".repeat(1_000_000), EMAIL)).contains(TOO_LONG);
        assertThat(POLICY.problem("🔐".repeat(257), EMAIL)).contains(TOO_LONG);
    }

    @ParameterizedTest(name = "only invisible characters: {0}")
    @ValueSource(strings = {
            "            ",
            "\t\t\t\t\t\t\t\t\t\t\t\t",
            "\n\r\n\r\n\r\n\r\n\r\n\r",
            "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0",
            "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000",
            "\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B",
            "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000",
            " \t\u00A0\u2007\u202F\u2028\u2029\u200D\uFEFF\u3000\u0085 "})
    void passwords_of_only_spaces_or_invisible_characters_are_refused(String password) {
        assertThat(POLICY.problem(password, EMAIL)).contains(ONLY_SPACES);
    }

    @ParameterizedTest(name = "\"{0}\" for {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "olena.kovalenko@vistka.org        | olena.kovalenko@vistka.org",
            "my olena.kovalenko@vistka.org key | olena.kovalenko@vistka.org",
            "OLENA.KOVALENKO rides the tram    | olena.kovalenko@vistka.org",
            "violin Olena.Kovalenko orchard    | Olena.Kovalenko@Vistka.org",
            "quiet tram rides with olena       | olena@vistka.org",
            "quiet tram rides with olena       | olena+news@vistka.org",
            "copper kettle olena+news          | olena+news@vistka.org",
            "ｏｌｅｎａ rides the quiet tram     | olena@vistka.org"})
    void passwords_containing_the_email_or_its_local_part_are_refused(String password, String email) {
        assertThat(POLICY.problem(password, email)).contains(HAS_EMAIL);
    }

    @ParameterizedTest(name = "\"{0}\" for {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ivo paints copper kettles         | ivo@vistka.org",
            "copper kettle vistka orchard      | olena@vistka.org",
            "copper kettle midnight orchard    | \"\"",
            "copper kettle midnight orchard    | not an email",
            "copper kettle midnight orchard    | @"})
    void short_local_parts_domains_and_missing_emails_do_not_refuse(String password, String email) {
        assertThat(POLICY.problem(password, email)).isEmpty();
    }

    @Test
    void a_missing_email_skips_the_email_rule() {
        assertThat(POLICY.problem("copper kettle midnight orchard", null)).isEmpty();
    }

    @Test
    void a_password_with_broken_unicode_is_refused_before_it_can_reach_the_hasher() {
        assertThat(POLICY.problem("copper kettle midnight\uD800 orchard", EMAIL))
                .contains("This password has broken characters in it. Type it again.");
        assertThat(POLICY.problem("\uDC00copper kettle midnight orchard", EMAIL))
                .contains("This password has broken characters in it. Type it again.");
    }

    @Test
    void a_letter_typed_as_a_base_and_a_combining_mark_counts_once() {
        // "йййййййййй ї" in decomposed form is 23 UTF-16 units but 12 characters once composed.
        String decomposed = "\u0438\u0306".repeat(10) + " \u0456\u0308";

        assertThat(POLICY.problem(decomposed, EMAIL)).isNotEqualTo(Optional.of(TOO_SHORT));
        assertThat(POLICY.problem("\u0438\u0306".repeat(6), EMAIL)).contains(TOO_SHORT);
    }
}
