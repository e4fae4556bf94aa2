package org.vistka.article;

/** A journalist named in bylines, with a page at {@code /author/{slug}/} listing their stories. */
public record Author(long id, String slug, String name, String bio, String photoUrl) {
    public String path() {
        return "/author/" + slug + "/";
    }
}
