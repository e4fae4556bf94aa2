package org.vistka.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vistka.testing.NuChecker;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Every page type is valid HTML5 by the Nu Html Checker, on both databases. */
class PageValidityTest {

    static Stream<Arguments> pages() {
        return Stream.of(TestDatabase.values()).flatMap(db -> Stream.of(
                Arguments.of(db, "home", "/", 200),
                Arguments.of(db, "article", "/2026/11/24/dnipro-opens-heating-points-in-every-district-ahead-of-the-first-frost/", 200),
                Arguments.of(db, "article with correction", "/2026/10/20/youth-council-election-draws-record-turnout-in-poltava/", 200),
                Arguments.of(db, "section", "/section/news/", 200),
                Arguments.of(db, "tag", "/tag/ferry/", 200),
                Arguments.of(db, "author", "/author/olena-marchuk/", 200),
                Arguments.of(db, "source", "/source/dnipro-herald/", 200),
                Arguments.of(db, "search with results", "/search/?q=ferry", 200),
                Arguments.of(db, "empty search", "/search/", 200),
                Arguments.of(db, "not found", "/no-such-page/", 404),
                Arguments.of(db, "bad request", "/section/news/?page=abc", 400)));
    }

    @ParameterizedTest(name = "{1} page on {0}")
    @MethodSource("pages")
    void page_is_valid_html(TestDatabase db, String kind, String path, int status) {
        HttpResponse<String> response = TestSite.shared(db).get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(NuChecker.errors(response.body())).as(kind + " page " + path).isEmpty();
    }
}
