package org.vistka.newsroom;

import org.vistka.account.NewsroomFrame;
import org.vistka.web.PageNumber;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vistka.account.AuditLog;
import org.vistka.account.NewsroomGuard;
import org.vistka.account.Permission;
import org.vistka.account.SignedIn;
import org.vistka.article.ArticleWriter;
import org.vistka.article.Author;
import org.vistka.article.EditableStory;
import org.vistka.article.NewArticle;
import org.vistka.article.Revision;
import org.vistka.article.Section;
import org.vistka.article.Source;
import org.vistka.article.StoryStore;
import org.vistka.article.Tag;
import org.vistka.article.TaxonomyStore;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;

/**
 * A story's revisions: who saved what when, each shown as a word-level diff against the one before, and a
 * Restore button that makes an old text current again (as a new revision, so nothing is lost).
 */
final class RevisionRoutes implements Routes {
    private final StoryStore stories;
    private final TaxonomyStore taxonomy;
    private final ArticleWriter writer;
    private final AuditLog audit;
    private final NewsroomFrame frame;
    private final Html html;

    RevisionRoutes(StoryStore stories, TaxonomyStore taxonomy, ArticleWriter writer, AuditLog audit,
                          NewsroomFrame frame, Html html) {
        this.stories = stories;
        this.taxonomy = taxonomy;
        this.writer = writer;
        this.audit = audit;
        this.frame = frame;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/stories/{id}/revisions/", this::list);
        routes.post("/newsroom/stories/{id}/revisions/{version}/restore/", this::restore);
    }

    private void list(Context ctx) {
        EditableStory story = editable(ctx);
        List<Revision> revisions = stories.revisions(story.id());
        RevisionDiff.Names names = names(revisions);
        List<RevisionsPage.Entry> entries = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            List<RevisionDiff.FieldChange> changes = i + 1 < revisions.size()
                    ? RevisionDiff.between(revisions.get(i + 1).fields(), revision.fields(), names)
                    : RevisionDiff.first(revision.fields(), names);
            entries.add(new RevisionsPage.Entry(revision, changes));
        }
        html.render(ctx, "newsroom/revisions.jte", new RevisionsPage(frame.layout(ctx, "Revisions: " + story.fields().title()),
                story.id(), story.fields().title(), story.version(), entries));
    }

    private void restore(Context ctx) {
        EditableStory story = editable(ctx);
        SignedIn me = NewsroomGuard.signedIn(ctx);
        long version = PageNumber.id(ctx.pathParam("version"));
        Revision revision = stories.revisions(story.id()).stream().filter(r -> r.version() == version).findFirst()
                .orElseThrow(HttpProblem::notFound);
        NewArticle old = revision.fields();
        NewArticle now = story.fields();
        // The text and its attachments come back; the status, time and address stay as they are now.
        NewArticle restored = new NewArticle(now.slug(), old.title(), old.standfirst(), old.bodySource(), now.status(),
                old.sectionId(), old.mediaKind(), now.publishedAt(), null, old.image(), old.commentsOpen(), old.authorIds(),
                old.tagIds(), old.sourceIds(), List.of());
        String based = ctx.formParam("version");
        if (based == null || !based.equals(String.valueOf(story.version())) || !writer.update(story.id(), story.version(), restored, me.account().id())) {
            throw new HttpProblem(HttpStatus.CONFLICT, "Someone saved this story a moment ago; look at the revisions again before restoring.");
        }
        audit.record(me.account().id(), "story-restored", "story", story.id(), "restored revision " + version + " of “" + old.title() + "”");
        ctx.redirect("/newsroom/stories/" + story.id() + "/?done=restored", HttpStatus.SEE_OTHER);
    }

    private EditableStory editable(Context ctx) {
        SignedIn me = NewsroomGuard.require(ctx, Permission.WRITE_STORIES);
        EditableStory story = stories.find(PageNumber.id(ctx.pathParam("id"))).orElseThrow(HttpProblem::notFound);
        if (!StoryRules.canEdit(me.account(), story)) {
            throw new HttpProblem(HttpStatus.FORBIDDEN, "Your role (" + me.account().role().label() + ") does not allow you to change this story.");
        }
        return story;
    }

    private RevisionDiff.Names names(List<Revision> revisions) {
        List<Long> tagIds = revisions.stream().flatMap(r -> r.fields().tagIds().stream()).distinct().toList();
        return new RevisionDiff.Names(
                byId(taxonomy.sections(), Section::id, Section::name),
                byId(taxonomy.authors(), Author::id, Author::name),
                byId(taxonomy.tags(tagIds), Tag::id, Tag::name),
                byId(taxonomy.sources(), Source::id, Source::name));
    }

    private static <T> Map<Long, String> byId(List<T> items, Function<T, Long> id, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(id, name, (a, b) -> a));
    }
}
