package org.vistka.newsroom;

import org.vistka.account.NewsroomFrame;
import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.media.ImageInspector;
import org.vistka.media.MediaItem;
import org.vistka.media.MediaLibrary;
import org.vistka.media.UploadRefused;
import org.vistka.settings.SettingsStore;
import org.vistka.web.App;
import org.vistka.web.BodyLimit;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/** The media library: browse and search images, upload new ones, and keep their alt text, caption and credit. */
final class MediaRoutes implements Routes {
    private static final int PAGE_SIZE = 24;
    /** Room in an upload's request for the form's other fields and the multipart framing around them. */
    private static final long FIELDS_BYTES = 64 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    private final MediaLibrary library;
    private final SettingsStore settings;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    MediaRoutes(MediaLibrary library, SettingsStore settings, AuditLog audit, NewsroomFrame frame, Html html) {
        this.library = library;
        this.settings = settings;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/media/", ctx -> show(ctx, null, MediaPage.Upload.EMPTY, 200));
        routes.post("/newsroom/media/", this::upload);
        routes.post("/newsroom/media/{id}/", this::describe);
    }

    /**
     * An upload's request may be as large as the upload limit allows, as the setting stands when it arrives; a larger
     * one is refused before it is read, so the words typed with it are lost, and the refusal names the limit.
     */
    @Override
    public List<BodyLimit> bodyLimits() {
        return List.of(BodyLimit.at("/newsroom/media/", () -> settings.site().uploadLimitMb() * MEGABYTE + FIELDS_BYTES,
                bytes -> "This file is larger than the upload limit of " + (bytes - FIELDS_BYTES) / MEGABYTE
                        + " MB, so it was not read. Choose a smaller image, or ask an administrator to raise the limit in Settings."));
    }

    private void show(Context ctx, String problem, MediaPage.Upload typed, int status) {
        NewsroomGuard.require(ctx, Permission.USE_MEDIA);
        String query = TextInput.singleLine(ctx.queryParam("q"));
        int page = PageNumber.parse(ctx.queryParam("page"));
        List<MediaItem> items = library.list(query, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        ctx.status(status);
        html.render(ctx, "newsroom/media.jte", new MediaPage(frame.layout(ctx, "Media library"), query,
                items.size() > PAGE_SIZE ? items.subList(0, PAGE_SIZE) : items, page, items.size() > PAGE_SIZE,
                settings.site().uploadLimitMb(), problem, typed));
    }

    private void upload(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.USE_MEDIA);
        MediaPage.Upload typed = new MediaPage.Upload(TextInput.singleLine(ctx.formParam("alt")),
                TextInput.singleLine(ctx.formParam("caption")), TextInput.singleLine(ctx.formParam("credit")));
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            show(ctx, "Choose an image file to upload.", typed, 400);
            return;
        }
        if (typed.alt().isEmpty() || typed.alt().length() > 300) {
            show(ctx, "Describe the image for readers who cannot see it (alt text, at most 300 characters).", typed, 400);
            return;
        }
        long limit = settings.site().uploadLimitMb() * MEGABYTE;
        try (InputStream in = file.content()) {
            ImageInspector.checkSize(file.size(), limit);
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            MediaItem item = library.upload(file.filename(), bytes, me.account().id(), limit);
            library.describe(item.id(), typed.alt(), typed.caption(), typed.credit());
            audit.record(me.account().id(), "image-uploaded", "media", item.id(), "uploaded " + item.originalName());
            ctx.redirect("/newsroom/media/?done=uploaded", HttpStatus.SEE_OTHER);
        } catch (UploadRefused e) {
            show(ctx, e.getMessage(), typed, 400);
        } catch (IOException e) {
            show(ctx, "The upload did not arrive whole. Please try again.", typed, 400);
        }
    }

    private void describe(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.USE_MEDIA);
        MediaItem item = library.find(PageNumber.id(ctx.pathParam("id"))).orElseThrow(HttpProblem::notFound);
        String alt = TextInput.singleLine(ctx.formParam("alt"));
        if (alt.isEmpty() || alt.length() > 300) {
            show(ctx, "Image " + item.id() + " was not changed: its alt text must be 1 to 300 characters.", MediaPage.Upload.EMPTY, 400);
            return;
        }
        library.describe(item.id(), alt, TextInput.singleLine(ctx.formParam("caption")), TextInput.singleLine(ctx.formParam("credit")));
        audit.record(me.account().id(), "image-described", "media", item.id(), "described " + item.originalName());
        ctx.redirect("/newsroom/media/?done=described", HttpStatus.SEE_OTHER);
    }
}
