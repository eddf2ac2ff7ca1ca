-- Validation experience reports and the CBP field offices admins keep for them.
CREATE TABLE field_offices (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
);

CREATE TABLE validation_reports (
    id                        INTEGER PRIMARY KEY,
    tracking_number           TEXT    NOT NULL UNIQUE,
    received_at               INTEGER NOT NULL,
    year                      INTEGER NOT NULL,
    month                     INTEGER NOT NULL,
    kind                      TEXT    NOT NULL,
    entity_type               TEXT    NOT NULL,
    ctpat_status              TEXT    NOT NULL,
    mode                      TEXT    NOT NULL,
    field_office_id           INTEGER NOT NULL REFERENCES field_offices (id),
    days_notice_to_visit      INTEGER NOT NULL,
    days_on_site              INTEGER NOT NULL,
    weeks_to_report           INTEGER NOT NULL,
    recommendations           INTEGER NOT NULL,
    required_actions          INTEGER NOT NULL,
    clarity                   INTEGER NOT NULL,
    consistency_with_criteria INTEGER NOT NULL,
    -- NULL for a first validation.
    consistency_with_earlier  INTEGER,
    usefulness                INTEGER NOT NULL,
    standardize               TEXT,
    -- Identity is optional; shown to reviewers only.
    name                      TEXT,
    organization              TEXT,
    email                     TEXT,
    proposal_tracking_number  TEXT,
    language                  TEXT    NOT NULL DEFAULT 'en',
    idempotency_key           TEXT    UNIQUE,
    request_hash              TEXT    NOT NULL
);
CREATE INDEX validation_reports_by_year ON validation_reports (year, field_office_id);
