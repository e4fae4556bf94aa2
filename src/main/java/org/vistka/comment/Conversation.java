package org.vistka.comment;

import java.util.List;

/** One page of a story's comments, in thread order, with the number of approved comments for the heading. */
public record Conversation(int approvedCount, List<Comment> comments, int page, boolean hasMore) {
}
