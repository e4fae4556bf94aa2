-- The search index of every node follows the stories from the database: each write stamps the story with the
-- wall-clock time of the change, and each node re-reads the stories changed since the last stamp it has indexed.
-- Stories stored before this migration start at 0; a node without an index reads them all when it builds one.
ALTER TABLE article ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX article_by_change ON article (changed_at);
