package org.vistka.share;

import java.util.List;

/**
 * What a page's head tells the networks and search engines that show a link to it: Open Graph and Twitter card
 * {@code <meta>} tags, and the schema.org JSON-LD, already serialized with {@code <} escaped so it cannot end its
 * script element.
 */
public record PageMetadata(List<Tag> tags, String jsonLd) {

    /** One {@code <meta>}: Open Graph tags are keyed by {@code property}, Twitter card tags by {@code name}. */
    public record Tag(boolean property, String key, String content) {
        static Tag property(String key, String content) {
            return new Tag(true, key, content);
        }

        static Tag name(String key, String content) {
            return new Tag(false, key, content);
        }
    }
}
