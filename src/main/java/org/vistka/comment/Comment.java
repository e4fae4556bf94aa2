package org.vistka.comment;

import java.time.Instant;

/**
 * A comment as readers see it. It carries no email address: the page cannot show what it does not have.
 * {@code avatarInitials} and {@code avatarClass} draw the writer's avatar; {@code byNewsroom} marks a reply from the
 * newsroom itself.
 */
public record Comment(long id, Long parentId, int depth, CommentStatus status, String authorName, String authorUrl,
                      String bodyHtml, Instant createdAt, boolean byNewsroom, String avatarInitials, String avatarClass) {
    public boolean held() {
        return status == CommentStatus.PENDING;
    }
}
