package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that turn a CommonMark body into the safe HTML stored with a story. No database. */
class BodyRendererTest {
    private static final BodyRenderer RENDERER = new BodyRenderer();
    private static final Set<String> NEVER_ALLOWED = Set.of("script", "iframe", "frame", "style", "form", "input",
            "button", "object", "embed", "svg", "math", "link", "meta", "base", "video", "audio", "source");
    /** Attributes that make a browser fetch something, on any element. */
    private static final Set<String> LOADING_ATTRIBUTES = Set.of("src", "srcset", "background", "poster", "data",
            "action", "formaction", "style", "xlink:href");

    static Stream<Arguments> markdown() {
        return Stream.of(
                Arguments.of("Hello *world* and **news**.\n\nSecond paragraph.",
                        "<p>Hello <em>world</em> and <strong>news</strong>.</p><p>Second paragraph.</p>"),
                Arguments.of("> A quote\n> on two lines", "<blockquote><p>A quote\non two lines</p></blockquote>"),
                Arguments.of("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
                Arguments.of("1. first\n2. second", "<ol><li>first</li><li>second</li></ol>"),
                Arguments.of("## Heading\n\n### Subheading", "<h2>Heading</h2><h3>Subheading</h3>"),
                Arguments.of("# Title in the body", "<h2>Title in the body</h2>"),
                Arguments.of("<h1>Raw title</h1>", "<h2>Raw title</h2>"),
                Arguments.of("Tom & \"Jerry\" <3", "<p>Tom &amp; &#34;Jerry&#34; &lt;3</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdown")
    void markdown_renders_to_the_expected_html(String source, String expected) {
        assertThat(compact(render(source))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{{see-also 42}}", "Before.\n\n{{see-also 42}}\n\nAfter.", "  {{ see-also 42 }}  "})
    void see_also_on_its_own_line_becomes_one_marker(String source) {
        BodyRenderer.RenderedBody body = RENDERER.render(source);

        assertThat(SeeAlsoBlocks.targetsIn(body.html())).containsExactly(42L);
        assertThat(body.seeAlsoTargets()).containsExactly(42L);
        assertThat(Jsoup.parseBodyFragment(body.html()).select("aside.see-also")).hasSize(1);
        assertThat(Jsoup.parseBodyFragment(body.html()).text()).doesNotContain("see-also");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Read {{see-also 42}} next.", "`{{see-also 42}}`", "*{{see-also 42}}*"})
    void see_also_inside_a_sentence_stays_text(String source) {
        String html = render(source);

        assertThat(SeeAlsoBlocks.targetsIn(html)).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).select("aside")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("{{see-also 42}}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"java&#9;script:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "<iframe src=\"https://evil.example\">",
            "<img src=\"https://tracker.example/p.gif\">",
            "<img src=\"//tracker.example/p.gif\">",
            "<img src=\"/\\tracker.example/p.gif\">",
            "<img src=\"/&#9;/tracker.example/p.gif\">",
            "![pixel](https://tracker.example/p.gif)",
            "<style>body { background: url(https://tracker.example/p.gif) }</style>",
            "<form action=\"https://evil.example\"><input name=q><button formaction=\"https://evil.example\">Go</button></form>",
            "<p style=\"background:url(https://tracker.example/p.gif)\" onclick=\"alert(1)\">text</p>",
            "<svg onload=alert(1)><image href=\"https://tracker.example/p.gif\"/></svg>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x\">",
            "<video src=\"https://evil.example/v.mp4\" poster=\"https://evil.example/p.jpg\"></video>",
            "<link rel=stylesheet href=\"https://evil.example/s.css\"><meta http-equiv=refresh content=\"0;url=https://evil.example\">",
            "<base href=\"https://evil.example/\"><table background=\"https://evil.example/bg.png\"><tr><td>a</td></tr></table>",
            "<aside class=\"see-also\" data-article=\"7\" onmouseover=\"alert(1)\"></aside>"})
    void hostile_html_is_neutralised(String source) {
        String html = render(source);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName()).as(html).isNotIn(NEVER_ALLOWED);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).doesNotStartWithIgnoringCase("on");
                if (LOADING_ATTRIBUTES.contains(attribute.getKey())) {
                    // Browsers drop tabs and line breaks from addresses and read a backslash as a slash.
                    String address = attribute.getValue().replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
                    assertThat(address).as(html).startsWith("/").doesNotStartWith("//");
                }
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as(html).matches("(?i)(https?:|mailto:|/).*");
                }
            }
        }
    }

    @Test
    void links_keep_web_and_mail_targets_and_get_rel_noopener() {
        String html = render("[web](https://news.example/a) [plain](http://news.example/b) [mail](mailto:desk@news.example)"
                + " <a href=\"https://news.example/c\" rel=\"opener\" target=\"_blank\">raw</a>");

        List<Element> links = Jsoup.parseBodyFragment(html).select("a");
        assertThat(links).extracting(a -> a.attr("href"))
                .containsExactly("https://news.example/a", "http://news.example/b", "mailto:desk@news.example", "https://news.example/c");
        assertThat(links).allSatisfy(a -> assertThat(a.attr("rel").split(" ")).contains("noopener").doesNotContain("opener"));
    }

    @Test
    void same_site_image_is_kept() {
        Element image = Jsoup.parseBodyFragment(render("<img src=\"/media/a.jpg\" alt=\"A\">")).selectFirst("img");

        assertThat(image).isNotNull();
        assertThat(image.attr("src")).isEqualTo("/media/a.jpg");
        assertThat(image.attr("alt")).isEqualTo("A");
    }

    @Test
    void resolve_keeps_the_html_around_markers_and_drops_markers_of_stories_not_given() {
        ArticleSummary shown = new ArticleSummary(1, "shown", "Shown story", "", MediaKind.VIDEO,
                Instant.parse("2026-11-20T10:00:00Z"), new Section(1, "news", "News", ""), null);
        String html = "<p>Before</p>" + SeeAlsoBlocks.marker(1) + "<p>Middle</p>" + SeeAlsoBlocks.marker(2) + "<p>After</p>";

        List<BodyPart> parts = SeeAlsoBlocks.resolve(html, Map.of(1L, shown));

        assertThat(parts.stream().filter(BodyPart::isSeeAlso).map(BodyPart::seeAlso)).containsExactly(shown);
        assertThat(parts.stream().filter(p -> !p.isSeeAlso()).map(BodyPart::html).collect(Collectors.joining()))
                .isEqualTo("<p>Before</p><p>Middle</p><p>After</p>");
        assertThat(parts.get(0)).isEqualTo(BodyPart.html("<p>Before</p>"));
        assertThat(parts.get(1)).isEqualTo(BodyPart.seeAlso(shown));
        assertThat(SeeAlsoBlocks.resolve("<p>Only text</p>", Map.of(1L, shown))).containsExactly(BodyPart.html("<p>Only text</p>"));
        assertThat(SeeAlsoBlocks.resolve(SeeAlsoBlocks.marker(2), Map.of(1L, shown))).isEmpty();
    }

    private static String render(String source) {
        return RENDERER.render(source).html();
    }

    /** The HTML without the whitespace between tags, which no reader sees. */
    private static String compact(String html) {
        return html.replaceAll(">\\s+<", "><").strip();
    }
}
