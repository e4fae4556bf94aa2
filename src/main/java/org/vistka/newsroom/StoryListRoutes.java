package org.vistka.newsroom;

import org.vistka.account.NewsroomFrame;
import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.article.ArticleStatus;
import org.vistka.article.StoryFilter;
import org.vistka.article.StoryRow;
import org.vistka.article.StoryStore;
import org.vistka.article.TaxonomyStore;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;
import org.vistka.web.TextInput;

/** The newsroom's front page: every story, newest change first, filtered by status, section, byline and title. */
final class StoryListRoutes implements Routes {
    private static final int PAGE_SIZE = 50;

    private final StoryStore stories;
    private final TaxonomyStore taxonomy;
    private final NewsroomFrame frame;
    private final Html html;

    StoryListRoutes(StoryStore stories, TaxonomyStore taxonomy, NewsroomFrame frame, Html html) {
        this.stories = stories;
        this.taxonomy = taxonomy;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/", this::list);
    }

    private void list(Context ctx) {
        NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        String status = TextInput.singleLine(ctx.queryParam("status"));
        StoryFilter filter = new StoryFilter(status.isEmpty() ? null : parseStatus(status), id(ctx, "section"), id(ctx, "author"),
                TextInput.singleLine(ctx.queryParam("q")));
        int page = PageNumber.parse(ctx.queryParam("page"));
        List<StoryRow> rows = stories.list(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        html.render(ctx, "newsroom/stories.jte", new StoryListPage(frame.layout(ctx, "Stories"), filter,
                rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows, page, rows.size() > PAGE_SIZE,
                taxonomy.sections(), taxonomy.authors(), ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)page=[^&]*", "")));
    }

    private static ArticleStatus parseStatus(String value) {
        try {
            return ArticleStatus.fromDb(value);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("There is no story status “" + value + "”; choose draft, scheduled, published or unpublished.");
        }
    }

    private static Long id(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw HttpProblem.badRequest("The " + name + " filter must be a number; “" + TextInput.singleLine(value) + "” is not.");
        }
        return Long.parseLong(value);
    }
}
