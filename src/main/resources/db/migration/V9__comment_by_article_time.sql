-- Slow mode counts a story's comments of the last minutes on every new comment: without it, each count reads all of
-- the story's comments, which under a flood is thousands a comment.
CREATE INDEX comment_by_article_time ON comment (article_id, created_at);
