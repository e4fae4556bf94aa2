package org.vistka.newsroom;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vistka.account.NewsroomLayout;
import org.vistka.article.ArticleStatus;
import org.vistka.article.ArticleSummary;
import org.vistka.article.Author;
import org.vistka.article.Correction;
import org.vistka.article.Section;
import org.vistka.article.Source;
import org.vistka.article.StoryInput;

/**
 * The story editor: the form as typed, the problems with it, the choices it offers, the See-also picker's
 * results and suggestions, and for an existing story its public address and correction notes.
 */
public record EditorPage(NewsroomLayout layout, Long storyId, StoryInput input, Map<String, String> problems,
                         List<Section> sections, List<Author> authors, List<Source> sources, Set<ArticleStatus> statuses,
                         String findQuery, List<ArticleSummary> found, List<ArticleSummary> suggestions,
                         List<ImageChoice> images, String publicPath, List<Correction> corrections, boolean canCorrect) {

    public String action() {
        return storyId == null ? "/newsroom/stories/new/" : "/newsroom/stories/" + storyId + "/";
    }

    /** The value of a field's {@code aria-invalid}. */
    public String invalid(String field) {
        return problems.containsKey(field) ? "true" : "false";
    }

    /** The value of a field's {@code aria-describedby}: its hint and its error, when it has them; null for neither. */
    public String describedBy(String field, String hint) {
        String error = problems.containsKey(field) ? field + "-error" : null;
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }
}
