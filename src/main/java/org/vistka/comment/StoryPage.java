package org.vistka.comment;

import io.javalin.http.Context;
import org.vistka.article.Article;

/**
 * Draws a story's public page around a comment section: the site composes it (the story, its sharing, the stories
 * related to it), and the comment route asks for it to show a refused comment back with the reader's text kept.
 * Comments thus never import the page that shows them.
 *
 * <p>Implementations are shared by every request: they must be thread-safe.
 */
@FunctionalInterface
public interface StoryPage {
    void render(Context ctx, Article article, CommentSection comments);
}
