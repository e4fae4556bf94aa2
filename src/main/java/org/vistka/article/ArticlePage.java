package org.vistka.article;

import org.vistka.comment.CommentSection;
import org.vistka.share.SharePanel;
import org.vistka.site.Layout;

/**
 * An article page: the frame, the story, its comments and its share links (each null where a page has none, as in
 * a preview).
 */
public record ArticlePage(Layout layout, Article article, CommentSection comments, SharePanel share) {
}
