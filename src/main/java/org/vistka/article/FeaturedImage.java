package org.vistka.article;

/** The image shown at the top of a story and in lists, with the words a reader and a screen reader need. */
public record FeaturedImage(String url, int width, int height, String alt, String caption, String credit) {
}
