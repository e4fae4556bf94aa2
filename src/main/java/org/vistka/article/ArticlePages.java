package org.vistka.article;

import io.javalin.http.Context;
import org.vistka.comment.CommentSection;
import org.vistka.feed.FeedLink;
import org.vistka.site.SiteFrame;
import org.vistka.web.Html;

/** Draws an article page: shared by the article route and by the comment route that shows a refused comment back. */
public final class ArticlePages {
    private final SiteFrame frame;
    private final Html html;

    public ArticlePages(SiteFrame frame, Html html) {
        this.frame = frame;
        this.html = html;
    }

    public void render(Context ctx, Article article, CommentSection comments) {
        var layout = frame.layout(article.title(), article.standfirst(), article.path())
                .withFeeds(FeedLink.of("Comments on “" + article.title() + "”", article.path()));
        html.render(ctx, "article/show.jte", new ArticlePage(layout, article, comments));
    }
}
