package org.vistka.comment;

import org.vistka.account.NewsroomLayout;

/** One comment for a moderator: edit it, or reply as the newsroom. */
public record ModeratePage(NewsroomLayout layout, HeldComment comment, String problem) {
}
