package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a comment form must hold: each row a form as typed, whether name and email are required, and the exact problems. */
class CommentRulesTest {
    private static final String TYPE = "comment: Please type your comment.";
    private static final String NAME = "author: Please give your name.";
    private static final String LONG_NAME = "author: Your name is too long: at most 245 characters.";
    private static final String EMAIL = "email: Please give your email address. It will not be published.";
    private static final String LONG_EMAIL = "email: Your email address is too long: at most 100 characters.";
    private static final String WEBSITE = "url: A website must be an address starting with https:// or http://.";
    private static final String LONG_WEBSITE = "url: Your website address is too long: at most 200 characters.";

    static Stream<Arguments> forms() {
        return Stream.of(
                row("a comment with name and email", form("Well reported.", "Oksana", "oksana@ukr.net", ""), true),
                row("an anonymous comment where allowed", form("Well reported.", "", "", ""), false),
                row("no text", form("", "Oksana", "oksana@ukr.net", ""), true, TYPE),
                row("a text of spaces, tabs and blank lines", form(" \t\n\n ", "Oksana", "oksana@ukr.net", ""), true, TYPE),
                row("a text at the limit", form("c".repeat(65_525), "Oksana", "", ""), false),
                row("a text one too long", form("c".repeat(65_526), "Oksana", "", ""), false,
                        "comment: Your comment is too long: 65526 characters, the most is 65525."),
                row("a text of script", form("<script>alert(1)</script><img src=x onerror=alert(1)>", "Oksana", "", ""), false),
                row("a text with a right-to-left override", form("Read \u202Etxt.exe", "Oksana", "", ""), false),
                row("no name where required", form("Hi", "", "oksana@ukr.net", ""), true, NAME),
                row("a name of spaces where required", form("Hi", "   ", "oksana@ukr.net", ""), true, NAME),
                row("a name at the limit", form("Hi", "n".repeat(245), "", ""), false),
                row("a name one too long", form("Hi", "n".repeat(246), "", ""), false, LONG_NAME),
                row("a name one too long where required", form("Hi", "n".repeat(246), "oksana@ukr.net", ""), true, LONG_NAME),
                row("a name of script", form("Hi", "<script>alert(1)</script>", "", ""), false),
                row("no email where required", form("Hi", "Oksana", "", ""), true, EMAIL),
                row("an email of spaces where required", form("Hi", "Oksana", "  ", ""), true, EMAIL),
                row("an email at the limit", form("Hi", "Oksana", "e".repeat(64) + "@" + "d".repeat(31) + ".org", ""), false),
                row("an email one too long", form("Hi", "Oksana", "e".repeat(64) + "@" + "d".repeat(32) + ".org", ""), false, LONG_EMAIL),
                row("an email whose name part is one too long", form("Hi", "Oksana", "e".repeat(65) + "@ukr.net", ""), false,
                        "email: “" + "e".repeat(65) + "@ukr.net” is not an email address, like name@example.org."),
                row("an email without a dot in its domain", form("Hi", "Oksana", "oksana@localhost", ""), false,
                        "email: “oksana@localhost” is not an email address, like name@example.org."),
                row("an email with two at signs", form("Hi", "Oksana", "oksana@@ukr.net", ""), false,
                        "email: “oksana@@ukr.net” is not an email address, like name@example.org."),
                row("an email with a space", form("Hi", "Oksana", "oksana @ukr.net", ""), false,
                        "email: “oksana @ukr.net” is not an email address, like name@example.org."),
                row("an email of script", form("Hi", "Oksana", "javascript:alert(1)", ""), false,
                        "email: “javascript:alert(1)” is not an email address, like name@example.org."),
                row("a website", form("Hi", "Oksana", "", "https://oksana.example.org/blog"), false),
                row("a website in capitals", form("Hi", "Oksana", "", "HTTP://OKSANA.EXAMPLE.ORG"), false),
                row("a website at the limit", form("Hi", "Oksana", "", "https://example.org/" + "p".repeat(180)), false),
                row("a website one too long", form("Hi", "Oksana", "", "https://example.org/" + "p".repeat(181)), false, LONG_WEBSITE),
                row("a very long website", form("Hi", "Oksana", "", "https://example.org/" + "p".repeat(10_000)), false, LONG_WEBSITE),
                row("a script website", form("Hi", "Oksana", "", "javascript:alert(1)"), false, WEBSITE),
                row("a script website in mixed case", form("Hi", "Oksana", "", "JaVaScRiPt:alert(1)"), false, WEBSITE),
                row("a script website posing as http", form("Hi", "Oksana", "", "javascript://example.org/%0Aalert(1)"), false, WEBSITE),
                row("a data website", form("Hi", "Oksana", "", "data:text/html,<script>alert(1)</script>"), false, WEBSITE),
                row("a website without scheme", form("Hi", "Oksana", "", "//example.org"), false, WEBSITE),
                row("a website of only a scheme", form("Hi", "Oksana", "", "https://"), false, WEBSITE),
                row("a website with a space", form("Hi", "Oksana", "", "https://exa mple.org"), false, WEBSITE),
                row("a website with a quote to break out of its attribute", form("Hi", "Oksana", "", "https://x.org/\" onmouseover=\"alert(1)"),
                        false, WEBSITE),
                row("everything wrong at once, in the form's order", form("", "", "", "ftp://example.org"), true, TYPE, NAME, EMAIL, WEBSITE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void each_form_gets_exactly_its_problems(String description, CommentInput in, boolean requireNameAndEmail, List<String> expected) {
        List<String> problems = CommentRules.problems(in, requireNameAndEmail).entrySet().stream()
                .map(problem -> problem.getKey() + ": " + problem.getValue()).toList();

        assertThat(problems).containsExactlyElementsOf(expected);
    }

    private static Arguments row(String description, CommentInput in, boolean requireNameAndEmail, String... problems) {
        return Arguments.of(description, in, requireNameAndEmail, List.of(problems));
    }

    private static CommentInput form(String text, String name, String email, String website) {
        return new CommentInput(text, name, email, website, null);
    }
}
