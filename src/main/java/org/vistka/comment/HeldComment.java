package org.vistka.comment;

import java.time.Instant;
import java.util.List;

/** A comment as moderators see it: everything about it, the story it is on, and why it is where it is. */
public record HeldComment(long id, long articleId, String storyTitle, String storyPath, CommentStatus status,
                          String authorName, String authorEmail, String authorUrl, String address, String text,
                          Instant createdAt, List<String> reasons, int spamPoints) {
}
