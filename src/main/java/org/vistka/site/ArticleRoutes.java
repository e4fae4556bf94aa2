package org.vistka.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.vistka.article.Article;
import org.vistka.article.ArticleStore;
import org.vistka.article.BodyPart;
import org.vistka.article.Permalinks;
import org.vistka.comment.CommentPosting;
import org.vistka.comment.CommentSections;
import org.vistka.web.App;
import org.vistka.storage.ContentChanges;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageTags;
import org.vistka.web.Routes;

/**
 * Article pages at {@code /{yyyy}/{mm}/{dd}/{slug}/}. A known slug under the wrong date is sent to the right
 * address with a 301, as a moved WordPress post would be; unpublished stories do not exist for the public.
 */
final class ArticleRoutes implements Routes {
    private final ArticleStore articles;
    private final ArticlePages pages;
    private final CommentSections comments;

    ArticleRoutes(ArticleStore articles, ArticlePages pages, CommentSections comments) {
        this.articles = articles;
        this.pages = pages;
        this.comments = comments;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/{year}/{month}/{day}/{slug}/", this::show);
    }

    private void show(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!Permalinks.isWellFormed(ctx.pathParam("year"), ctx.pathParam("month"), ctx.pathParam("day"), slug)) {
            throw HttpProblem.notFound();
        }
        Article article = articles.findPublished(slug).orElse(null);
        if (article == null) {
            String moved = articles.movedTo(ctx.path()).orElseThrow(HttpProblem::notFound);
            ctx.redirect(moved, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        String path = article.path();
        if (!ctx.path().equals(path)) {
            ctx.redirect(path, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PageTags.add(ctx, ContentChanges.story(article.id()), ContentChanges.storyPage(article.id()),
                ContentChanges.comments(article.id()));
        article.body().stream().filter(BodyPart::isSeeAlso).forEach(part -> PageTags.add(ctx, ContentChanges.story(part.seeAlso().id())));
        pages.render(ctx, article, comments.forReader(ctx, new CommentPosting.Story(article.id(), article.publishedAt(),
                article.commentsOpen()), path));
    }
}
