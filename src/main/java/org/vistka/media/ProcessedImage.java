package org.vistka.media;

import java.util.List;

/**
 * An upload made ready to store: its upright size and its responsive sizes, smallest first, each a complete
 * file in {@code extension}'s format ("jpg" or "png").
 */
public record ProcessedImage(int width, int height, String extension, List<EncodedVariant> variants) {
    public ProcessedImage {
        variants = List.copyOf(variants);
    }

    /** One size of the picture, encoded. */
    public record EncodedVariant(int width, int height, byte[] bytes) {
    }
}
