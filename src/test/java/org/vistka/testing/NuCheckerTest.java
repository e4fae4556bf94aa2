package org.vistka.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Nu Html Checker, which judges the site's pages, passes a good page and reports each fault of a bad one. */
class NuCheckerTest {
    private static final String GOOD = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Ferry timetable</title></head>
            <body>
            <main id="story">
            <h1>Ferry timetable returns</h1>
            <p>The ferry runs <em>again</em> from <a href="/tag/ferries/">the pier</a>.</p>
            <img src="/media/ferry-800.jpg" alt="A ferry at the pier" width="800" height="450">
            <ul><li>Morning</li><li>Evening</li></ul>
            </main>
            </body>
            </html>
            """;

    @Test
    void a_good_page_has_no_errors() {
        assertThat(NuChecker.errors(GOOD)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unclosed element|<p>The ferry runs <em>again</em>|<p>The ferry runs <em>again</p>|Unclosed element “em”",
            "misnested elements|<em>again</em> from|<em>again <strong>from</em></strong>|End tag “em” violates nesting rules",
            "a list item outside a list|<ul><li>Morning</li><li>Evening</li></ul>|<li>Morning</li>|Element “li” not allowed as child of element “main”",
            "a duplicate id|<h1>Ferry|<h1 id=\"story\">Ferry|Duplicate ID “story”",
            "an image without alt|alt=\"A ferry at the pier\"|''|An “img” element must have an “alt” attribute",
            "an attribute HTML does not have|<main id=\"story\">|<main id=\"story\" colour=\"blue\">|Attribute “colour” not allowed on element “main”",
            "a bad attribute value|width=\"800\"|width=\"wide\"|Bad value “wide” for attribute “width” on element “img”",
            "a page without title|<title>Ferry timetable</title>|''|Element “head” is missing required child element “title”"})
    void a_bad_page_is_reported_for_each_fault(String fault, String good, String bad, String error) {
        String page = GOOD.replace(good, bad);

        List<String> errors = NuChecker.errors(page);

        assertThat(page).as("the case changes the good page").isNotEqualTo(GOOD);
        assertThat(errors).as(fault).anySatisfy(found -> assertThat(found).contains(error));
    }

    @Test
    void a_page_with_every_fault_at_once_is_reported_for_each() {
        String page = GOOD.replace("<em>again</em>", "<em>again").replace("<h1>", "<h1 id=\"story\">").replace(" alt=\"A ferry at the pier\"", "")
                .replace("<main id=\"story\">", "<main id=\"story\" colour=\"blue\">");

        List<String> errors = NuChecker.errors(page);

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Unclosed element “em”"))
                .anySatisfy(e -> assertThat(e).contains("Duplicate ID “story”"))
                .anySatisfy(e -> assertThat(e).contains("An “img” element must have an “alt” attribute"))
                .anySatisfy(e -> assertThat(e).contains("Attribute “colour” not allowed"));
    }
}
