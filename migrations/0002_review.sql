-- Reviewer workspace: accounts, sessions, triage fields, tags, notes, history, the audit log and
-- full-text search. Times are milliseconds since the Unix epoch, UTC.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('reviewer', 'admin')),
    -- Argon2id PHC string; never leaves the worker.
    password_hash TEXT    NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    INTEGER NOT NULL
);

-- Only the SHA-256 of a session token is stored: a copy of this table signs nobody in.
CREATE TABLE sessions (
    token_hash   TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Priority is a rank: 0 low, 1 normal, 2 high, 3 urgent.
ALTER TABLE submissions ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
ALTER TABLE submissions ADD COLUMN assignee_id INTEGER REFERENCES users (id);
ALTER TABLE submissions ADD COLUMN duplicate_of TEXT;

CREATE INDEX submissions_by_status ON submissions (status, received_at DESC, id DESC);
CREATE INDEX submissions_by_priority ON submissions (priority DESC, received_at DESC, id DESC);
CREATE INDEX submissions_by_assignee ON submissions (assignee_id, received_at DESC, id DESC);
CREATE INDEX submissions_by_topic ON submissions (topic, received_at DESC, id DESC);

CREATE TABLE submission_tags (
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    tag           TEXT    NOT NULL,
    PRIMARY KEY (submission_id, tag)
);
CREATE INDEX submission_tags_by_tag ON submission_tags (tag, submission_id);

-- Internal notes: reviewers only, never shown to the submitter.
CREATE TABLE notes (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    author_id     INTEGER NOT NULL REFERENCES users (id),
    created_at    INTEGER NOT NULL,
    body          TEXT    NOT NULL
);
CREATE INDEX notes_by_submission ON notes (submission_id, id);

-- Every change to a submission: who, when, which field, from what to what.
CREATE TABLE history (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    actor_id      INTEGER REFERENCES users (id),
    at            INTEGER NOT NULL,
    field         TEXT    NOT NULL,
    old_value     TEXT,
    new_value     TEXT
);
CREATE INDEX history_by_submission ON history (submission_id, id);

-- Append-only: the triggers refuse any UPDATE or DELETE.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor_id    INTEGER,
    actor_email TEXT,
    action      TEXT    NOT NULL,
    target      TEXT,
    detail      TEXT,
    ip          TEXT
);
CREATE INDEX audit_log_by_actor ON audit_log (actor_email, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search over what reviewers search in; kept in step with submissions by triggers.
CREATE VIRTUAL TABLE submissions_fts USING fts5 (
    title, body, recommendation, organization,
    content = 'submissions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER submissions_fts_insert AFTER INSERT ON submissions BEGIN
    INSERT INTO submissions_fts (rowid, title, body, recommendation, organization)
    VALUES (new.id, new.title, new.body, new.recommendation, new.organization);
END;
CREATE TRIGGER submissions_fts_delete AFTER DELETE ON submissions BEGIN
    INSERT INTO submissions_fts (submissions_fts, rowid, title, body, recommendation, organization)
    VALUES ('delete', old.id, old.title, old.body, old.recommendation, old.organization);
END;
CREATE TRIGGER submissions_fts_update AFTER UPDATE OF title, body, recommendation, organization ON submissions BEGIN
    INSERT INTO submissions_fts (submissions_fts, rowid, title, body, recommendation, organization)
    VALUES ('delete', old.id, old.title, old.body, old.recommendation, old.organization);
    INSERT INTO submissions_fts (rowid, title, body, recommendation, organization)
    VALUES (new.id, new.title, new.body, new.recommendation, new.organization);
END;
INSERT INTO submissions_fts (submissions_fts) VALUES ('rebuild');
