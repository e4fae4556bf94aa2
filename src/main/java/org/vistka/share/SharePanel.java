package org.vistka.share;

import java.util.List;

/**
 * The sharing parts of an article page: the links under the story (and beside it on wide screens when
 * {@code floating}), the after-reading prompt, the story's total shares (null while below the threshold) and the
 * link that pins its featured image.
 */
public record SharePanel(long articleId, String url, String title, List<ShareLink> links, boolean floating, String total,
                         String featuredPin) {
}
