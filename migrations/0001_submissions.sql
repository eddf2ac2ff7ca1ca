-- Feedback submissions. Codes (status, topic, ...) are the stable codes of the vocabularies in
-- shared/src/taxonomy.rs and shared/src/status.rs; times are milliseconds since the Unix epoch, UTC.
CREATE TABLE submissions (
    id                 INTEGER PRIMARY KEY,
    tracking_number    TEXT    NOT NULL UNIQUE,
    received_at        INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    status             TEXT    NOT NULL,
    submitter_kind     TEXT    NOT NULL,
    -- Contact details: NULL for anonymous submissions; shown to reviewers only.
    name               TEXT,
    organization       TEXT,
    email              TEXT,
    entity_type        TEXT    NOT NULL,
    ctpat_status       TEXT    NOT NULL,
    topic              TEXT    NOT NULL,
    msc_category       TEXT,
    title              TEXT    NOT NULL,
    body               TEXT    NOT NULL,
    recommendation     TEXT,
    may_publish        INTEGER NOT NULL CHECK (may_publish IN (0, 1)),
    public_response    TEXT,
    public_response_at INTEGER,
    -- A client's Idempotency-Key and the fingerprint of the request it was first used with.
    idempotency_key    TEXT    UNIQUE,
    request_hash       TEXT    NOT NULL
);

CREATE INDEX submissions_by_received ON submissions (received_at DESC, id DESC);
