-- First-party share counts: how often readers followed a story's share link to each network, per Kyiv day.
-- Nothing about the reader is kept: no address, no cookie, no time finer than the day.

CREATE TABLE share_count (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    network    TEXT NOT NULL,
    -- The Kyiv date of the shares, as days since 1970-01-01.
    day        INTEGER NOT NULL,
    count      BIGINT NOT NULL,
    PRIMARY KEY (article_id, network, day)
);
-- The newsroom's table of the most shared stories of a day.
CREATE INDEX share_count_by_day ON share_count (day, article_id);
