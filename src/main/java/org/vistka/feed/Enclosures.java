package org.vistka.feed;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vistka.article.FeaturedImage;
import org.vistka.media.MediaFiles;

/**
 * A story's featured image as a feed enclosure, which must state the file's type and its exact length in bytes.
 * Featured images are files of the media folder served at {@code /media/{file}}; a stored file never changes under
 * its name, so its size read here is its size for good. An image whose file is missing gets no enclosure rather than
 * a wrong length. Thread-safe.
 */
final class Enclosures {
    private final Path mediaDir;

    Enclosures(Path mediaDir) {
        this.mediaDir = mediaDir;
    }

    Optional<SyndEnclosure> of(FeaturedImage image, String baseUrl) {
        if (image == null || !image.url().startsWith("/media/")) {
            return Optional.empty();
        }
        String name = image.url().substring("/media/".length());
        String type = MediaFiles.contentType(name);
        Path file = mediaDir.resolve(name);
        if (type == null || name.contains("/") || name.contains("\\") || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(baseUrl + image.url());
            enclosure.setType(type);
            enclosure.setLength(Files.size(file));
            return Optional.of(enclosure);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
