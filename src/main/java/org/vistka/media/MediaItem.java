package org.vistka.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image in the media library: what was uploaded, the words that go with it (alt text for screen readers,
 * caption, credit) and its stored sizes, narrowest first. {@link #url()}, {@link #width()} and {@link #height()}
 * describe the largest size, the one to put in {@code src} with {@link #srcset()} beside it.
 *
 * @param originalWidth  the upload's width once turned upright, which may exceed the largest stored size
 * @param uploadedBy     the account that uploaded it, or null when none is known
 */
public record MediaItem(long id, String fileStem, String originalName, ImageKind kind, int originalWidth,
                        int originalHeight, long originalByteSize, String alt, String caption, String credit,
                        Long uploadedBy, Instant uploadedAt, List<MediaVariant> variants) {
    public MediaItem {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("media " + id + " has no stored size");
        }
        variants = variants.stream().sorted(Comparator.comparingInt(MediaVariant::width)).toList();
    }

    /** The widest stored size. */
    public MediaVariant largest() {
        return variants.getLast();
    }

    public String url() {
        return largest().url();
    }

    public int width() {
        return largest().width();
    }

    public int height() {
        return largest().height();
    }

    /** Every size for an {@code <img srcset>}: "/media/x-480.jpg 480w, /media/x-800.jpg 800w". */
    public String srcset() {
        return variants.stream().map(v -> v.url() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }
}
