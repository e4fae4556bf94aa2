package org.vistka.newsroom;

import java.util.List;
import java.util.Optional;
import org.vistka.article.FeaturedImage;
import org.vistka.media.MediaLibrary;

/** The editor's view of the media library: a chosen image becomes a featured image with all its sizes. */
final class LibraryImages implements FeaturedImages {
    private final MediaLibrary library;

    LibraryImages(MediaLibrary library) {
        this.library = library;
    }

    @Override
    public List<ImageChoice> recent(int limit) {
        return library.list("", 0, limit).stream()
                .map(item -> new ImageChoice(item.id(), item.variants().getFirst().url(), item.alt(), item.originalName())).toList();
    }

    @Override
    public Optional<FeaturedImage> featured(long mediaId, String alt, String caption, String credit) {
        return library.find(mediaId).map(item -> new FeaturedImage(item.url(), item.width(), item.height(), alt,
                caption.isEmpty() ? item.caption() : caption, credit.isEmpty() ? item.credit() : credit, item.id(), item.srcset()));
    }
}
