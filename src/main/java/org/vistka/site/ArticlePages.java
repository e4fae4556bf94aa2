package org.vistka.site;

import io.javalin.http.Context;
import java.util.List;
import org.vistka.article.Article;
import org.vistka.article.ArticleSummary;
import org.vistka.article.RelatedStories;
import org.vistka.article.Tag;
import org.vistka.comment.CommentSection;
import org.vistka.comment.StoryPage;
import org.vistka.feed.FeedLink;
import org.vistka.share.ArticleSharing;
import org.vistka.storage.ContentChanges;
import org.vistka.web.Html;
import org.vistka.web.PageTags;

/**
 * Draws an article page, with the stories related to it: shared by the article route and the comment route that shows
 * a refused comment back.
 */
public final class ArticlePages implements StoryPage {
    /** How many related stories follow an article. */
    public static final int RELATED = 4;

    private final SiteFrame frame;
    private final ArticleSharing sharing;
    private final Html html;
    private final RelatedStories related;

    public ArticlePages(SiteFrame frame, ArticleSharing sharing, Html html, RelatedStories related) {
        this.frame = frame;
        this.sharing = sharing;
        this.html = html;
        this.related = related;
    }

    @Override
    public void render(Context ctx, Article article, CommentSection comments) {
        Layout layout = frame.layout(article.title(), article.standfirst(), article.path())
                .withFeeds(FeedLink.of("Comments on “" + article.title() + "”", article.path()));
        ArticleSharing.Shared shared = sharing.of(article, layout.site());
        List<ArticleSummary> like = relatedTo(article);
        // The related stories' titles are on the page: editing one drops it.
        PageTags.add(ctx, like.stream().map(story -> ContentChanges.story(story.id())).toList());
        html.render(ctx, "article/show.jte", new ArticlePage(layout.withMetadata(shared.metadata()), shared.article(), like,
                comments, shared.panel()));
    }

    private List<ArticleSummary> relatedTo(Article article) {
        return related.relatedTo(article.id(), article.title(), article.tags().stream().map(Tag::name).toList(), RELATED);
    }
}
