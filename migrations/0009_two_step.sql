-- Two-step verification for reviewers and admins (TOTP, RFC 6238) and the sign-in policy.

-- The authenticator's secret once confirmed, and the one being set up until then, each sealed
-- with AES-256-GCM under the worker's TOTP_KEY secret (shared::totp::sealed: `v1:` + hex); the
-- last step a code was accepted for (a code is good once).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;

-- Only hashes: a copy of this table signs nobody in.
CREATE TABLE recovery_codes (
    user_id   INTEGER NOT NULL REFERENCES users (id),
    code_hash TEXT    NOT NULL,
    used_at   INTEGER,
    PRIMARY KEY (user_id, code_hash)
);

-- A sign-in whose password was right and which waits for its code (hash of the cookie's token).
CREATE TABLE second_factor_challenges (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
);

-- Portal-wide settings an admin changes.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('require_two_step', '0');
