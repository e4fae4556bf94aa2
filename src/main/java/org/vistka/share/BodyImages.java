package org.vistka.share;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;

/**
 * The images in a story's body, numbered from 1 in the order they stand, and a "Pin It" link over each.
 *
 * <p>Works on the HTML that the article sanitizer produced when the story was saved, read back as a stream of tags by
 * the same OWASP library and written out again by its encoder, so no HTML is ever pieced together from strings. An
 * image inside a link gets no pin link (a link may not hold another) but keeps its number. Thread-safe.
 */
final class BodyImages {
    static final String PIN_TEXT = "Pin It on Pinterest";

    private BodyImages() {
    }

    /** The body's images in order: each one's address on this site and its alt text. */
    static List<Image> in(String html) {
        List<Image> images = new ArrayList<>();
        if (html.contains("<img")) {
            HtmlSanitizer.sanitize(html, new Events(null) {
                @Override
                public void openTag(String name, List<String> attributes) {
                    if (name.equals("img")) {
                        images.add(new Image(attribute(attributes, "src"), attribute(attributes, "alt")));
                    }
                }
            });
        }
        return images;
    }

    /**
     * {@code html} with a pin link after each image, numbered on from {@code before} images in earlier parts of the
     * same body; {@code href} gives the link of image number n.
     */
    static Pinned withPinLinks(String html, int before, IntFunction<String> href) {
        if (!html.contains("<img")) {
            return new Pinned(html, 0);
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, problem -> {
            throw new IllegalStateException("stored body HTML no longer renders: " + problem);
        });
        int[] count = {0};
        HtmlSanitizer.sanitize(html, new Events(renderer) {
            private int linkDepth;

            @Override
            public void openTag(String name, List<String> attributes) {
                if (name.equals("a")) {
                    linkDepth++;
                }
                if (!name.equals("img")) {
                    super.openTag(name, attributes);
                    return;
                }
                count[0]++;
                if (linkDepth > 0) {
                    super.openTag(name, attributes);
                    return;
                }
                super.openTag("span", List.of("class", "pin-frame"));
                super.openTag(name, attributes);
                super.openTag("a", List.of("class", "pin-it", "href", href.apply(before + count[0]), "rel", "nofollow noopener",
                        "target", "_blank"));
                super.text(PIN_TEXT);
                super.closeTag("a");
                super.closeTag("span");
            }

            @Override
            public void closeTag(String name) {
                if (name.equals("a")) {
                    linkDepth--;
                }
                super.closeTag(name);
            }
        });
        return new Pinned(out.toString(), count[0]);
    }

    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return "";
    }

    /** An image in a body: where this site serves it and its alt text (empty when it has none). */
    record Image(String src, String alt) {
    }

    /** A part of a body with its pin links, and how many images it holds. */
    record Pinned(String html, int images) {
    }

    /** Passes every event on to {@code target}, or drops them when it is null. */
    private static class Events implements HtmlSanitizer.Policy {
        private final HtmlStreamEventReceiver target;

        Events(HtmlStreamEventReceiver target) {
            this.target = target;
        }

        @Override
        public void openDocument() {
            if (target != null) {
                target.openDocument();
            }
        }

        @Override
        public void closeDocument() {
            if (target != null) {
                target.closeDocument();
            }
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (target != null) {
                target.openTag(name, attributes);
            }
        }

        @Override
        public void closeTag(String name) {
            if (target != null) {
                target.closeTag(name);
            }
        }

        @Override
        public void text(String text) {
            if (target != null) {
                target.text(text);
            }
        }
    }
}
