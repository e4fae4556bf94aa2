package org.vistka.comment;

import java.time.Instant;

/** A comment ready to store, with the decision about it already made. */
public record NewComment(long articleId, Long parentId, Long threadId, int depth, CommentStatus status, String name,
                         String email, String website, String address, String text, String html, String reasons,
                         int spamPoints, String writerHash, String contentHash, Long accountId, Instant createdAt) {
}
