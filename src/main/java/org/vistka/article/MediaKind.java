package org.vistka.article;

/** What kind of story it is; video and photo stories carry a badge wherever they are linked. */
public enum MediaKind {
    TEXT(null), VIDEO("Video"), PHOTO("Photo");

    private final String badge;

    MediaKind(String badge) {
        this.badge = badge;
    }

    /** The badge shown beside links to such a story, or null for plain text stories. */
    public String badge() {
        return badge;
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static MediaKind fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
