package org.vistka.article;

/** A subject label on stories, with a page at {@code /tag/{slug}/}. */
public record Tag(long id, String slug, String name) {
    public String path() {
        return "/tag/" + slug + "/";
    }
}
