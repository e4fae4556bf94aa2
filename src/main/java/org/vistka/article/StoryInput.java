package org.vistka.article;

import java.util.List;

/**
 * The editor form exactly as typed, kept as text so that a refused save shows the writer everything they wrote,
 * field by field, with the reasons beside it.
 */
public record StoryInput(String title, String standfirst, String body, String sectionId, String tags,
                         List<String> authorIds, List<String> sourceIds, String newSourceName, String newSourceUrl,
                         String mediaKind, String status, String publishAt, String slug, String imageId,
                         String imageAlt, String imageCaption, String imageCredit, boolean commentsOpen, String version) {

    public boolean hasAuthor(long id) {
        return authorIds.contains(String.valueOf(id));
    }

    public boolean hasSource(long id) {
        return sourceIds.contains(String.valueOf(id));
    }

    public boolean isSection(long id) {
        return String.valueOf(id).equals(sectionId);
    }
}
