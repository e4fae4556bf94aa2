package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is left of typed text: what the writer meant, without control characters or code points that are not characters. */
class TextInputTest {

    static Stream<Arguments> typed() {
        return Stream.of(
                // what, typed, as several lines, as one line
                arguments("plain words", "Olena Marchuk", "Olena Marchuk", "Olena Marchuk"),
                arguments("line breaks and a tab", "one\r\ntwo\rthree\tfour", "one\ntwo\nthree\tfour", "one two three four"),
                arguments("NUL and escape", "a\u0000b\u001Bc", "abc", "a b c"),
                arguments("noncharacters", "a\uFFFFb\uFFFEc\uFDD0d", "abcd", "abcd"),
                arguments("a noncharacter at the end of plane 16", "a\uDBFF\uDFFFb", "ab", "ab"),
                arguments("lone surrogates", "a\uD800b\uDC00c", "abc", "abc"),
                arguments("a surrogate pair is kept", "sun \uD83C\uDF3B", "sun \uD83C\uDF3B", "sun \uD83C\uDF3B"),
                arguments("the byte order mark is kept", "\uFEFFword", "\uFEFFword", "\uFEFFword"),
                arguments("markup is left to the page", "<script>alert(1)</script>", "<script>alert(1)</script>", "<script>alert(1)</script>"),
                arguments("nothing", null, "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typed")
    void typed_text_keeps_what_was_meant_and_loses_what_no_one_types(String what, String typed, String multiLine, String singleLine) {
        assertThat(TextInput.multiLine(typed)).isEqualTo(multiLine);
        assertThat(TextInput.singleLine(typed)).isEqualTo(singleLine);
    }
}
