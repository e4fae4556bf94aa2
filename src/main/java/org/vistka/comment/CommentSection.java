package org.vistka.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the article page shows under the story: the conversation (one page of threads), and the form, or why
 * comments are closed. {@code input} and {@code problems} refill the form after a refusal; {@code replyTo} is the
 * comment the form answers (null: a new thread).
 */
public record CommentSection(long articleId, String articlePath, String closedReason, Conversation conversation,
                             String formToken, CommentInput input, Map<String, String> problems, Comment replyTo,
                             int threadDepth, boolean requireNameAndEmail, String notice) {

    public boolean open() {
        return closedReason == null;
    }

    public String heading() {
        int n = conversation.approvedCount();
        return n == 0 ? "No comments yet" : n == 1 ? "1 Comment" : n + " Comments";
    }

    /** Whether a Reply link goes under this comment: not on held ones, not past the newsroom's thread depth. */
    public boolean canReplyTo(Comment comment) {
        return open() && !comment.held() && comment.depth() + 1 < threadDepth;
    }

    public String invalid(String field) {
        return problems.containsKey(field) ? "true" : "false";
    }

    public String describedBy(String field) {
        return problems.containsKey(field) ? field + "-error" : null;
    }

    /** The comments with the depth each is drawn at, in reading order. */
    public List<Comment> comments() {
        return new ArrayList<>(conversation.comments());
    }

    public String pageUrl(int page) {
        return articlePath + (page == 1 ? "" : "?cpage=" + page) + "#comments";
    }
}
