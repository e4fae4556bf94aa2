package org.vistka.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.vistka.article.Author;
import org.vistka.article.TaxonomyStore;
import org.vistka.settings.SettingsStore;
import org.vistka.site.Layout;
import org.vistka.site.SiteFrame;
import org.vistka.site.Pager;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.PageNumber;
import org.vistka.web.Routes;

/**
 * The search page at {@code /search/}: a plain GET form, so it works without JavaScript and every search has an
 * address. Whatever is typed gives a normal page; a filter that cannot be used gives the page with a message and
 * status 400.
 */
public final class SearchRoutes implements Routes {
    private final Search search;
    private final TaxonomyStore taxonomy;
    private final SiteFrame frame;
    private final Html html;
    private final SettingsStore settings;

    public SearchRoutes(Search search, TaxonomyStore taxonomy, SiteFrame frame, Html html, SettingsStore settings) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.frame = frame;
        this.html = html;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/search/", this::search);
    }

    private void search(Context ctx) {
        int page = PageNumber.parse(ctx.queryParam("page"));
        List<Author> authors = taxonomy.authors();
        String words = SearchForm.words(ctx.queryParam("q"));
        Layout layout = frame.layout(words.isEmpty() ? "Search" : "Search: " + words, null, null);
        SearchForm form = SearchForm.read(ctx::queryParam, layout.sections(), authors);
        int pageSize = settings.site().storiesPerPage();
        if (form.problem() == null && (page - 1) * pageSize >= StorySearcher.MAX_RESULTS) {
            form = form.withProblem("Search results stop at " + StorySearcher.MAX_RESULTS + " stories: add a word or a filter to see the others.");
        }
        SearchResults results = form.problem() == null && form.asksSomething() ? search.find(form.request(page, pageSize)) : SearchResults.NONE;
        ctx.status(form.problem() == null ? 200 : 400);
        html.render(ctx, "search/results.jte", new SearchResultsPage(layout, form, authors, results,
                new Pager(page, results.hasNext(), form.path())));
    }
}
