package org.vistka.feed;

/**
 * How the newsroom's feeds present stories: the full text of each, or its standfirst only (the default: most
 * newsrooms want readers to open the story on their own site, where its comments and corrections live), and how
 * many of the newest items a feed holds.
 */
public record FeedSettings(boolean fullText, int items) {
    public static final FeedSettings DEFAULTS = new FeedSettings(false, 20);
    public static final int MAX_ITEMS = 100;
}
