package org.vistka.site;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.article.ArticleStore;
import org.vistka.article.Listing;
import org.vistka.web.ErrorPages;
import org.vistka.web.Html;

/**
 * Error pages in the site's own frame, with a search box and the latest stories so a reader can go on. When
 * even that cannot be drawn (the database is down), a plain sentence is sent instead.
 */
final class SiteErrorPages implements ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(SiteErrorPages.class);
    private static final int LATEST = 5;

    private final ArticleStore articles;
    private final SiteFrame frame;
    private final Html html;

    SiteErrorPages(ArticleStore articles, SiteFrame frame, Html html) {
        this.articles = articles;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void render(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        ctx.header(Header.CACHE_CONTROL, "no-store");
        try {
            String heading = heading(status);
            List<org.vistka.article.ArticleSummary> latest = status == HttpStatus.NOT_FOUND ? articles.list(Listing.ALL, 0, 0, LATEST) : List.of();
            html.render(ctx, "site/error.jte", new ErrorPage(frame.layout(heading, null, null), status.getCode(), heading, message, latest));
        } catch (RuntimeException e) {
            log.error("event=error-page-failed status={}", status.getCode(), e);
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(message);
        }
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "That request did not make sense";
            case NOT_FOUND -> "Page not found";
            case METHOD_NOT_ALLOWED -> "That cannot be done here";
            default -> status.getCode() >= 500 ? "Something went wrong" : "That request could not be answered";
        };
    }
}
