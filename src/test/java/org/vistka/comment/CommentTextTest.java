package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** How a reader's plain-text comment becomes the HTML under a story, and how many links it will hold. */
class CommentTextTest {
    private static final Set<String> ALLOWED = Set.of("p", "br", "a", "em", "strong", "code", "blockquote");
    private static final String LONG_WORD = "Віііііііііііііііііііііііііі".repeat(200);

    static Stream<Arguments> comments() {
        return Stream.of(
                // Paragraphs and line breaks.
                Arguments.of("One line", "<p>One line</p>"),
                Arguments.of("First line\nsecond line", "<p>First line<br />second line</p>"),
                Arguments.of("First paragraph.\n\nSecond paragraph.", "<p>First paragraph.</p><p>Second paragraph.</p>"),
                Arguments.of("\n\n  Spaces  \r\n \t\r\n\n\n  around  \n\n", "<p>Spaces</p><p>around</p>"),
                Arguments.of("Windows\r\nline\rends", "<p>Windows<br />line<br />ends</p>"),
                Arguments.of("", ""),
                Arguments.of(" \n\n\t ", ""),
                // The tags a reader may type.
                Arguments.of("<em>a</em> <strong>b</strong> <code>c</code>", "<p><em>a</em> <strong>b</strong> <code>c</code></p>"),
                Arguments.of("<EM class=\"x\" style=\"color:red\">loud</EM>", "<p><em>loud</em></p>"),
                Arguments.of("<blockquote>Quoted\n\ntwice</blockquote>My answer",
                        "<blockquote><p>Quoted</p><p>twice</p></blockquote><p>My answer</p>"),
                Arguments.of("He said <blockquote>no</blockquote> and left",
                        "<p>He said</p><blockquote><p>no</p></blockquote><p>and left</p>"),
                Arguments.of("<blockquote><blockquote>deep</blockquote></blockquote>",
                        "<blockquote><blockquote><p>deep</p></blockquote></blockquote>"),
                Arguments.of("<a href=\"https://news.example/a\">source</a>", "<p>" + a("https://news.example/a", "source") + "</p>"),
                Arguments.of("<a href='mailto:desk@news.example'>write</a>",
                        "<p>" + a("mailto:desk&#64;news.example", "write") + "</p>"),
                Arguments.of("<a onclick=\"alert(1)\" href=https://news.example target=_blank rel=opener>x</a>",
                        "<p>" + a("https://news.example", "x") + "</p>"),
                // Everything else is text, shown as typed.
                Arguments.of("<b>bold</b>", "<p>&lt;b&gt;bold&lt;/b&gt;</p>"),
                Arguments.of("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
                Arguments.of("<img src=x onerror=alert(1)>", "<p>&lt;img src&#61;x onerror&#61;alert(1)&gt;</p>"),
                Arguments.of("<iframe src=\"https://evil.example\"></iframe>", "<p>&lt;iframe src&#61;&#34;"
                        + a("https://evil.example", "https://evil.example") + "&#34;&gt;&lt;/iframe&gt;</p>"),
                Arguments.of("<p>not a paragraph</p><br>", "<p>&lt;p&gt;not a paragraph&lt;/p&gt;&lt;br&gt;</p>"),
                Arguments.of("&amp; &lt; \"quoted\" 'single' @", "<p>&amp;amp; &amp;lt; &#34;quoted&#34; &#39;single&#39; &#64;</p>"),
                Arguments.of("<em onmouseover=alert(1)>x", "<p><em>x</em></p>"),
                // Links to anything but http, https and mailto keep their text and lose the link.
                Arguments.of("<a href=\"javascript:alert(1)\">click</a>", "<p>click</p>"),
                Arguments.of("<a href=\" JaVaScRiPt:alert(1)\">click</a>", "<p>click</p>"),
                Arguments.of("<a href=\"java&#9;script:alert(1)\">click</a>", "<p>click</p>"),
                Arguments.of("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "<p>x</p>"),
                Arguments.of("<a href=\"vbscript:msgbox(1)\">x</a>", "<p>x</p>"),
                Arguments.of("<a href=\"//evil.example\">a</a> <a href=\"/\\evil.example\">b</a> <a href=\"../admin\">c</a>", "<p>a b c</p>"),
                Arguments.of("<a href=\"https://news.example@evil.example\">x</a>", "<p>x</p>"),
                Arguments.of("<a title=\" href=javascript:alert(1)\" href=\"https://news.example\">x</a>",
                        "<p>" + a("https://news.example", "x") + "</p>"),
                Arguments.of("<a>no address</a>", "<p>no address</p>"),
                // Nested, misnested and unclosed tags.
                Arguments.of("<em><strong>both</em> after</strong>", "<p><em><strong>both</strong></em> after</p>"),
                Arguments.of("<em>runs on\n\ninto the next</em>", "<p><em>runs on</em></p><p>into the next</p>"),
                Arguments.of("<blockquote>never closed", "<blockquote><p>never closed</p></blockquote>"),
                Arguments.of("stray</em> and </blockquote> closers", "<p>stray and  closers</p>"),
                Arguments.of("<a href=\"https://a.example\">one <a href=\"https://b.example\">two</a>",
                        "<p>" + a("https://a.example", "one &lt;a href&#61;&#34;https://b.example&#34;&gt;two") + "</p>"),
                Arguments.of("<em></em><blockquote> </blockquote>", ""),
                // Automatic links: punctuation after an address is not part of it.
                Arguments.of("see https://example.org/a.", "<p>see " + a("https://example.org/a", "https://example.org/a") + ".</p>"),
                Arguments.of("Really? https://example.org/a?b=1&c=2!", "<p>Really? "
                        + a("https://example.org/a?b&#61;1&amp;c&#61;2", "https://example.org/a?b&#61;1&amp;c&#61;2") + "!</p>"),
                Arguments.of("(see https://example.org/a)", "<p>(see " + a("https://example.org/a", "https://example.org/a") + ")</p>"),
                Arguments.of("(https://en.wikipedia.org/wiki/Kyiv_(city))", "<p>(" + a("https://en.wikipedia.org/wiki/Kyiv_%28city%29",
                        "https://en.wikipedia.org/wiki/Kyiv_(city)") + ")</p>"),
                Arguments.of("www.example.org, then http://x.example:8080/p;", "<p>" + a("https://www.example.org", "www.example.org")
                        + ", then " + a("http://x.example:8080/p", "http://x.example:8080/p") + ";</p>"),
                Arguments.of("«https://example.org/a»…", "<p>«" + a("https://example.org/a", "https://example.org/a") + "»…</p>"),
                Arguments.of("\"https://example.org/a\"", "<p>&#34;" + a("https://example.org/a", "https://example.org/a") + "&#34;</p>"),
                Arguments.of("write me@www.example.org or to https://", "<p>write me&#64;www.example.org or to https://</p>"),
                Arguments.of("ftp://example.org and javascript:alert(1)", "<p>ftp://example.org and javascript:alert(1)</p>"),
                Arguments.of("https://news.example\\@evil.example", "<p>https://news.example\\&#64;evil.example</p>"),
                Arguments.of("<code>https://example.org</code>", "<p><code>https://example.org</code></p>"),
                Arguments.of("<a href=\"https://a.example\">https://b.example</a>", "<p>" + a("https://a.example", "https://b.example") + "</p>"),
                // Cyrillic text and Cyrillic domain names.
                Arguments.of("Привіт, світе!\nДругий рядок", "<p>Привіт, світе!<br />Другий рядок</p>"),
                Arguments.of("Дивіться https://приклад.укр/новини.", "<p>Дивіться " + a("https://приклад.укр/новини",
                        "https://приклад.укр/новини") + ".</p>"),
                Arguments.of("Тут: www.пример.рф/статья, ось", "<p>Тут: " + a("https://www.пример.рф/статья", "www.пример.рф/статья")
                        + ", ось</p>"),
                // A very long word is kept whole; the stylesheet wraps it.
                Arguments.of(LONG_WORD, "<p>" + LONG_WORD + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comments")
    void comment_becomes_the_expected_html(String text, String html) {
        assertThat(CommentText.html(text)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=//evil.example></iframe>",
            "<style>body{display:none}</style>",
            "<!-- comment --> <![CDATA[x]]> <!DOCTYPE html>",
            "<b>bold</b> & <i>italic</i>",
            "<<strong",
            "&lt;script&gt; &#60;script&#62;"})
    void tags_outside_the_allowed_set_are_shown_exactly_as_typed(String text) {
        String html = CommentText.html(text);

        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo(text);
        assertThat(Jsoup.parseBodyFragment(html).body().select("*:not(body):not(p)")).isEmpty();
    }

    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\" style=\"x\" target=\"_blank\">x</a>",
                "<a href=\"https://ok.example\"\nonclick=alert(1)>x</a>",
                "<a href=https://ok.example/\" onclick=\"alert(1)\">x</a>",
                "<a href=\"https://ok.example/\"onclick=\"alert(1)\">x</a>",
                "<a href=\"https://ok.example/\"><em>x</a></em><strong>",
                "<em><blockquote><strong><code><a href=\"https://ok.example\">mix</em></blockquote>",
                "https://ok.example/\"><script>alert(1)</script>",
                "https://ok.example/<img/src/onerror=alert(1)>",
                "www.ok.example/'onmouseover='alert(1)'",
                "<a href=\"https://ok.example/&quot;onmouseover=&quot;alert(1)\">x</a>",
                "<a href=\"https://ok.example\u0000x\">nul</a>\u0000<em\u0000>",
                "<blockquote>".repeat(100) + "deep" + "</blockquote>".repeat(100),
                "<em>".repeat(100) + "deep",
                "<a href=\"https://ok.example\">" + "</a>".repeat(5) + "<a href=\"//evil.example\">" + "<a>".repeat(3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostile_input_gives_well_formed_html_with_only_the_allowed_elements_and_attributes(String text) {
        String html = CommentText.html(text);

        // A fragment that parses as XML has every element closed and properly nested.
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<div>" + html + "</div>")))).as(html).doesNotThrowAnyException();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(element.tagName()).as(html).isIn(ALLOWED);
            for (Attribute attribute : element.attributes()) {
                assertThat(element.tagName() + " " + attribute.getKey()).as(html).isIn("a href", "a rel");
            }
            if (element.tagName().equals("a")) {
                assertThat(element.attr("href")).as(html).matches("(https?://[^/\\\\\\s].*|mailto:.+)");
                assertThat(element.attr("rel")).as(html).isEqualTo("nofollow ugc noopener");
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "onclick=", "onerror=", "onmouseover=");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                                                                  | 0",
            "No links here, just www. and http:// and example.org             | 0",
            "One https://example.org                                          | 1",
            "www.example.org and https://example.org/a.                       | 2",
            "<a href=\"https://a.example\">typed</a> and https://b.example    | 2",
            "<a href=\"https://a.example\">https://b.example</a>              | 1",
            "<a href=\"javascript:alert(1)\">x</a> <a href=\"//e.example\">y</a> | 0",
            "<code>https://a.example</code> https://b.example                 | 1",
            "<a href=\"mailto:desk@news.example\">mail</a> desk@news.example | 1",
            "https://приклад.укр https://bit.ly/x https://t.co/y http://pills.top | 4",
            "&lt;a href=\"https://a.example\"&gt;                               | 1"})
    void link_count_is_the_number_of_links_the_html_will_hold(String text, int links) {
        assertThat(CommentText.linkCount(text)).isEqualTo(links);
        assertThat(Jsoup.parseBodyFragment(CommentText.html(text)).select("a")).hasSize(links);
    }

    @Test
    void a_reader_who_types_a_script_sees_exactly_that_text() {
        String html = CommentText.html("Try <script>alert(1)</script> & see");

        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("Try <script>alert(1)</script> & see");
        assertThat(Jsoup.parseBodyFragment(html).select("script")).isEmpty();
    }

    @Test
    void huge_and_hostile_input_is_rendered_in_linear_time() {
        String[] inputs = {
                "<a " + "x=1 ".repeat(20_000),
                "<a".repeat(50_000),
                "https://example.org/" + ")".repeat(100_000),
                "www.".repeat(50_000),
                "<em>".repeat(50_000),
                "<blockquote>".repeat(50_000),
                "x".repeat(200_000),
                "a\n".repeat(100_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String input : inputs) {
                CommentText.html(input);
            }
        });
    }

    private static String a(String href, String text) {
        return "<a href=\"" + href + "\" rel=\"nofollow ugc noopener\">" + text + "</a>";
    }
}
