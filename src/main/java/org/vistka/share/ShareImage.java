package org.vistka.share;

import java.util.Optional;

/**
 * An image the share metadata names when a story has none of its own (the site's default share image) and the
 * publisher's logo: its address on this site and its real size in pixels. {@code mediaId} is the media-library
 * image it came from, or null for the built-in one.
 */
public record ShareImage(String path, int width, int height, Long mediaId) {

    /** The stored form of a chosen library image: {@code "<media id> <path> <width> <height>"}. */
    String toSetting() {
        return mediaId + " " + path + " " + width + " " + height;
    }

    /** A stored image, or empty when the value is missing or damaged (the built-in image is used then). */
    static Optional<ShareImage> fromSetting(String value) {
        if (value == null || !value.matches("\\d{1,18} /media/[A-Za-z0-9][A-Za-z0-9._-]{0,200} \\d{1,5} \\d{1,5}")) {
            return Optional.empty();
        }
        String[] parts = value.split(" ");
        return Optional.of(new ShareImage(parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Long.parseLong(parts[0])));
    }
}
