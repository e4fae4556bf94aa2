package org.vistka.feed;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.vistka.web.App;
import org.vistka.web.ConditionalGet;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;

/** {@code /robots.txt}, the sitemap index at {@code /sitemap.xml}, its files under {@code /sitemaps/} and the news sitemap. */
final class SitemapRoutes implements Routes {
    private static final String XML = "application/xml; charset=utf-8";

    private final Sitemaps sitemaps;

    SitemapRoutes(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/robots.txt", ctx -> send(ctx, sitemaps.robots(), "text/plain; charset=utf-8"));
        App.page(routes, Sitemaps.INDEX, ctx -> send(ctx, sitemaps.index(), XML));
        App.page(routes, Sitemaps.NEWS, ctx -> send(ctx, sitemaps.news(), XML));
        App.page(routes, "/sitemaps/{file}", ctx -> send(ctx, sitemaps.file(ctx.pathParam("file")).orElseThrow(HttpProblem::notFound), XML));
    }

    private static void send(Context ctx, Generated document, String contentType) {
        ConditionalGet.send(ctx, document.bytes(), contentType, document.lastModified());
    }
}
