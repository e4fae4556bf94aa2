package org.vistka.media;

/** One stored size of a library image: a file in the media folder, served at {@link #url()}. */
public record MediaVariant(int width, int height, String fileName, long byteSize) {
    /** Where the site serves this file. */
    public String url() {
        return "/media/" + fileName;
    }
}
