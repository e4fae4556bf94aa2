-- Readers' comments and what moderators taught the spam filter.

CREATE TABLE comment (
    id             ${id_pk},
    article_id     BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    parent_id      BIGINT REFERENCES comment (id) ON DELETE CASCADE,
    -- The top-level comment a reply belongs to (itself for a top-level one): pages are cut between threads.
    thread_id      BIGINT,
    depth          INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    author_name    TEXT NOT NULL,
    -- Lower-cased; never shown. Erased with the comment on request.
    author_email   TEXT NOT NULL,
    author_url     TEXT NOT NULL DEFAULT '',
    -- The network address, kept for a settable number of days against floods, then set to NULL.
    author_address TEXT,
    body_text      TEXT NOT NULL,
    body_html      TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    -- Why the comment was held, sent to spam or to the trash, one reason a line: moderators read it.
    reasons        TEXT NOT NULL DEFAULT '',
    spam_points    INTEGER NOT NULL DEFAULT 0,
    -- A hash of the writing browser's token: a held comment is shown to that browser only.
    writer_hash    TEXT,
    -- A hash of the normalised text, to refuse the same comment twice.
    content_hash   TEXT NOT NULL,
    -- Set for a reply written by a newsroom member.
    account_id     BIGINT
);
CREATE INDEX comment_by_article ON comment (article_id, status, thread_id, created_at, id);
CREATE INDEX comment_by_status ON comment (status, created_at DESC, id DESC);
CREATE INDEX comment_by_email ON comment (author_email, created_at);
CREATE INDEX comment_by_address ON comment (author_address, created_at);
CREATE INDEX comment_by_writer ON comment (writer_hash);

CREATE TABLE spam_phrase (
    phrase     TEXT PRIMARY KEY,
    learned_at BIGINT NOT NULL
);
