package org.vistka.comment;

import java.util.List;

/**
 * The newsroom's rules for comments, the ones a WordPress newsroom knows and a few more against floods. Stored as
 * {@code comment.*} settings; {@link #DEFAULTS} holds the values a new site starts with.
 *
 * @param closeAfterDays     comments close this many days after publication (0: never)
 * @param holdFirst          hold a writer's comments until one of theirs was approved
 * @param holdAtLinks        hold a comment with at least this many links (0: never for links)
 * @param maxPerStory        no more comments on a story than this (0: no limit)
 * @param minFormSeconds     a form sent back sooner than this after it was served came from a machine
 * @param secondsBetween     one comment per this many seconds from one address or one email
 * @param perHour            at most this many comments an hour from one address or one email
 * @param slowModeCount      a story receiving this many comments within {@code slowModeMinutes} holds new ones
 * @param keepAddressDays    network addresses are erased from comments after this many days
 */
public record CommentSettings(boolean open, int closeAfterDays, boolean requireNameAndEmail, boolean holdAll,
                              boolean holdFirst, int holdAtLinks, List<String> moderationWords,
                              List<String> disallowedWords, int maxPerStory, int threadDepth, int perPage,
                              int minFormSeconds, int secondsBetween, int perHour, int slowModeCount,
                              int slowModeMinutes, int keepAddressDays) {

    public static final CommentSettings DEFAULTS = new CommentSettings(true, 0, true, false, true, 2, List.of(), List.of(),
            0, 5, 50, 3, 15, 20, 30, 10, 30);
}
