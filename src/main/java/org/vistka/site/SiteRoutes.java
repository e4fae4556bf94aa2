package org.vistka.site;

import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vistka.article.ArticleStore;
import org.vistka.article.ArticleSummary;
import org.vistka.article.Listing;
import org.vistka.article.Section;
import org.vistka.article.TaxonomyStore;
import org.vistka.feed.FeedLink;
import org.vistka.settings.SettingsStore;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.storage.ContentChanges;
import org.vistka.web.HttpProblem;
import org.vistka.web.PageTags;
import org.vistka.web.Routes;

/** The public list pages: home, section, tag, author and source. */
final class SiteRoutes implements Routes {
    private static final int LATEST_ON_HOME = 10;
    private static final int PER_SECTION_ON_HOME = 4;

    private final ArticleStore articles;
    private final TaxonomyStore taxonomy;
    private final SiteFrame frame;
    private final Html html;
    private final SettingsStore settings;

    SiteRoutes(ArticleStore articles, TaxonomyStore taxonomy, SiteFrame frame, Html html, SettingsStore settings) {
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.frame = frame;
        this.html = html;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/", this::home);
        App.page(routes, "/section/{slug}/", ctx -> listing(ctx, Listing.SECTION, taxonomy.section(ctx.pathParam("slug"))
                .map(s -> new Heading("Section", s.name(), s.description(), null, s.id(), s.path()))));
        App.page(routes, "/tag/{slug}/", ctx -> listing(ctx, Listing.TAG, taxonomy.tag(ctx.pathParam("slug"))
                .map(t -> new Heading("Tag", t.name(), "", null, t.id(), t.path()))));
        App.page(routes, "/author/{slug}/", ctx -> listing(ctx, Listing.AUTHOR, taxonomy.author(ctx.pathParam("slug"))
                .map(a -> new Heading("Author", a.name(), a.bio(), null, a.id(), a.path()))));
        App.page(routes, "/source/{slug}/", ctx -> listing(ctx, Listing.SOURCE, taxonomy.source(ctx.pathParam("slug"))
                .map(s -> new Heading("Source", s.name(), "Stories that cite " + s.name() + ".", s.homeUrl(), s.id(), s.path()))));
    }

    private void home(Context ctx) {
        List<ArticleSummary> latest = articles.list(Listing.ALL, 0, 0, LATEST_ON_HOME + 1);
        ArticleSummary lead = latest.isEmpty() ? null : latest.getFirst();
        List<ArticleSummary> rest = latest.isEmpty() ? List.of() : latest.subList(1, latest.size());
        List<ArticleSummary> newest = articles.newestPerSection(PER_SECTION_ON_HOME);
        PageTags.add(ctx, ContentChanges.HOME);
        showing(ctx, latest);
        showing(ctx, newest);
        html.render(ctx, "site/home.jte", new HomePage(frame.layout(null, null, "/"), lead, rest,
                sectionBlocks(newest)));
    }

    private void listing(Context ctx, Listing listing, Optional<Heading> found) {
        Heading heading = found.orElseThrow(HttpProblem::notFound);
        int page = PageNumber.parse(ctx.queryParam("page"));
        int pageSize = settings.site().storiesPerPage();
        List<ArticleSummary> stories = articles.list(listing, heading.key(), (page - 1) * pageSize, pageSize + 1);
        if (stories.isEmpty() && page > 1) {
            throw HttpProblem.notFound();
        }
        PageTags.add(ctx, listing.changeTag(heading.key()));
        showing(ctx, trim(stories, pageSize));
        Pager pager = new Pager(page, stories.size() > pageSize, heading.path());
        String title = page == 1 ? heading.name() : heading.name() + " (page " + page + ")";
        Layout layout = frame.layout(title, heading.intro(), pager.selfPath()).withFeeds(FeedLink.of(heading.name(), heading.path()));
        html.render(ctx, "site/listing.jte", new ListingPage(layout,
                heading.kind(), heading.name(), heading.intro(), heading.homeUrl(), trim(stories, pageSize), pager));
    }

    /** Names the stories a page shows, so that editing one drops the page. */
    private static void showing(Context ctx, List<ArticleSummary> stories) {
        PageTags.add(ctx, stories.stream().map(s -> ContentChanges.story(s.id())).toList());
    }

    private static List<ArticleSummary> trim(List<ArticleSummary> stories, int pageSize) {
        return stories.size() > pageSize ? stories.subList(0, pageSize) : stories;
    }

    private static List<SectionBlock> sectionBlocks(List<ArticleSummary> newest) {
        Map<Long, List<ArticleSummary>> bySection = new LinkedHashMap<>();
        Map<Long, Section> sections = new LinkedHashMap<>();
        for (ArticleSummary story : newest) {
            sections.putIfAbsent(story.section().id(), story.section());
            bySection.computeIfAbsent(story.section().id(), id -> new ArrayList<>()).add(story);
        }
        return sections.values().stream().map(s -> new SectionBlock(s, bySection.get(s.id()))).toList();
    }

    private record Heading(String kind, String name, String intro, String homeUrl, long key, String path) {
    }
}
