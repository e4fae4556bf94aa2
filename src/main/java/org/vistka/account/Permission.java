package org.vistka.account;

/** One thing a newsroom member may be allowed to do; {@link Role} says who may. */
public enum Permission {
    /** Write stories and edit one's own drafts. */
    WRITE_STORIES,
    /** Publish, schedule and unpublish one's own stories. */
    PUBLISH_OWN,
    /** Edit any member's stories, whatever their status. */
    EDIT_ANY_STORY,
    /** Publish, schedule, unpublish and correct any story. */
    PUBLISH_ANY_STORY,
    /** Approve, hold and remove readers' comments. */
    MODERATE_COMMENTS,
    /** Upload images and describe them in the media library. */
    USE_MEDIA,
    /** Create members, change their roles, deactivate them. */
    MANAGE_USERS,
    /** Change the site's settings. */
    MANAGE_SETTINGS,
    /** Read the audit log. */
    READ_AUDIT_LOG
}
