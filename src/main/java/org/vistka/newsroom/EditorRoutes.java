package org.vistka.newsroom;

import org.vistka.account.NewsroomFrame;
import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.site.ArticlePage;
import org.vistka.site.ArticlePages;
import org.vistka.article.ArticleStatus;
import org.vistka.article.ArticleStore;
import org.vistka.article.ArticleSummary;
import org.vistka.article.ArticleWriter;
import org.vistka.article.BodyRenderer;
import org.vistka.article.EditableStory;
import org.vistka.article.Listing;
import org.vistka.article.NewArticle;
import org.vistka.article.Permalinks;
import org.vistka.article.StoryInput;
import org.vistka.article.StoryStore;
import org.vistka.article.Tag;
import org.vistka.article.TaxonomyStore;
import org.vistka.search.Search;
import org.vistka.site.SiteFrame;
import org.vistka.web.App;
import org.vistka.web.BodyLimit;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;

/**
 * The story editor. One form serves every step, so that everything works without JavaScript: the buttons
 * Save, Preview, Find (a story to link) and Insert (a See-also block) all post the whole form, and anything but
 * Save shows the editor again with the text exactly as typed.
 */
final class EditorRoutes implements Routes {
    private static final int PICKER_SIZE = 10;
    private static final int SUGGESTIONS = 5;

    private final StoryStore stories;
    private final ArticleStore articles;
    private final TaxonomyStore taxonomy;
    private final StorySaver saver;
    private final ArticleWriter writer;
    private final FeaturedImages images;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final SiteFrame siteFrame;
    private final Html html;
    private final Clock clock;
    private final Search search;

    EditorRoutes(StoryStore stories, ArticleStore articles, TaxonomyStore taxonomy, StorySaver saver,
                        ArticleWriter writer, FeaturedImages images, AuditLog audit, NewsroomFrame frame,
                        SiteFrame siteFrame, Html html, Clock clock, Search search) {
        this.stories = stories;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.saver = saver;
        this.writer = writer;
        this.images = images;
        this.audit = audit;
        this.frame = frame;
        this.siteFrame = siteFrame;
        this.html = html;
        this.clock = clock;
        this.search = search;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/stories/new/", this::blank);
        routes.post("/newsroom/stories/new/", ctx -> submit(ctx, null));
        App.page(routes, "/newsroom/stories/{id}/", this::edit);
        routes.post("/newsroom/stories/{id}/", ctx -> submit(ctx, story(ctx)));
        routes.post("/newsroom/stories/{id}/corrections/", this::correct);
        App.page(routes, "/newsroom/see-also/", this::findPage);
    }

    @Override
    public List<BodyLimit> bodyLimits() {
        return List.of(BodyLimit.under("/newsroom/stories/", StoryForm.MOST_BYTES));
    }

    private void blank(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        long section = taxonomy.sections().stream().findFirst().map(s -> s.id())
                .orElseThrow(() -> new HttpProblem(HttpStatus.CONFLICT, "Create a section in Settings before writing the first story."));
        show(ctx, null, StoryForm.blank(me.account().authorId(), section), Map.of(), "", List.of(), 200);
    }

    private void edit(Context ctx) {
        EditableStory story = story(ctx);
        show(ctx, story, StoryForm.of(story), Map.of(), "", List.of(), 200);
    }

