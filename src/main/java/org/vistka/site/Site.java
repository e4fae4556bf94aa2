package org.vistka.site;

import java.util.List;
import org.vistka.article.ArticleStore;
import org.vistka.article.RelatedStories;
import org.vistka.article.TaxonomyStore;
import org.vistka.comment.CommentSections;
import org.vistka.comment.StoryPage;
import org.vistka.settings.SettingsStore;
import org.vistka.share.ArticleSharing;
import org.vistka.web.ErrorPages;
import org.vistka.web.Html;
import org.vistka.web.Routes;

/**
 * The public site, assembled: the home page, the section, tag, author and source lists, the article page with its
 * comments, sharing and related stories, and the error pages, all in one {@link SiteFrame}.
 *
 * <p>Thread-safe: built once at start, it holds only thread-safe parts.
 */
public final class Site {
    private final ArticlePages articlePages;
    private final List<Routes> routes;
    private final ErrorPages errorPages;

    private Site(ArticlePages articlePages, List<Routes> routes, ErrorPages errorPages) {
        this.articlePages = articlePages;
        this.routes = routes;
        this.errorPages = errorPages;
    }

    public static Site build(ArticleStore articles, TaxonomyStore taxonomy, SettingsStore settings, SiteFrame frame, Html html,
                             ArticleSharing sharing, RelatedStories related, CommentSections comments) {
        var articlePages = new ArticlePages(frame, sharing, html, related);
        return new Site(articlePages, List.of(new SiteRoutes(articles, taxonomy, frame, html, settings),
                new ArticleRoutes(articles, articlePages, comments)), new SiteErrorPages(articles, frame, html));
    }

    /** The article page, for the comment route to show a refused comment back on. */
    public StoryPage storyPage() {
        return articlePages;
    }

    public List<Routes> routes() {
        return routes;
    }

    public ErrorPages errorPages() {
        return errorPages;
    }
}
