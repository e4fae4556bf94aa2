package org.vistka.comment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vistka.storage.ContentChanges;

/** What a change to the comments of some stories changes on the public site: their pages and the comment feeds. */
final class CommentChanges {
    private CommentChanges() {
    }

    static Set<String> on(List<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return Set.of();
        }
        Set<String> tags = new HashSet<>();
        tags.add(ContentChanges.ALL_COMMENTS);
        storyIds.forEach(id -> tags.add(ContentChanges.comments(id)));
        return tags;
    }
}
