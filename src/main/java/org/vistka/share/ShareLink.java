package org.vistka.share;

/**
 * One link of a story's share panel: its network, where it points (the counting redirect, or the story itself for
 * Copy link) and the count to show beside it (null while the count is below the newsroom's threshold).
 */
public record ShareLink(ShareNetwork network, String href, String count) {
    public boolean isCopy() {
        return network == ShareNetwork.COPY;
    }

    /** Email opens the reader's mail program and Copy link stays on the page; the networks open in a new tab. */
    public boolean opensTab() {
        return network != ShareNetwork.COPY && network != ShareNetwork.EMAIL;
    }
}
