package org.vistka.comment;

import java.util.List;
import java.util.Map;
import org.vistka.account.NewsroomLayout;

/** The moderation queue: one status's comments, the counts of every status, the filters, and the stories in slow mode. */
public record QueuePage(NewsroomLayout layout, CommentStatus status, Map<CommentStatus, Integer> counts, Long storyId,
                        String text, List<HeldComment> comments, int page, boolean hasNext, List<String> slowStories) {
    public String tabUrl(CommentStatus tab) {
        return "/newsroom/comments/?status=" + tab.dbValue() + (storyId == null ? "" : "&story=" + storyId);
    }

    public String selfUrl() {
        return tabUrl(status) + (text.isEmpty() ? "" : "&q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                + (page > 1 ? "&page=" + page : "");
    }

    public List<CommentStatus> statuses() {
        return List.of(CommentStatus.values());
    }
}
