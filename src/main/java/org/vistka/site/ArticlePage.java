package org.vistka.site;

import java.util.List;
import org.vistka.article.Article;
import org.vistka.article.ArticleSummary;
import org.vistka.comment.CommentSection;
import org.vistka.share.SharePanel;

/**
 * An article page: the frame, the story, the related stories shown after it, its comments and its share links
 * (each null where a page has none, as in a preview).
 */
public record ArticlePage(Layout layout, Article article, List<ArticleSummary> related, CommentSection comments,
                          SharePanel share) {
}
