package org.vistka.newsroom;

/** A media-library image the editor offers as a featured image. */
public record ImageChoice(long id, String url, String alt, String originalName) {
}
