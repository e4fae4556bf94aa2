package org.vistka.share;

import java.util.List;

/**
 * The newsroom's sharing settings, stored as {@code share.*} settings.
 *
 * @param networks       the share links a story shows, in their order (may be empty: no share links at all)
 * @param floating       whether the links also float beside the story on wide screens
 * @param countThreshold a share count is shown once it reaches this number (a count of zero never is)
 * @param image          the image a shared link shows for a story without one of its own
 * @param logo           the publisher's logo in the story's structured data
 */
public record ShareSettings(List<ShareNetwork> networks, boolean floating, int countThreshold, ShareImage image,
                            ShareImage logo) {
    public static final List<ShareNetwork> DEFAULT_NETWORKS = List.of(ShareNetwork.values());
    public static final int DEFAULT_THRESHOLD = 10;
    public static final int MAX_THRESHOLD = 1_000_000;

    public ShareSettings {
        networks = List.copyOf(networks);
    }

    /** Whether a count is high enough to show. */
    public boolean shows(long count) {
        return count > 0 && count >= countThreshold;
    }
}
