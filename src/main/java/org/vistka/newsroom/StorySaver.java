package org.vistka.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vistka.account.Account;
import org.vistka.account.AuditLog;
import org.vistka.article.ArticleStatus;
import org.vistka.article.ArticleWriter;
import org.vistka.article.Author;
import org.vistka.article.Correction;
import org.vistka.article.EditableStory;
import org.vistka.article.FeaturedImage;
import org.vistka.article.MediaKind;
import org.vistka.article.NewArticle;
import org.vistka.article.Section;
import org.vistka.article.Slugs;
import org.vistka.article.Source;
import org.vistka.article.StoryInput;
import org.vistka.article.StoryInputRules;
import org.vistka.article.StoryStore;
import org.vistka.article.TaxonomyStore;
import org.vistka.web.KyivTime;

/**
 * Turns the editor form into a stored story: checks it against the member's rights and the database (sections,
 * bylines, sources, images, a free address), then creates or updates the story and records who did it. An
 * update based on an older version is refused as a conflict, keeping the writer's text on screen. Thread-safe.
 */
public final class StorySaver {
    private final StoryStore stories;
    private final ArticleWriter writer;
    private final TaxonomyStore taxonomy;
    private final FeaturedImages images;
    private final AuditLog audit;
    private final Clock clock;

    public StorySaver(StoryStore stories, ArticleWriter writer, TaxonomyStore taxonomy, FeaturedImages images,
                      AuditLog audit, Clock clock) {
        this.stories = stories;
        this.writer = writer;
        this.taxonomy = taxonomy;
        this.images = images;
        this.audit = audit;
        this.clock = clock;
    }

    /** The story the form describes, or the problems that stop it; creates tags named for the first time. */
    public Draft draft(Account me, EditableStory story, StoryInput in) {
        Instant now = clock.instant();
        Map<String, String> problems = new LinkedHashMap<>();
        StoryInputRules.problems(in, now).forEach(problem -> problems.put(problem.field(), problem.message()));
        ArticleStatus status = StoryInputRules.status(in);
        Set<ArticleStatus> allowed = StoryRules.statuses(me, story);
        if (status != null && !allowed.contains(status)) {
            problems.put("status", "Your role (" + me.role().label() + ") may only save this story as: "
                    + allowed.stream().map(s -> s.dbValue()).collect(Collectors.joining(", ")) + ".");
        }
        List<Long> sectionIds = taxonomy.sections().stream().map(Section::id).toList();
        Long sectionId = number(in.sectionId());
        if (sectionId == null || !sectionIds.contains(sectionId)) {
            problems.put("sectionId", "Choose a section.");
        }
        List<Long> authorIds = known(in.authorIds(), taxonomy.authors().stream().map(Author::id).toList(), "authorIds", problems);
        List<Long> sourceIds = new ArrayList<>(known(in.sourceIds(), taxonomy.sources().stream().map(Source::id).toList(), "sourceIds", problems));
        FeaturedImage image = null;
        if (!in.imageId().isEmpty()) {
            Long mediaId = number(in.imageId());
            image = mediaId == null ? null : images.featured(mediaId, in.imageAlt(), in.imageCaption(), in.imageCredit()).orElse(null);
            if (image == null) {
                problems.put("imageId", "There is no image number " + in.imageId() + " in the media library.");
            }
        }
        String slug = in.slug().isEmpty() ? freeSlug(in.title(), story) : in.slug();
        if (!in.slug().isEmpty() && stories.slugTaken(slug, story == null ? null : story.id())) {
            problems.put("slug", "Another story already uses the address " + slug + ". Choose another.");
        }
        if (!problems.isEmpty()) {
            return new Draft(null, problems);
        }
        List<Long> tagIds = StoryInputRules.tagNames(in).stream().map(taxonomy::tagNamed).toList();
        return new Draft(new NewArticle(slug, in.title(), in.standfirst(), in.body(), status, sectionId,
                MediaKind.fromDb(in.mediaKind()), publishedAt(in, status, story, now), null, image, in.commentsOpen(),
                authorIds, tagIds, sourceIds, List.of()), problems);
    }

