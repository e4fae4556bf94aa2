-- The reading site's content. Shared by SQLite and PostgreSQL: ${id_pk} is the dialect's auto-numbered key.
-- Times are epoch milliseconds (UTC) so both databases store and compare them alike.

CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE section (
    id          ${id_pk},
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE author (
    id        ${id_pk},
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    bio       TEXT NOT NULL DEFAULT '',
    photo_url TEXT
);

CREATE TABLE tag (
    id   ${id_pk},
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE source (
    id       ${id_pk},
    slug     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    home_url TEXT NOT NULL
);

CREATE TABLE article (
    id            ${id_pk},
    slug          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    standfirst    TEXT NOT NULL DEFAULT '',
    body_source   TEXT NOT NULL,
    body_html     TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'unpublished')),
    section_id    BIGINT NOT NULL REFERENCES section (id),
    media_kind    TEXT NOT NULL DEFAULT 'text' CHECK (media_kind IN ('text', 'video', 'photo')),
    published_at  BIGINT,
    updated_at    BIGINT NOT NULL,
    created_at    BIGINT NOT NULL,
    image_url     TEXT,
    image_width   INTEGER,
    image_height  INTEGER,
    image_alt     TEXT,
    image_caption TEXT,
    image_credit  TEXT,
    comments_open BOOLEAN NOT NULL DEFAULT TRUE,
    version       INTEGER NOT NULL DEFAULT 1,
    -- Title and standfirst lower-cased by Vistka (SQLite's LOWER knows only A-Z), for the plain title search.
    search_text   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX article_by_publication ON article (status, published_at DESC, id DESC);
CREATE INDEX article_by_section ON article (section_id, status, published_at DESC, id DESC);

CREATE TABLE article_author (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    author_id  BIGINT NOT NULL REFERENCES author (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_author_by_author ON article_author (author_id, article_id);

CREATE TABLE article_tag (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     BIGINT NOT NULL REFERENCES tag (id),
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_by_tag ON article_tag (tag_id, article_id);

CREATE TABLE article_source (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    source_id  BIGINT NOT NULL REFERENCES source (id),
    PRIMARY KEY (article_id, source_id)
);
CREATE INDEX article_source_by_source ON article_source (source_id, article_id);

-- The stories a body names in See-also blocks: lets a change to a story find the pages that show its title.
CREATE TABLE article_link (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    target_id  BIGINT NOT NULL,
    PRIMARY KEY (article_id, target_id)
);
CREATE INDEX article_link_by_target ON article_link (target_id);

CREATE TABLE correction (
    id         ${id_pk},
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    noted_at   BIGINT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX correction_by_article ON correction (article_id, noted_at);
