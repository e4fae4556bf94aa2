package org.vistka.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vistka.web.App;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;

/**
 * Serves the images under the data folder's {@code media/} at {@code /media/{file}}. Names are plain file names
 * (no folders), so no request can reach outside the folder; a stored file never changes under its name, so it
 * may be cached for a long time.
 */
public final class MediaFiles implements Routes {
    private final Path mediaDir;

    public MediaFiles(Path mediaDir) {
        this.mediaDir = mediaDir;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/media/{file}", this::serve);
    }

    private void serve(Context ctx) {
        String name = ctx.pathParam("file");
        String type = contentType(name);
        Path file = mediaDir.resolve(name);
        if (type == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}") || !Files.isRegularFile(file)) {
            throw HttpProblem.notFound();
        }
        try {
            ctx.header(Header.CACHE_CONTROL, "public, max-age=2592000");
            ctx.contentType(type);
            ctx.result(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type of an image file by its name, or null for a name the media folder cannot hold. */
    public static String contentType(String name) {
        String lower = name.toLowerCase();
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return lower.endsWith(".webp") ? "image/webp" : null;
    }
}
