-- Analysis after the receipt: a submission is stored by the request that receives it and
-- analysed (language, near-duplicate signature and cluster) by the queue consumer a moment
-- later. `analysed_at` is NULL until then; the cron sweep re-enqueues what stays NULL, so a crash
-- between the insert and the enqueue loses nothing.
ALTER TABLE submissions ADD COLUMN analysed_at INTEGER;
-- Everything stored before this migration was analysed inside its request.
UPDATE submissions SET analysed_at = received_at;
-- What the sweep reads: only the rows still waiting, oldest first.
CREATE INDEX submissions_pending_analysis ON submissions (received_at) WHERE analysed_at IS NULL;
-- A submission is analysed once: a second analysis (two consumers racing, a message delivered
-- twice) aborts its whole batch, which the consumer then retries without the row.
CREATE TRIGGER submissions_analysed_once BEFORE UPDATE OF analysed_at ON submissions
WHEN OLD.analysed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'submission already analysed');
END;
