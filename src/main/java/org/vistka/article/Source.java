package org.vistka.article;

/** An outlet a story cites ("according to …"), with a page at {@code /source/{slug}/} listing the stories that cite it. */
public record Source(long id, String slug, String name, String homeUrl) {
    public String path() {
        return "/source/" + slug + "/";
    }
}