    private void submit(Context ctx, EditableStory story) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        StoryInput input = StoryForm.read(ctx);
        String insert = ctx.formParam("insertSeeAlso");
        String action = insert != null ? "insert" : String.valueOf(ctx.formParam("action"));
        switch (action) {
            case "insert" -> show(ctx, story, withSeeAlso(input, insert), Map.of(), "", List.of(), 200);
            case "find" -> {
                String query = org.vistka.web.TextInput.singleLine(ctx.formParam("seeAlsoQuery"));
                show(ctx, story, input, Map.of(), query, search.stories(query, PICKER_SIZE), 200);
            }
            case "preview" -> preview(ctx, me, story, input);
            default -> save(ctx, me, story, input);
        }
    }

    private void save(Context ctx, SignedIn me, EditableStory story, StoryInput input) {
        StorySaver.Result result = saver.save(me.account(), story, input);
        if (!result.problems().isEmpty()) {
            show(ctx, story, input, result.problems(), "", List.of(), result.conflict() ? 409 : 400);
            return;
        }
        ctx.redirect("/newsroom/stories/" + result.storyId() + "/?done=" + (story == null ? "created" : "saved"), HttpStatus.SEE_OTHER);
    }

    private void preview(Context ctx, SignedIn me, EditableStory story, StoryInput input) {
        StorySaver.Draft draft = saver.draft(me.account(), story, input);
        if (!draft.problems().isEmpty()) {
            show(ctx, story, input, draft.problems(), "", List.of(), 400);
            return;
        }
        NewArticle fields = draft.article();
        var article = articles.preview(story == null ? 0 : story.id(), fields, new BodyRenderer(), clock.instant());
        html.render(ctx, "article/show.jte", new ArticlePage(siteFrame.layout("Preview: " + fields.title(), fields.standfirst(), null),
                article, search.relatedTo(article.id(), article.title(), article.tags().stream().map(Tag::name).toList(),
                        ArticlePages.RELATED), null, null));
    }

    private void correct(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.PUBLISH_ANY_STORY);
        EditableStory story = story(ctx);
        String text = org.vistka.web.TextInput.singleLine(ctx.formParam("correction"));
        if (text.isEmpty() || text.length() > 1000) {
            show(ctx, story, StoryForm.of(story), Map.of("correction", "Write the correction note (at most 1,000 characters)."), "", List.of(), 400);
            return;
        }
        writer.addCorrection(story.id(), new org.vistka.article.Correction(clock.instant(), text));
        audit.record(me.account().id(), "story-corrected", "story", story.id(), "added a correction: " + text);
        ctx.redirect("/newsroom/stories/" + story.id() + "/?done=corrected", HttpStatus.SEE_OTHER);
    }

    /** The picker as a page of its own: the editor's script loads it in place; without a script the Find button posts the form. */
    private void findPage(Context ctx) {
        NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        String query = org.vistka.web.TextInput.singleLine(ctx.queryParam("q"));
        List<ArticleSummary> found = query.isEmpty() ? articles.list(Listing.ALL, 0, 0, PICKER_SIZE) : search.stories(query, PICKER_SIZE);
        html.render(ctx, "newsroom/seeAlso.jte", new SeeAlsoPage(frame.layout(ctx, "Find a story to link"), query, found));
    }

    private EditableStory story(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        EditableStory story = stories.find(PageNumber.id(ctx.pathParam("id"))).orElseThrow(HttpProblem::notFound);
        if (!StoryRules.canEdit(me.account(), story)) {
            throw new HttpProblem(HttpStatus.FORBIDDEN, "Your role (" + me.account().role().label() + ") does not allow you to change this story.");
        }
        return story;
    }

    private void show(Context ctx, EditableStory story, StoryInput input, Map<String, String> problems, String findQuery,
                      List<ArticleSummary> found, int status) {
        SignedIn me = NewsroomGuard.signedIn(ctx);
        ctx.status(status);
        String title = story == null ? "New story" : "Edit: " + story.fields().title();
        boolean published = story != null && story.status() == ArticleStatus.PUBLISHED;
        html.render(ctx, "newsroom/editor.jte", new EditorPage(frame.layout(ctx, title), story == null ? null : story.id(),
                input, new LinkedHashMap<>(problems), taxonomy.sections(), taxonomy.authors(), taxonomy.sources(),
                StoryRules.statuses(me.account(), story), findQuery, found,
                story == null ? List.of() : search.relatedTo(story.id(), story.fields().title(), story.tagNames(), SUGGESTIONS),
                images.recent(12),
                published ? Permalinks.articlePath(story.fields().slug(), story.fields().publishedAt()) : null,
                story == null ? List.of() : saver.corrections(story.id()), StoryRules.canCorrect(me.account())));
    }

    private static StoryInput withSeeAlso(StoryInput in, String id) {
        if (!id.matches("\\d{1,18}")) {
            return in;
        }
        String body = in.body().stripTrailing() + (in.body().isBlank() ? "" : "\n\n") + "{{see-also " + id + "}}\n";
        return new StoryInput(in.title(), in.standfirst(), body, in.sectionId(), in.tags(), in.authorIds(), in.sourceIds(),
                in.newSourceName(), in.newSourceUrl(), in.mediaKind(), in.status(), in.publishAt(), in.slug(), in.imageId(),
                in.imageAlt(), in.imageCaption(), in.imageCredit(), in.commentsOpen(), in.version());
    }
}
