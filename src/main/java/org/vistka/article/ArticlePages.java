package org.vistka.article;

import io.javalin.http.Context;
import org.vistka.comment.CommentSection;
import org.vistka.share.ArticleSharing;
import org.vistka.site.Layout;
import org.vistka.feed.FeedLink;
import org.vistka.site.SiteFrame;
import org.vistka.web.Html;

/** Draws an article page: shared by the article route and by the comment route that shows a refused comment back. */
public final class ArticlePages {
    private final SiteFrame frame;
    private final ArticleSharing sharing;
    private final Html html;

    public ArticlePages(SiteFrame frame, ArticleSharing sharing, Html html) {
        this.frame = frame;
        this.sharing = sharing;
        this.html = html;
    }

    public void render(Context ctx, Article article, CommentSection comments) {
        Layout layout = frame.layout(article.title(), article.standfirst(), article.path())
                .withFeeds(FeedLink.of("Comments on “" + article.title() + "”", article.path()));
        ArticleSharing.Shared shared = sharing.of(article, layout.site());
        html.render(ctx, "article/show.jte", new ArticlePage(layout.withMetadata(shared.metadata()), shared.article(), comments,
                shared.panel()));
    }
}
