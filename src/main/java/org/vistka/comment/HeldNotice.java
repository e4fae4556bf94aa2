package org.vistka.comment;

import java.util.Objects;

/**
 * One comment held for moderation, as a moderator's email describes it. It carries no email address on purpose:
 * the commenter's address stays in the database and the newsroom, and never travels by mail.
 *
 * @param storyTitle the title of the story the comment is on
 * @param authorName the name the commenter gave
 * @param excerpt    the comment's text; the email shows its beginning
 * @param reason     why it was held, in a sentence a moderator reads
 */
public record HeldNotice(String storyTitle, String authorName, String excerpt, String reason) {
    public HeldNotice {
        Objects.requireNonNull(storyTitle, "storyTitle");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(reason, "reason");
    }
}
