package org.vistka.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vistka.web.KyivTime;

/**
 * What the editor form must hold before a story can be saved, checked without the database: a headline, lengths, a
 * status, a byline and a text before publishing, well-formed tags, address, publication time and new source, alt text
 * for a chosen image. Each problem names its field and says in a sentence, shown beside the field, what to do; a field
 * has at most one problem. What needs the database (sections, bylines and sources that exist, a free address, the
 * member's rights) is the newsroom's to check.
 *
 * <p>The input is expected as {@code TextInput} leaves it: control characters already gone, single lines trimmed.
 * Pure and stateless; thread-safe.
 */
public final class StoryInputRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_STANDFIRST = 500;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_TAG = 60;
    private static final int MOST_TAGS = 20;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");
    private static final List<String> MEDIA_KINDS = List.of("text", "video", "photo");

    private StoryInputRules() {
    }

    /** A sentence about what is wrong with one field of the form, {@code field} being the form's name for it. */
    public record Problem(String field, String message) {
    }

    /** The problems with the form, in the form's order; empty when it may go on to the newsroom's checks. */
    public static List<Problem> problems(StoryInput in, Instant now) {
        List<Problem> problems = new ArrayList<>();
        ArticleStatus status = status(in);
        boolean going = status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
        if (in.title().isBlank()) {
            problems.add(new Problem("title", "Give the story a headline."));
        } else if (in.title().length() > MAX_TITLE) {
            problems.add(new Problem("title", "Keep the headline under " + MAX_TITLE + " characters (it has " + in.title().length() + ")."));
        }
        if (in.standfirst().length() > MAX_STANDFIRST) {
            problems.add(new Problem("standfirst",
                    "Keep the standfirst under " + MAX_STANDFIRST + " characters (it has " + in.standfirst().length() + ")."));
        }
        if (in.body().length() > MAX_BODY) {
            problems.add(new Problem("body", "The text is longer than " + MAX_BODY + " characters; split it into several stories."));
        } else if (going && in.body().isBlank()) {
            problems.add(new Problem("body", "Write the story before publishing it."));
        }
        if (status == null) {
            problems.add(new Problem("status", "Choose a status."));
        }
        if (going && in.authorIds().isEmpty()) {
            problems.add(new Problem("authorIds", "Choose at least one byline before publishing."));
        }
        if (Arrays.stream(in.tags().split(",")).map(String::strip).anyMatch(tag -> tag.length() > MAX_TAG)) {
            problems.add(new Problem("tags", "Keep each tag under " + MAX_TAG + " characters; separate tags with commas."));
        }
        if (!in.slug().isEmpty() && !Slugs.isValid(in.slug())) {
            problems.add(new Problem("slug", "Use lowercase letters, digits and single hyphens only, like council-restores-ferry."));
        }
        publishAtProblem(in, status, now).ifPresent(message -> problems.add(new Problem("publishAt", message)));
        if (!in.newSourceName().isEmpty() && !WEB_ADDRESS.matcher(in.newSourceUrl()).matches()) {
            problems.add(new Problem("newSourceUrl", "Give the new source's home page as an address starting with https:// or http://."));
        }
        if (!in.imageId().isEmpty() && in.imageAlt().isEmpty()) {
            problems.add(new Problem("imageAlt", "Describe the image for readers who cannot see it."));
        }
        if (!MEDIA_KINDS.contains(in.mediaKind())) {
            problems.add(new Problem("mediaKind", "Choose text, video or photo."));
        }
        return problems;
    }

    /** The status chosen, or null when the form names none that exists. */
    public static ArticleStatus status(StoryInput in) {
        try {
            return ArticleStatus.fromDb(in.status());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The publication time as typed, in Kyiv time; null when left empty. Throws when it is not a date and time. */
    public static Instant publishAt(StoryInput in) {
        return in.publishAt().isEmpty() ? null : LocalDateTime.parse(in.publishAt()).atZone(KyivTime.ZONE).toInstant();
    }

    /** The tags typed, separated by commas: blanks and repeats in another case dropped, at most {@value #MOST_TAGS}. */
    public static List<String> tagNames(StoryInput in) {
        List<String> names = new ArrayList<>();
        for (String tag : in.tags().split(",")) {
            String name = tag.strip();
            if (!name.isEmpty() && names.stream().noneMatch(name::equalsIgnoreCase) && names.size() < MOST_TAGS) {
                names.add(name);
            }
        }
        return names;
    }

    private static Optional<String> publishAtProblem(StoryInput in, ArticleStatus status, Instant now) {
        Instant publishAt;
        try {
            publishAt = publishAt(in);
        } catch (DateTimeParseException e) {
            return Optional.of("Give the time as a date and time in Kyiv, like 2026-11-25T14:05.");
        }
        if (status != ArticleStatus.SCHEDULED) {
            return Optional.empty();
        }
        if (publishAt == null) {
            return Optional.of("Choose when the story should be published.");
        }
        return publishAt.isAfter(now) ? Optional.empty()
                : Optional.of("That time has passed: choose a time in the future, or choose Published to publish now.");
    }
}
