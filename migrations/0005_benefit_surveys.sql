-- Benefit surveys: rounds, responses, one row per benefit answered, and counts kept by triggers
-- so the dashboards read a few hundred rows however many responses there are.
-- Times are milliseconds since the Unix epoch, UTC.

CREATE TABLE survey_rounds (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL,
    opens_at   INTEGER NOT NULL,
    closes_at  INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE survey_responses (
    id                       INTEGER PRIMARY KEY,
    round_id                 INTEGER NOT NULL REFERENCES survey_rounds (id),
    tracking_number          TEXT    NOT NULL UNIQUE,
    received_at              INTEGER NOT NULL,
    entity_type              TEXT    NOT NULL,
    ctpat_status             TEXT    NOT NULL,
    trade_compliance         INTEGER NOT NULL CHECK (trade_compliance IN (0, 1)),
    -- Identity is optional; shown to reviewers only.
    name                     TEXT,
    organization             TEXT,
    email                    TEXT,
    -- The new-benefit proposal, filed as feedback on benefits.
    proposal_tracking_number TEXT,
    idempotency_key          TEXT    UNIQUE,
    request_hash             TEXT    NOT NULL
);
CREATE INDEX survey_responses_by_round ON survey_responses (round_id, id);

-- `value` 1-5, NULL when not rated. Metrics NULL when not given.
CREATE TABLE survey_answers (
    response_id      INTEGER NOT NULL REFERENCES survey_responses (id),
    benefit          TEXT    NOT NULL,
    used             TEXT    NOT NULL CHECK (used IN ('yes', 'no', 'not_applicable')),
    value            INTEGER CHECK (value BETWEEN 1 AND 5),
    exam_rate_change REAL,
    hours_saved      REAL,
    cost_saved       REAL,
    wait_saved       REAL,
    comment          TEXT,
    PRIMARY KEY (response_id, benefit)
);

-- Counts per distinct answer. `value` 0 stands for "not rated" (a NULL would not be unique).
CREATE TABLE survey_rating_counts (
    round_id    INTEGER NOT NULL,
    benefit     TEXT    NOT NULL,
    entity_type TEXT    NOT NULL,
    tier        TEXT    NOT NULL,
    used        TEXT    NOT NULL,
    value       INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (round_id, benefit, entity_type, tier, used, value)
);

CREATE TABLE survey_metric_counts (
    round_id    INTEGER NOT NULL,
    benefit     TEXT    NOT NULL,
    entity_type TEXT    NOT NULL,
    tier        TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    value       REAL    NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (round_id, benefit, entity_type, tier, metric, value)
);

CREATE TABLE survey_respondent_counts (
    round_id    INTEGER NOT NULL,
    entity_type TEXT    NOT NULL,
    tier        TEXT    NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (round_id, entity_type, tier)
);

CREATE TRIGGER survey_respondent_count AFTER INSERT ON survey_responses BEGIN
    INSERT INTO survey_respondent_counts (round_id, entity_type, tier, n)
    VALUES (new.round_id, new.entity_type, new.ctpat_status, 1)
    ON CONFLICT (round_id, entity_type, tier) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER survey_rating_count AFTER INSERT ON survey_answers BEGIN
    INSERT INTO survey_rating_counts (round_id, benefit, entity_type, tier, used, value, n)
    SELECT r.round_id, new.benefit, r.entity_type, r.ctpat_status, new.used, COALESCE(new.value, 0), 1
    FROM survey_responses r WHERE r.id = new.response_id
    ON CONFLICT (round_id, benefit, entity_type, tier, used, value) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER survey_metric_exam AFTER INSERT ON survey_answers WHEN new.exam_rate_change IS NOT NULL BEGIN
    INSERT INTO survey_metric_counts (round_id, benefit, entity_type, tier, metric, value, n)
    SELECT r.round_id, new.benefit, r.entity_type, r.ctpat_status, 'exam_rate_change', new.exam_rate_change, 1
    FROM survey_responses r WHERE r.id = new.response_id
    ON CONFLICT (round_id, benefit, entity_type, tier, metric, value) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER survey_metric_hours AFTER INSERT ON survey_answers WHEN new.hours_saved IS NOT NULL BEGIN
    INSERT INTO survey_metric_counts (round_id, benefit, entity_type, tier, metric, value, n)
    SELECT r.round_id, new.benefit, r.entity_type, r.ctpat_status, 'hours_saved', new.hours_saved, 1
    FROM survey_responses r WHERE r.id = new.response_id
    ON CONFLICT (round_id, benefit, entity_type, tier, metric, value) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER survey_metric_cost AFTER INSERT ON survey_answers WHEN new.cost_saved IS NOT NULL BEGIN
    INSERT INTO survey_metric_counts (round_id, benefit, entity_type, tier, metric, value, n)
    SELECT r.round_id, new.benefit, r.entity_type, r.ctpat_status, 'cost_saved', new.cost_saved, 1
    FROM survey_responses r WHERE r.id = new.response_id
    ON CONFLICT (round_id, benefit, entity_type, tier, metric, value) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER survey_metric_wait AFTER INSERT ON survey_answers WHEN new.wait_saved IS NOT NULL BEGIN
    INSERT INTO survey_metric_counts (round_id, benefit, entity_type, tier, metric, value, n)
    SELECT r.round_id, new.benefit, r.entity_type, r.ctpat_status, 'wait_saved', new.wait_saved, 1
    FROM survey_responses r WHERE r.id = new.response_id
    ON CONFLICT (round_id, benefit, entity_type, tier, metric, value) DO UPDATE SET n = n + 1;
END;
