package org.vistka.comment;

import java.util.List;
import org.vistka.account.NewsroomLayout;

/** One commenter's comments, found by email, with the export and erase actions. */
public record WriterPage(NewsroomLayout layout, String email, List<HeldComment> comments, String erasedCount) {
    public String exportUrl() {
        return "/newsroom/comment-writers/export/?email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
    }
}
