package org.vistka.newsroom;

import io.javalin.http.Context;
import java.util.List;
import org.vistka.article.EditableStory;
import org.vistka.article.NewArticle;
import org.vistka.article.StoryInput;
import org.vistka.web.KyivTime;
import org.vistka.web.TextInput;

/**
 * Reads the editor form into a {@link StoryInput}, and makes the form for a new or an existing story; what the form
 * must hold is {@link org.vistka.article.StoryInputRules}'s to say. Stateless; thread-safe.
 */
final class StoryForm {
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

    private static String line(Context ctx, String name) {
        return TextInput.singleLine(ctx.formParam(name));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
