package org.vistka.newsroom;

import java.util.List;
import org.vistka.account.NewsroomLayout;
import org.vistka.article.Revision;

/** A story's revisions, newest first, each with what it changed. {@code currentVersion} guards the Restore buttons. */
public record RevisionsPage(NewsroomLayout layout, long storyId, String title, int currentVersion, List<Entry> entries) {
    /** One revision and its changes against the one before. */
    public record Entry(Revision revision, List<RevisionDiff.FieldChange> changes) {
    }
}
