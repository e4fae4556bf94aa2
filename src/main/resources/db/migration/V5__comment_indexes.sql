-- A story's threads in page order, read on every story page: without it the page sorts all of the story's comments.
CREATE INDEX comment_threads ON comment (article_id, created_at, id) WHERE parent_id IS NULL;
-- The duplicate check on every new comment.
CREATE INDEX comment_by_content ON comment (content_hash, created_at);
