package org.vistka.article;

import java.time.Instant;
import java.util.List;

/**
 * A story as the newsroom edits it, whatever its status: its stored fields, the version a save must name, who
 * created it, and its tags by name.
 */
public record EditableStory(long id, int version, Long createdBy, NewArticle fields, List<String> tagNames,
                            Instant updatedAt) {
    public ArticleStatus status() {
        return fields.status();
    }
}
