package org.vistka.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vistka.article.FeaturedImage;
import org.vistka.article.NewArticle;
import org.vistka.web.KyivTime;

/**
 * What changed between two revisions of a story, field by field, as a readable word-level diff: runs of words
 * kept, removed and added. Pure; thread-safe.
 */
public final class RevisionDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private RevisionDiff() {
    }

    /** The fields that differ from {@code before} to {@code after}; {@code names} turns ids of bylines, tags, sources into names. */
    public static List<FieldChange> between(NewArticle before, NewArticle after, Names names) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "Headline", before, after, NewArticle::title);
        compare(changes, "Standfirst", before, after, NewArticle::standfirst);
        compare(changes, "Text", before, after, NewArticle::bodySource);
        compare(changes, "Status", before, after, a -> a.status().dbValue());
        compare(changes, "Address", before, after, NewArticle::slug);
        compare(changes, "Publication time", before, after, a -> a.publishedAt() == null ? "" : KyivTime.dateTime(a.publishedAt()));
        compare(changes, "Section", before, after, a -> names.sections().getOrDefault(a.sectionId(), "#" + a.sectionId()));
        compare(changes, "Kind", before, after, a -> a.mediaKind().dbValue());
        compare(changes, "Byline", before, after, a -> join(a.authorIds(), names.authors()));
        compare(changes, "Tags", before, after, a -> join(a.tagIds(), names.tags()));
        compare(changes, "Sources", before, after, a -> join(a.sourceIds(), names.sources()));
        compare(changes, "Featured image", before, after, a -> image(a.image()));
        return changes;
    }

    /** A whole story shown as added, for its first revision. */
    public static List<FieldChange> first(NewArticle story, Names names) {
        NewArticle empty = new NewArticle("", "", "", "", story.status(), story.sectionId(), story.mediaKind(), story.publishedAt(),
                null, story.image(), story.commentsOpen(), List.of(), List.of(), List.of(), List.of());
        return between(empty, story, names);
    }

    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Segment.Kind.KEPT, a.subList(position, start));
            add(segments, Segment.Kind.REMOVED, delta.getSource().getLines());
            add(segments, Segment.Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Segment.Kind.KEPT, a.subList(position, a.size()));
        return segments;
    }

    private static void compare(List<FieldChange> changes, String label, NewArticle before, NewArticle after,
                                Function<NewArticle, String> field) {
        String a = Objects.toString(field.apply(before), "");
        String b = Objects.toString(field.apply(after), "");
        if (!a.equals(b)) {
            changes.add(new FieldChange(label, words(a, b)));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Segment.Kind kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(kind, String.join("", tokens)));
        }
    }

    private static String join(List<Long> ids, Map<Long, String> names) {
        return String.join(", ", ids.stream().map(id -> names.getOrDefault(id, "#" + id)).toList());
    }

    private static String image(FeaturedImage image) {
        return image == null ? "" : image.url() + " — " + Objects.toString(image.alt(), "");
    }

    /** The names of sections, bylines, tags and sources by id, so a diff shows names rather than numbers. */
    public record Names(Map<Long, String> sections, Map<Long, String> authors, Map<Long, String> tags, Map<Long, String> sources) {
    }

    /** One field's change. */
    public record FieldChange(String label, List<Segment> segments) {
    }

    /** A run of text that was kept, removed or added. */
    public record Segment(Kind kind, String text) {
        public enum Kind { KEPT, REMOVED, ADDED }

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }
}
