package org.vistka.share;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds what a share address carries of a story, from the story alone: its canonical address, its title and one of
 * its own images. Image 0 is the featured image (the site's default share image when the story has none); image n is
 * the n-th image of its body. Nothing a reader sends goes into it but that number. Stateless.
 */
final class ShareTargets {
    private ShareTargets() {
    }

    /** The story as shared with image {@code image}, or empty when the story has no such image. */
    static Optional<SharedStory> of(ShareableStory story, int image, String baseUrl, Supplier<ShareImage> fallback) {
        String url = baseUrl + story.path();
        if (image == 0) {
            boolean own = story.imagePath() != null;
            String path = own ? story.imagePath() : fallback.get().path();
            return Optional.of(new SharedStory(url, story.title(), baseUrl + path, describe(own ? story.imageAlt() : null, story.title())));
        }
        List<BodyImages.Image> images = BodyImages.in(story.bodyHtml());
        if (image > images.size()) {
            return Optional.empty();
        }
        BodyImages.Image chosen = images.get(image - 1);
        return Optional.of(new SharedStory(url, story.title(), baseUrl + chosen.src(), describe(chosen.alt(), story.title())));
    }

    /** A pin is described by its image's alt text, which says what it shows, or else by the story's title. */
    private static String describe(String alt, String title) {
        return alt == null || alt.isBlank() ? title : alt;
    }
}
