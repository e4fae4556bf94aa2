package org.vistka.article;

/**
 * The image shown at the top of a story and in lists, with the words a reader and a screen reader need.
 * {@code mediaId} names the media-library image it came from and {@code srcset} lists its responsive sizes; both
 * are null for an image given by address alone.
 */
public record FeaturedImage(String url, int width, int height, String alt, String caption, String credit,
                            Long mediaId, String srcset) {
    public FeaturedImage(String url, int width, int height, String alt, String caption, String credit) {
        this(url, width, height, alt, caption, credit, null, null);
    }
}
