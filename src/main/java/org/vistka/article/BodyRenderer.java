package org.vistka.article;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an article body written in CommonMark into the safe HTML that pages show. Runs once when a story is
 * saved, never per view.
 *
 * <p>A paragraph that is exactly {@code {{see-also 42}}} becomes a See-also marker naming story 42; the page
 * fills in that story's current title when it is shown ({@link SeeAlsoBlocks}). Raw HTML in the body (common
 * in stories imported from elsewhere) passes through the OWASP sanitizer with the rest: only the elements an
 * article needs survive, links keep http(s) and mailto targets only, and images only from this site, so a body
 * can never make a reader's browser contact another host. Thread-safe.
 */
public final class BodyRenderer {
    private static final Pattern SEE_ALSO_SOURCE = Pattern.compile("\\{\\{\\s*see-also\\s+(\\d{1,18})\\s*}}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "b", "i",
                    "code", "pre", "hr", "br", "figure", "figcaption", "cite", "q", "sub", "sup", "s", "del",
                    "ins", "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "img", "aside")
            // The page's one h1 is the headline: headings inside the body start at h2.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src").matching(Pattern.compile("/[^/\\\\].*")).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowAttributes("class").matching(Pattern.compile("see-also")).onElements("aside")
            .allowAttributes("data-article").matching(Pattern.compile("\\d{1,18}")).onElements("aside")
            .allowAttributes("start").onElements("ol")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private final Parser parser = Parser.builder().postProcessor(BodyRenderer::markSeeAlsoParagraphs).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /** The sanitized HTML of a CommonMark body, with See-also markers where the source names other stories. */
    public RenderedBody render(String source) {
        String html = POLICY.sanitize(renderer.render(parser.parse(source)));
        return new RenderedBody(html, SeeAlsoBlocks.targetsIn(html));
    }

    /** The stories that a body's source names in See-also blocks, before any rendering. */
    public static Set<Long> seeAlsoTargets(String source) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = SEE_ALSO_SOURCE.matcher(source);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static Node markSeeAlsoParagraphs(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                Node only = paragraph.getFirstChild();
                if (only instanceof Text text && only.getNext() == null) {
                    Matcher matcher = SEE_ALSO_SOURCE.matcher(text.getLiteral().strip());
                    if (matcher.matches()) {
                        HtmlBlock marker = new HtmlBlock();
                        marker.setLiteral(SeeAlsoBlocks.marker(Long.parseLong(matcher.group(1))));
                        paragraph.insertBefore(marker);
                        paragraph.unlink();
                        return;
                    }
                }
                visitChildren(paragraph);
            }
        });
        return document;
    }

    /** A body ready to store: its HTML and the stories it names in See-also blocks. */
    public record RenderedBody(String html, Set<Long> seeAlsoTargets) {
    }
}
