package org.vistka.article;

import io.javalin.http.Context;
import java.util.List;
import org.vistka.comment.CommentSection;
import org.vistka.site.Layout;
import org.vistka.site.SiteFrame;
import org.vistka.web.Html;

/**
 * Draws an article page, with the stories related to it: shared by the article route, the comment route that shows a
 * refused comment back, and the editor's preview.
 */
public final class ArticlePages {
    /** How many related stories follow an article. */
    public static final int RELATED = 4;

    private final SiteFrame frame;
    private final Html html;
    private final RelatedStories related;

    public ArticlePages(SiteFrame frame, Html html, RelatedStories related) {
        this.frame = frame;
        this.html = html;
        this.related = related;
    }

    public void render(Context ctx, Article article, CommentSection comments) {
        render(ctx, frame.layout(article.title(), article.standfirst(), article.path()), article, comments);
    }

    /** The page of {@code article} in {@code layout}: the preview's has a title of its own and no address. */
    public void render(Context ctx, Layout layout, Article article, CommentSection comments) {
        List<ArticleSummary> like = related.relatedTo(article.id(), article.title(), article.tags().stream().map(Tag::name).toList(), RELATED);
        html.render(ctx, "article/show.jte", new ArticlePage(layout, article, like, comments));
    }
}
