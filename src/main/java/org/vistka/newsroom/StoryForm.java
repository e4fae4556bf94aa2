package org.vistka.newsroom;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vistka.article.ArticleStatus;
import org.vistka.article.EditableStory;
import org.vistka.article.MediaKind;
import org.vistka.article.NewArticle;
import org.vistka.article.Slugs;
import org.vistka.site.KyivTime;
import org.vistka.web.TextInput;

/**
 * Reads the editor form and checks what can be checked without the database: required fields, lengths, the
 * publication time, the address. Each problem is a sentence keyed by its field, shown beside it.
 */
final class StoryForm {
    static final int MAX_TITLE = 200;
    static final int MAX_STANDFIRST = 500;
    static final int MAX_BODY = 200_000;
    /**
     * The largest editor form a story can need: its longest body in any script (three UTF-8 bytes a character, each
     * percent-encoded: 1.8 MB) and the other fields.
     */
    static final long MOST_BYTES = 2L * 1024 * 1024;

    private StoryForm() {
    }

    static StoryInput read(Context ctx) {
        return new StoryInput(line(ctx, "title"), line(ctx, "standfirst"), TextInput.multiLine(ctx.formParam("body")), line(ctx, "sectionId"),
                line(ctx, "tags"), ctx.formParams("authorIds"), ctx.formParams("sourceIds"), line(ctx, "newSourceName"),
                line(ctx, "newSourceUrl"), line(ctx, "mediaKind"), line(ctx, "status"), line(ctx, "publishAt"),
                line(ctx, "slug"), line(ctx, "imageId"), line(ctx, "imageAlt"), line(ctx, "imageCaption"),
                line(ctx, "imageCredit"), ctx.formParam("commentsOpen") != null, line(ctx, "version"));
    }

    /** The form as it stands for an existing story. */
    static StoryInput of(EditableStory story) {
        NewArticle f = story.fields();
        return new StoryInput(f.title(), f.standfirst(), f.bodySource(), String.valueOf(f.sectionId()),
                String.join(", ", story.tagNames()), f.authorIds().stream().map(String::valueOf).toList(),
                f.sourceIds().stream().map(String::valueOf).toList(), "", "", f.mediaKind().dbValue(), f.status().dbValue(),
                f.publishedAt() == null ? "" : KyivTime.machine(f.publishedAt()).substring(0, 16), f.slug(),
                f.image() == null || f.image().mediaId() == null ? "" : String.valueOf(f.image().mediaId()),
                f.image() == null ? "" : nz(f.image().alt()), f.image() == null ? "" : nz(f.image().caption()),
                f.image() == null ? "" : nz(f.image().credit()), f.commentsOpen(), String.valueOf(story.version()));
    }

    /** An empty form for a new story by this byline author. */
    static StoryInput blank(Long authorId, long sectionId) {
        return new StoryInput("", "", "", String.valueOf(sectionId), "", authorId == null ? List.of() : List.of(String.valueOf(authorId)),
                List.of(), "", "", "text", "draft", "", "", "", "", "", "", true, "0");
    }

    /** The problems with the form, keyed by field name; empty when it can be saved. */
    static Map<String, String> problems(StoryInput in, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        ArticleStatus status = status(in);
        boolean going = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
        if (in.title().isEmpty()) {
            problems.put("title", "Give the story a headline.");
        } else if (in.title().length() > MAX_TITLE) {
            problems.put("title", "Keep the headline under " + MAX_TITLE + " characters (it has " + in.title().length() + ").");
        }
        if (in.standfirst().length() > MAX_STANDFIRST) {
            problems.put("standfirst", "Keep the standfirst under " + MAX_STANDFIRST + " characters (it has " + in.standfirst().length() + ").");
        }
        if (in.body().length() > MAX_BODY) {
            problems.put("body", "The text is longer than " + MAX_BODY + " characters; split it into several stories.");
        } else if (going && in.body().isBlank()) {
            problems.put("body", "Write the story before publishing it.");
        }
        if (status == null) {
            problems.put("status", "Choose a status.");
        }
        if (going && in.authorIds().isEmpty()) {
            problems.put("authorIds", "Choose at least one byline before publishing.");
        }
        if (Arrays.stream(in.tags().split(",")).map(String::strip).anyMatch(tag -> tag.length() > 60)) {
            problems.put("tags", "Keep each tag under 60 characters; separate tags with commas.");
        }
        if (!in.slug().isEmpty() && !Slugs.isValid(in.slug())) {
            problems.put("slug", "Use lowercase letters, digits and single hyphens only, like council-restores-ferry.");
        }
        Instant publishAt = null;
        try {
            publishAt = publishAt(in);
        } catch (DateTimeParseException e) {
            problems.put("publishAt", "Give the time as a date and time in Kyiv, like 2026-11-25T14:05.");
        }
        if (status == ArticleStatus.SCHEDULED && publishAt == null && !problems.containsKey("publishAt")) {
            problems.put("publishAt", "Choose when the story should be published.");
        } else if (status == ArticleStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now)) {
            problems.put("publishAt", "That time has passed: choose a time in the future, or choose Published to publish now.");
        }
        if (!in.newSourceName().isEmpty() && !in.newSourceUrl().matches("https?://[^\\s/$.?#][^\\s]*")) {
            problems.put("newSourceUrl", "Give the new source's home page as an address starting with https:// or http://.");
        }
        if (!in.imageId().isEmpty() && in.imageAlt().isEmpty()) {
            problems.put("imageAlt", "Describe the image for readers who cannot see it.");
        }
        if (MediaKind.TEXT.dbValue().equals(in.mediaKind()) || in.mediaKind().equals("video") || in.mediaKind().equals("photo")) {
            return problems;
        }
        problems.put("mediaKind", "Choose text, video or photo.");
        return problems;
    }

    static ArticleStatus status(StoryInput in) {
        try {
            return ArticleStatus.fromDb(in.status());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The publication time as typed, in Kyiv time; null when left empty. */
    static Instant publishAt(StoryInput in) {
        return in.publishAt().isEmpty() ? null : LocalDateTime.parse(in.publishAt()).atZone(KyivTime.ZONE).toInstant();
    }

    static List<String> tagNames(StoryInput in) {
        List<String> names = new ArrayList<>();
        for (String tag : in.tags().split(",")) {
            String name = tag.strip();
            if (!name.isEmpty() && names.stream().noneMatch(name::equalsIgnoreCase) && names.size() < 20) {
                names.add(name);
            }
        }
        return names;
    }

    private static String line(Context ctx, String name) {
        return TextInput.singleLine(ctx.formParam(name));
    }


    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
