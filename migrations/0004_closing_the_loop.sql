-- Closing the loop with the trade: consultations, attachments, the public board and support,
-- following (with the notification outbox), withdrawal and "filed in my name" reports.
-- Times are milliseconds since the Unix epoch, UTC.

-- A question put to the trade with a feedback window [opens_at, closes_at).
CREATE TABLE consultations (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    question     TEXT    NOT NULL,
    background   TEXT,
    topic        TEXT,
    msc_category TEXT,
    opens_at     INTEGER NOT NULL,
    closes_at    INTEGER NOT NULL,
    late_allowed INTEGER NOT NULL CHECK (late_allowed IN (0, 1)),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

ALTER TABLE submissions ADD COLUMN consultation_id INTEGER REFERENCES consultations (id);
ALTER TABLE submissions ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
-- The public version a reviewer approved: the original columns are never overwritten.
ALTER TABLE submissions ADD COLUMN published_at INTEGER;
ALTER TABLE submissions ADD COLUMN public_title TEXT;
ALTER TABLE submissions ADD COLUMN public_body TEXT;
ALTER TABLE submissions ADD COLUMN public_recommendation TEXT;
ALTER TABLE submissions ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0;
-- Kept by the supports trigger, so the queue and the board can sort by it through an index.
ALTER TABLE submissions ADD COLUMN support_count INTEGER NOT NULL DEFAULT 0;
-- Number of "filed in my name" reports.
ALTER TABLE submissions ADD COLUMN reports INTEGER NOT NULL DEFAULT 0;

CREATE INDEX submissions_by_consultation ON submissions (consultation_id, received_at DESC, id DESC);
CREATE INDEX submissions_by_support ON submissions (support_count DESC, received_at DESC, id DESC);
CREATE INDEX submissions_flagged ON submissions (received_at DESC, id DESC) WHERE reports > 0;
CREATE INDEX board_by_published ON submissions (published_at DESC, id DESC) WHERE published_at IS NOT NULL;
CREATE INDEX board_by_support ON submissions (support_count DESC, published_at DESC, id DESC) WHERE published_at IS NOT NULL;

-- Files: uploaded first (submission_id NULL), claimed by the submission that names them.
-- The R2 key is made from the id alone.
CREATE TABLE attachments (
    id            TEXT    PRIMARY KEY,
    submission_id INTEGER REFERENCES submissions (id),
    file_name     TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT    NOT NULL,
    uploaded_at   INTEGER NOT NULL,
    published     INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1))
);
CREATE INDEX attachments_by_submission ON attachments (submission_id);
CREATE INDEX attachments_unclaimed ON attachments (uploaded_at) WHERE submission_id IS NULL;

-- "This matters to us too". `supporter` is the SHA-256 of a token the browser keeps: one per
-- browser per item.
CREATE TABLE supports (
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    supporter     TEXT    NOT NULL,
    entity_type   TEXT    NOT NULL,
    organization  TEXT,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (submission_id, supporter)
);
CREATE TRIGGER supports_count AFTER INSERT ON supports BEGIN
    UPDATE submissions SET support_count = support_count + 1 WHERE id = new.submission_id;
END;

-- Who hears about changes: the submitter (audience 'owner', from the email on the form or a
-- follow with the receipt) and followers of a published item ('public').
CREATE TABLE follows (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submissions (id),
    email          TEXT    NOT NULL COLLATE NOCASE,
    audience       TEXT    NOT NULL CHECK (audience IN ('owner', 'public')),
    unfollow_token TEXT    NOT NULL UNIQUE,
    created_at     INTEGER NOT NULL,
    UNIQUE (submission_id, email, audience)
);

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    name          TEXT    NOT NULL,
    email         TEXT    NOT NULL,
    explanation   TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    ip            TEXT
);
CREATE INDEX reports_by_submission ON reports (submission_id, id);
CREATE TRIGGER reports_count AFTER INSERT ON reports BEGIN
    UPDATE submissions SET reports = reports + 1 WHERE id = new.submission_id;
END;

-- Notification emails, written in the same batch as the change they report (so none is lost
-- or sent for a change that did not commit) and delivered afterwards through `send_email`.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER REFERENCES submissions (id),
    created_at    INTEGER NOT NULL,
    recipient     TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    sent_at       INTEGER,
    -- When a delivery took the message: others leave it alone for a while (a lease).
    claimed_at    INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT
);
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

-- Public full-text search runs over the published text only: searching the originals would
-- let anyone probe for what a reviewer redacted.
CREATE VIRTUAL TABLE board_fts USING fts5 (
    title, body, recommendation,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER board_fts_update AFTER UPDATE OF published_at, public_title, public_body, public_recommendation ON submissions BEGIN
    DELETE FROM board_fts WHERE rowid = old.id;
    INSERT INTO board_fts (rowid, title, body, recommendation)
    SELECT new.id, new.public_title, new.public_body, new.public_recommendation WHERE new.published_at IS NOT NULL;
END;

INSERT INTO status_counts (status, n) VALUES ('withdrawn', 0);