    /** Saves the form as a new story ({@code story} null) or a new version of {@code story}. */
    public Result save(Account me, EditableStory story, StoryInput in) {
        Draft draft = draft(me, story, in);
        if (!draft.problems().isEmpty()) {
            return new Result(0, draft.problems(), false);
        }
        NewArticle article = draft.article();
        if (!in.newSourceName().isEmpty()) {
            List<Long> sources = new ArrayList<>(article.sourceIds());
            sources.add(taxonomy.addSource(freeSourceSlug(in.newSourceName()), in.newSourceName(), in.newSourceUrl()));
            article = new NewArticle(article.slug(), article.title(), article.standfirst(), article.bodySource(), article.status(),
                    article.sectionId(), article.mediaKind(), article.publishedAt(), null, article.image(), article.commentsOpen(),
                    article.authorIds(), article.tagIds(), sources, List.of());
        }
        if (story == null) {
            long id = writer.create(article, me.id());
            audit.record(me.id(), "story-created", "story", id, "created “" + article.title() + "” as " + article.status().dbValue());
            return new Result(id, Map.of(), false);
        }
        Integer version = number(in.version()) == null ? null : number(in.version()).intValue();
        if (version == null || !writer.update(story.id(), version, article, me.id())) {
            return new Result(story.id(), Map.of("_conflict", conflictMessage(story.id())), true);
        }
        String change = story.status() == article.status() ? "saved “" + article.title() + "”"
                : "saved “" + article.title() + "” and changed it from " + story.status().dbValue() + " to " + article.status().dbValue();
        audit.record(me.id(), "story-saved", "story", story.id(), change);
        return new Result(story.id(), Map.of(), false);
    }

    public List<Correction> corrections(long storyId) {
        return stories.corrections(storyId);
    }

    private String conflictMessage(long id) {
        var latest = stories.revisions(id).stream().findFirst();
        String who = latest.map(r -> r.savedBy() == null ? "the system" : r.savedBy()).orElse("someone else");
        String when = latest.map(r -> KyivTime.clock(r.savedAt())).orElse("");
        return "Not saved: " + who + " saved this story at " + when + " while you were editing it. Your text is kept below. "
                + "Open the story in a new tab to see their version, combine the two here, and save again.";
    }

    private static Instant publishedAt(StoryInput in, ArticleStatus status, EditableStory story, Instant now) {
        Instant typed = StoryInputRules.publishAt(in);
        if (typed != null) {
            return typed;
        }
        Instant existing = story == null ? null : story.fields().publishedAt();
        return status == ArticleStatus.PUBLISHED && existing == null ? now : existing;
    }

    private String freeSlug(String title, EditableStory story) {
        String base = Slugs.of(title).isEmpty() ? "story" : Slugs.of(title);
        if (story != null && story.fields().slug().equals(base)) {
            return base;
        }
        String slug = base;
        for (int n = 2; stories.slugTaken(slug, story == null ? null : story.id()); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private String freeSourceSlug(String name) {
        String base = Slugs.of(name).isEmpty() ? "source" : Slugs.of(name);
        String slug = base;
        for (int n = 2; taxonomy.source(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static List<Long> known(List<String> given, List<Long> existing, String field, Map<String, String> problems) {
        List<Long> ids = new ArrayList<>();
        for (String value : given) {
            Long id = number(value);
            if (id == null || !existing.contains(id)) {
                problems.put(field, "One of the chosen entries no longer exists; choose again.");
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.parseLong(value) : null;
    }

    /** A story ready to store, or the problems with the form. */
    public record Draft(NewArticle article, Map<String, String> problems) {
    }

    /** What a save did: the story's id, or the problems (a conflict among them). */
    public record Result(long storyId, Map<String, String> problems, boolean conflict) {
    }
}
