-- A migration of a Vistka newer than this build, which this build has never seen: a table it knows nothing of.
CREATE TABLE story_embargo (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    lifted_at  BIGINT NOT NULL
);
INSERT INTO story_embargo (article_id, lifted_at) SELECT id, 1893456000000 FROM article WHERE status = 'scheduled';
