-- The newsroom: accounts, their sessions, sign-in throttling, the audit log, revisions and moved addresses.

CREATE TABLE account (
    id            ${id_pk},
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('administrator', 'editor', 'author', 'contributor')),
    password_hash TEXT NOT NULL,
    author_id     BIGINT REFERENCES author (id),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    BIGINT NOT NULL
);

-- A signed-in browser. Only a hash of the cookie's token is kept, so a copy of the database signs nobody in.
CREATE TABLE account_session (
    token_hash   TEXT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX account_session_by_account ON account_session (account_id);

-- One row per failed sign-in, per email and per address, kept a day: the throttle counts recent ones.
CREATE TABLE sign_in_failure (
    subject   TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX sign_in_failure_by_subject ON sign_in_failure (subject, failed_at);

CREATE TABLE audit_event (
    id          ${id_pk},
    at          BIGINT NOT NULL,
    account_id  BIGINT,
    action      TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   BIGINT,
    summary     TEXT NOT NULL
);
CREATE INDEX audit_event_by_time ON audit_event (at DESC, id DESC);

-- Every save of a story keeps the fields an editor can change, as JSON, with who saved it.
CREATE TABLE revision (
    id         ${id_pk},
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    saved_at   BIGINT NOT NULL,
    account_id BIGINT,
    snapshot   TEXT NOT NULL
);
CREATE INDEX revision_by_article ON revision (article_id, version DESC);

-- Addresses a published story had before its slug or date changed: answered with a 301 to the current one.
CREATE TABLE article_redirect (
    old_path   TEXT PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

ALTER TABLE article ADD COLUMN created_by BIGINT;
ALTER TABLE article ADD COLUMN image_media_id BIGINT;
ALTER TABLE article ADD COLUMN image_srcset TEXT;
CREATE INDEX article_by_creator ON article (created_by);
