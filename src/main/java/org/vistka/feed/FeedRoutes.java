package org.vistka.feed;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Function;
import org.vistka.article.Article;
import org.vistka.article.ArticleStore;
import org.vistka.article.Listing;
import org.vistka.article.Permalinks;
import org.vistka.article.TaxonomyStore;
import org.vistka.web.App;
import org.vistka.web.ConditionalGet;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageTags;
import org.vistka.web.Routes;

/**
 * Every feed, in RSS at {@code …/feed/} and in Atom at {@code …/feed/atom/}: the site's, each section's, tag's,
 * author's and source's, the site's comments and each story's comments below the story's own address. Must be
 * registered before the article route, whose {@code /{year}/{month}/{day}/{slug}/} pattern would also match
 * {@code /section/news/feed/atom/}. An unknown section (or tag, author, source, story) is a 404.
 */
final class FeedRoutes implements Routes {
    private final TaxonomyStore taxonomy;
    private final ArticleStore articles;
    private final StoryFeeds stories;
    private final CommentFeeds comments;

    FeedRoutes(TaxonomyStore taxonomy, ArticleStore articles, StoryFeeds stories, CommentFeeds comments) {
        this.taxonomy = taxonomy;
        this.articles = articles;
        this.stories = stories;
        this.comments = comments;
    }

    @Override
    public void register(RoutesConfig routes) {
        for (FeedFormat format : FeedFormat.values()) {
            App.page(routes, format.path("/feed/"), ctx -> send(ctx, stories.build(StoryScope.SITE, format), format));
            stories(routes, format, "/section/{slug}/", slug -> taxonomy.section(slug)
                    .map(s -> new StoryScope(Listing.SECTION, s.id(), s.name(), s.description(), s.path())));
            stories(routes, format, "/tag/{slug}/", slug -> taxonomy.tag(slug)
                    .map(t -> new StoryScope(Listing.TAG, t.id(), "stories tagged “" + t.name() + "”", null, t.path())));
            stories(routes, format, "/author/{slug}/", slug -> taxonomy.author(slug)
                    .map(a -> new StoryScope(Listing.AUTHOR, a.id(), "stories by " + a.name(), a.bio(), a.path())));
            stories(routes, format, "/source/{slug}/", slug -> taxonomy.source(slug)
                    .map(s -> new StoryScope(Listing.SOURCE, s.id(), "stories citing " + s.name(), null, s.path())));
            App.page(routes, format.path("/comments/feed/"), ctx -> send(ctx, comments.site(format), format));
            App.page(routes, format.path("/{year}/{month}/{day}/{slug}/feed/"), ctx -> storyComments(ctx, format));
        }
    }

    private void stories(RoutesConfig routes, FeedFormat format, String page, Function<String, Optional<StoryScope>> scope) {
        App.page(routes, format.path(page + "feed/"), ctx ->
                send(ctx, stories.build(scope.apply(ctx.pathParam("slug")).orElseThrow(HttpProblem::notFound), format), format));
    }

    private void storyComments(Context ctx, FeedFormat format) {
        String slug = ctx.pathParam("slug");
        String year = ctx.pathParam("year");
        String month = ctx.pathParam("month");
        String day = ctx.pathParam("day");
        if (!Permalinks.isWellFormed(year, month, day, slug)) {
            throw HttpProblem.notFound();
        }
        String storyPath = "/" + year + "/" + month + "/" + day + "/" + slug + "/";
        Article story = articles.findPublished(slug).orElse(null);
        String currentPath = story != null ? story.path() : articles.movedTo(storyPath).orElseThrow(HttpProblem::notFound);
        if (!currentPath.equals(storyPath)) {
            ctx.redirect(format.path(currentPath + "feed/"), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        send(ctx, comments.story(story, format), format);
    }

    private static void send(Context ctx, Generated feed, FeedFormat format) {
        PageTags.add(ctx, feed.shows());
        ConditionalGet.send(ctx, feed.bytes(), format.contentType(), feed.lastModified());
    }
}
