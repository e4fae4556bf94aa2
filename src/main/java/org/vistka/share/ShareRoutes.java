package org.vistka.share;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.vistka.web.KyivTime;
import org.vistka.web.HeaderNames;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageNumber;
import org.vistka.web.Routes;

/**
 * The counting redirect {@code /share/{network}/{article-id}/}: counts one share and sends the reader on to the
 * network's share address for that story. The address is built only from the network's fixed prefix and the story's
 * own address, title and images, so no parameter can send a reader anywhere else (no open redirect). No cookie is set
 * and nothing about the reader is stored; the answer is never cached, so every share is counted.
 */
final class ShareRoutes implements Routes {
    private final ShareableStories stories;
    private final ShareCounts counts;
    private final ShareSettingsStore settings;
    private final Supplier<String> baseUrl;
    private final Clock clock;

    ShareRoutes(Jdbi jdbi, ShareCounts counts, ShareSettingsStore settings, Supplier<String> baseUrl, Clock clock) {
        this.stories = new ShareableStories(jdbi);
        this.counts = counts;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The first-party link that shares story {@code articleId} on {@code network}. */
    public static String link(ShareNetwork network, long articleId) {
        return "/share/" + network.key() + "/" + articleId + "/";
    }

    /** The link that pins image {@code image} of a story (0: its featured image). */
    static String pinLink(long articleId, int image) {
        return link(ShareNetwork.PINTEREST, articleId) + (image == 0 ? "" : "?image=" + image);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/share/{network}/{id}/", this::share);
    }

    private void share(Context ctx) {
        ShareNetwork network = ShareNetwork.byKey(ctx.pathParam("network")).filter(ShareNetwork::counted)
                .orElseThrow(HttpProblem::notFound);
        long id = PageNumber.id(ctx.pathParam("id"));
        int image = network == ShareNetwork.PINTEREST ? imageNumber(ctx.queryParam("image")) : 0;
        ShareableStory story = stories.find(id).orElseThrow(HttpProblem::notFound);
        SharedStory shared = ShareTargets.of(story, image, baseUrl.get(), () -> settings.load().image())
                .orElseThrow(HttpProblem::notFound);
        if (!isPrefetch(ctx)) {
            counts.add(id, network, LocalDate.ofInstant(clock.instant(), KyivTime.ZONE));
        }
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.header(HeaderNames.X_ROBOTS_TAG, "noindex, nofollow");
        ctx.redirect(network.address(shared), HttpStatus.FOUND);
    }

    private static int imageNumber(String value) {
        if (value == null) {
            return 0;
        }
        if (!value.matches("\\d{1,4}")) {
            throw HttpProblem.notFound();
        }
        return Integer.parseInt(value);
    }

    /** A browser fetching a link ahead of a click has not shared anything. */
    private static boolean isPrefetch(Context ctx) {
        String purpose = ctx.header(Header.SEC_PURPOSE) != null ? ctx.header(Header.SEC_PURPOSE) : ctx.header(HeaderNames.PURPOSE);
        return purpose != null && purpose.contains("prefetch");
    }
}
