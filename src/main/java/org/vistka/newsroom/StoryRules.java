package org.vistka.newsroom;

import java.util.EnumSet;
import java.util.Set;
import org.vistka.account.Account;
import org.vistka.account.Permission;
import org.vistka.article.ArticleStatus;
import org.vistka.article.EditableStory;

/**
 * Who may do what to a story. Editors and administrators may change any story; authors their own, in any
 * status; contributors only their own drafts. A story is one's own when one created it or is in its byline.
 */
public final class StoryRules {
    private StoryRules() {
    }

    public static boolean isOwn(Account account, EditableStory story) {
        return (story.createdBy() != null && story.createdBy() == account.id())
                || (account.authorId() != null && story.fields().authorIds().contains(account.authorId()));
    }

    public static boolean canEdit(Account account, EditableStory story) {
        if (account.can(Permission.EDIT_ANY_STORY)) {
            return true;
        }
        if (!account.can(Permission.WRITE_STORIES) || !isOwn(account, story)) {
            return false;
        }
        return account.can(Permission.PUBLISH_OWN) || story.status() == ArticleStatus.DRAFT;
    }

    /** The statuses this member may give a story ({@code story} null: a new one). */
    public static Set<ArticleStatus> statuses(Account account, EditableStory story) {
        boolean own = story == null || isOwn(account, story);
        if (account.can(Permission.PUBLISH_ANY_STORY) || (own && account.can(Permission.PUBLISH_OWN))) {
            return EnumSet.allOf(ArticleStatus.class);
        }
        return EnumSet.of(ArticleStatus.DRAFT);
    }

    public static boolean canCorrect(Account account) {
        return account.can(Permission.PUBLISH_ANY_STORY);
    }
}
