package org.vistka.comment;

/** A comment form as the reader filled it in, kept as typed so that a refused comment loses nothing. */
public record CommentInput(String text, String name, String email, String website, Long parentId) {
    public static final CommentInput EMPTY = new CommentInput("", "", "", "", null);
}
