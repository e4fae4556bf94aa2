-- The media library: every uploaded image once, and the responsive sizes made from it at upload.
-- The files live in the data folder's media/ as <file_stem>-<width>.<jpg|png>; the rows say which exist.

CREATE TABLE media (
    id            ${id_pk},
    file_stem     TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    -- What the upload really was, judged from its bytes; the stored sizes are JPEG or PNG whatever it was.
    kind          TEXT NOT NULL CHECK (kind IN ('jpeg', 'png', 'webp')),
    -- The upload's own dimensions and size, after turning it upright; the variants are at most this large.
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    byte_size     BIGINT NOT NULL,
    alt           TEXT NOT NULL DEFAULT '',
    caption       TEXT NOT NULL DEFAULT '',
    credit        TEXT NOT NULL DEFAULT '',
    uploaded_by   BIGINT,
    uploaded_at   BIGINT NOT NULL,
    -- Original name, alt, caption and credit lower-cased by Vistka (SQLite's LOWER knows only A-Z), for search.
    search_text   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX media_by_upload ON media (uploaded_at DESC, id DESC);

CREATE TABLE media_variant (
    media_id  BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    byte_size BIGINT NOT NULL,
    PRIMARY KEY (media_id, width)
);
