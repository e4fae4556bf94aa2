package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The local spam score: what it notices, the reasons a moderator reads, and what it learns from marked spam. */
class SpamScoreTest {
    private static final SpamScore UNTAUGHT = new SpamScore(List.of());
    private static final SpamScore TAUGHT = new SpamScore(List.of("cheap pills", "Casino  Bonus", "ШВИДКИЙ кредит", "  ", "", "The", "і та"));

    static Stream<Arguments> genuineComments() {
        return Stream.of(
                Arguments.of("I think this article is one-sided. The author quotes the mayor but ignores the residents who"
                        + " lost their homes; the council minutes (https://kyivcity.gov.ua/news/123) say otherwise."
                        + " Please correct it, this is NOT good journalism!", "Oksana Hrytsenko", "oksana@ukr.net", ""),
                // "мiської" is typed with a Latin i, as on a Russian keyboard; "НАРЕШТІ" is one shouted word.
                Arguments.of("Стаття однобока. Автор цитує мера, але не згадує мешканців, які втратили житло. У протоколі"
                        + " мiської ради (https://kyivcity.gov.ua/news/123) написано інше. НАРЕШТІ хтось про це пише, але"
                        + " виправте помилки, будь ласка! Ха-ха-ха, знову те саме…", "Олена Марчук", "olena@ukr.net", null),
                Arguments.of("Статья однобокая. Автор цитирует мэра, но не упоминает жителей, которые потеряли жильё."
                        + " В протоколе городского совета написано другое, см. https://kyivcity.gov.ua/news/123 и"
                        + " https://rada.gov.ua/news/7.\nПочему редакция молчит???", "Игорь", null, "https://igor.example.com/blog"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("genuineComments")
    void a_genuine_critical_comment_scores_at_most_two(String text, String name, String email, String website) {
        assertThat(TAUGHT.score(text, name, email, website).points()).isBetween(0, 2);
    }

    @Test
    void obvious_link_spam_goes_to_the_spam_folder_with_every_reason_named() {
        SpamScore.Score score = TAUGHT.score("BUY CHEAP PILLS NOW!!! http://bit.ly/x1 http://pills.top/buy"
                + " http://pills.top/cheap http://pills.top/now", "http://cheap-pills.top", "sales@pills.top", "bit.ly/abc");

        assertThat(score.points()).isGreaterThanOrEqualTo(SpamScore.TRASH_AT);
        assertThat(score.reasons()).containsExactly(
                "4 links",
                "contains the phrase “cheap pills” that moderators marked as spam",
                "website goes through the link shortener bit.ly",
                "email address is under .top, a domain ending much used by spammers",
                "a link in the comment goes through the link shortener bit.ly",
                "a link in the comment is under .top, a domain ending much used by spammers",
                "name is a web address");
    }

    @Test
    void the_same_template_posted_with_different_links_is_held() {
        String text = "Great post, visit my site https://a.top/1\nGreat post, visit my site https://b.top/2\n"
                + "Great post, visit my site https://c.top/3";

        assertThat(UNTAUGHT.score(text, "Max", "", "").reasons()).containsExactly("3 links", "the same text repeated 3 times",
                "a link in the comment is under .top, a domain ending much used by spammers");
        assertThat(UNTAUGHT.score(text, "Max", "", "").points()).isGreaterThanOrEqualTo(SpamScore.HOLD_AT);
    }

    @Test
    void a_name_made_of_a_taught_phrase_looks_like_keywords() {
        assertThat(TAUGHT.score("Nice", "Cheap Pills", null, null).reasons()).containsExactly("name looks like a list of keywords");
        assertThat(UNTAUGHT.score("Nice", "Cheap Pills", null, null).reasons()).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} → {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", value = {
            "Sources: https://a.example, https://b.example and www.c.example | Ann | null | null "
                    + "| 4 | 3 links",
            "Two sources: https://a.example and https://b.example | Ann | null | null | 2 | 2 links",
            "One source is free: https://a.example | Ann | null | null | 0 | ``",
            "`great\ngreat article\ngreat article\n\ngreat article\nGREAT  article!` | Ann | null | null "
                    + "| 3 | the same text repeated 4 times",
            "buy now buy now buy now buy now | Ann | null | null | 3 | the words “buy now” repeated 4 times in a row",
            "Дуже дуже дуже дуже погано | Ann | null | null | 3 | the word “дуже” repeated 4 times in a row",
            "ха ха ха ха ха ха ха ха, no no no no | Ann | null | null | 0 | ``",
            "Wow!!!!!!!!!!!! | Ann | null | null | 1 | the character “!” repeated 12 times in a row",
            "Nice | www.best-pills.com | null | null | 3 | name is a web address",
            "Nice | https://example.org/me | null | null | 3 | name is a web address",
            "Nice | Best Cheap Essay Writing Service Online | null | null | 3 | name looks like a list of keywords",
            "Nice | Anna Maria de la Cruz | null | null | 0 | ``",
            "Nice | Ann | null | https://bit.ly/3xYz | 3 | website goes through the link shortener bit.ly",
            "Nice | Ann | null | HTTP://WWW.TinyURL.com/abc | 3 | website goes through the link shortener tinyurl.com",
            "Nice | Ann | ann@mail.xyz | null | 2 | email address is under .xyz, a domain ending much used by spammers",
            "Nice | Ann | ann@bit.ly.example.org | example.top.org | 0 | ``",
            "See https://t.co/abc | Ann | null | null | 3 | a link in the comment goes through the link shortener t.co",
            "THIS IS THE WORST ARTICLE I HAVE EVER READ | Ann | null | null | 2 | mostly capital letters",
            "ЦЕ НАЙГІРША СТАТТЯ, ЯКУ Я ЧИТАЛА | Ann | null | null | 2 | mostly capital letters",
            "NATO and the EU met in Kyiv today | Ann | null | null | 0 | ``",
            "Best vіаgrа prices | Ann | null | null | 3 | letters of different scripts, such as Latin and Cyrillic, mixed inside one word",
            "Кращі цiни на vіаgrа в кaзино | Ann | null | null | 3 "
                    + "| letters of different scripts, such as Latin and Cyrillic, mixed inside 2 words"})
    void each_signal_is_named_in_a_sentence_a_moderator_reads(String text, String name, String email, String website,
            int points, String reason) {
        SpamScore.Score score = UNTAUGHT.score(text, name, email, website);

        assertThat(score.reasons()).containsExactlyElementsOf(reason.isEmpty() ? List.of() : List.of(reason));
        assertThat(score.points()).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Order cheap pills today                   | cheap pills",
            "Order CHEAP   Pills today                 | cheap pills",
            "Order ｃｈｅａｐ ｐｉｌｌｓ today          | cheap pills",
            "cheap pills!                              | cheap pills",
            "Best casino bonus, cheap pills           | cheap pills; casino bonus",
            "Швидкий кредит онлайн                     | швидкий кредит",
            "швидкий  КРЕДИТ без довідок               | швидкий кредит",
            "Casino bonuses are a scam                 | ``",
            "Avoid cheap pillsbury dough               | ``",
            "Our cheap-pills.top offer                 | cheap pills",
            "Швидкий кредитний союз                    | ``",
            "pills cheap                               | ``",
            "The article і та                          | ``"})
    void a_taught_phrase_counts_only_as_whole_words_in_any_case(String text, String phrases) {
        SpamScore.Score taught = TAUGHT.score(text, "Ann", null, null);
        SpamScore.Score untaught = UNTAUGHT.score(text, "Ann", null, null);
        List<String> expected = phrases.isEmpty() ? List.of() : List.of(phrases.split("; "));

        assertThat(taught.reasons()).containsAll(expected.stream()
                .map(p -> "contains the phrase “" + p + "” that moderators marked as spam").toList());
        assertThat(taught.points() - untaught.points()).isEqualTo(4 * expected.size());
    }

    @Test
    void phrases_learned_from_one_spam_comment_catch_the_next() {
        List<String> learned = SpamScore.phrasesToLearn(
                "Швидкий кредит без довідок та поручителів. Швидкий кредит онлайн за 5 хвилин, пишіть на credit@money.top");
        SpamScore scorer = new SpamScore(learned);
        String next = "Потрібні гроші? Швидкий кредит без довідок!";

        assertThat(scorer.score(next, "Ann", null, null).points())
                .isGreaterThan(UNTAUGHT.score(next, "Ann", null, null).points());
        assertThat(UNTAUGHT.score(next, "Ann", null, null).points()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Buy cheap pills online without prescription at our pharmacy today. Cheap pills, fast delivery!"
                    + " Visit http://pills.top now. | cheap pills; fast delivery; pills online; buy cheap",
            "Швидкий кредит без довідок та поручителів. Швидкий кредит онлайн за 5 хвилин, пишіть на credit@money.top"
                    + " | швидкий кредит; кредит онлайн",
            "Лучшее онлайн казино с бонусом. Бонус за регистрацию в онлайн казино! | онлайн казино; лучшее онлайн",
            "Great article! Really great article, thanks | great article; really great",
            "Earn money fast. Work from home. Crypto signals daily. Forex robot profit. Loan approval today."
                    + " Dating site singles. | crypto signals daily; dating site singles; forex robot profit; earn money fast; loan approval"})
    void phrases_to_learn_are_lower_cased_runs_of_uncommon_words_the_most_repeated_first(String spam, String phrases) {
        assertThat(SpamScore.phrasesToLearn(spam)).containsExactly(phrases.split("; "));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "Cheap pills here", "BUY CHEAP PILLS NOW", "http://pills.top http://pills.top/a b c d",
            "the and of to in at by for with from", "і та а але або чи що як це той", "1 2 3 4 5 6 7 8", "a b c d e f g h"})
    void short_text_or_common_words_teach_nothing(String spam) {
        assertThat(SpamScore.phrasesToLearn(spam)).isEmpty();
    }

    @Test
    void at_most_five_phrases_are_learned_from_a_long_comment() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add("word" + (char) ('a' + i % 26) + i);
        }

        assertThat(SpamScore.phrasesToLearn(String.join(" ", words))).hasSize(5)
                .allSatisfy(phrase -> assertThat(phrase).isEqualTo(phrase.toLowerCase()).matches("\\S+( \\S+){1,2}"));
    }

    @Test
    void reasons_cannot_be_changed_after_scoring() {
        List<String> reasons = UNTAUGHT.score("https://a.example https://b.example", "Ann", null, null).reasons();

        assertThatThrownBy(() -> reasons.add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void huge_and_hostile_input_is_scored_in_linear_time() {
        String[] inputs = {
                "(".repeat(100_000) + "https://x.org/" + ")".repeat(100_000),
                "<a x=\"<".repeat(50_000),
                "ab ".repeat(100_000),
                "buy now ".repeat(30_000),
                "a@".repeat(100_000),
                "a.".repeat(100_000) + "com",
                "vіаgrа".repeat(30_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String input : inputs) {
                TAUGHT.score(input, input, input, input);
                assertThat(SpamScore.phrasesToLearn(input)).hasSizeLessThanOrEqualTo(5);
            }
        });
    }
}
