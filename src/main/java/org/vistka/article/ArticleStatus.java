package org.vistka.article;

/** Where a story is in its life; only {@link #PUBLISHED} stories are visible to the public. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static ArticleStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
