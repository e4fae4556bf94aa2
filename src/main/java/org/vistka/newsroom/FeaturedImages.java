package org.vistka.newsroom;

import java.util.List;
import java.util.Optional;
import org.vistka.article.FeaturedImage;

/** What the editor needs of the media library: recent images to choose from, and a chosen one as a featured image. */
public interface FeaturedImages {
    List<ImageChoice> recent(int limit);

    /** The library image {@code mediaId} with the story's own alt text, caption and credit; empty if there is none. */
    Optional<FeaturedImage> featured(long mediaId, String alt, String caption, String credit);
}
