package org.vistka.comment;

/** Where a comment stands: readers see only approved ones (and their own pending ones). */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String dbValue() {
        return name().toLowerCase();
    }

    public static CommentStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
