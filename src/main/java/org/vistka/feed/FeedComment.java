package org.vistka.feed;

import java.time.Instant;

/**
 * An approved comment as a feed shows it: the writer's name (never their email, which this record does not carry),
 * the sanitized text, when it was written, and the story it is on.
 */
record FeedComment(long id, String authorName, String bodyHtml, Instant createdAt, String storyTitle, String storyPath) {
    /** Where the comment stands on its story's page. */
    String path() {
        return storyPath + "#comment-" + id;
    }
}
