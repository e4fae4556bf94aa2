package org.vistka.feed;

import java.time.Instant;

/**
 * An approved comment as a feed shows it: the writer's name (never their email, which this record does not carry),
 * the sanitized text, when it was written, and the story it is on.
 */
record FeedComment(long id, String authorName, String bodyHtml, Instant createdAt, long storyId, String storyTitle, String storyPath) {
    /** Where the comment stands on its story's page. */
    String path() {
        return storyPath + "#comment-" + id;
    }

    /**
     * The comment's lasting name, as its feed entry's id: unlike {@link #path}, it stays the same when the story's
     * address changes (RFC 4287 asks that an entry's id never change), in the form WordPress gives comments.
     */
    String permanentPath() {
        return "/?p=" + storyId + "#comment-" + id;
    }
}
