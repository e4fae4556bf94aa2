package org.vistka.article;

/** A part of the site a story belongs to (News, Politics, War…), with its page at {@code /section/{slug}/}. */
public record Section(long id, String slug, String name, String description) {
    public String path() {
        return "/section/" + slug + "/";
    }
}
