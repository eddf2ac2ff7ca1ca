-- Submissions per status, kept by triggers, so the unfiltered queue's counts cost eight rows to
-- read however many submissions there are. One row per status of shared/src/status.rs.
CREATE TABLE status_counts (
    status TEXT    PRIMARY KEY,
    n      INTEGER NOT NULL
);
INSERT INTO status_counts (status, n) VALUES
    ('received', 0), ('under_review', 0), ('referred_to_working_group', 0), ('accepted', 0),
    ('planned', 0), ('declined', 0), ('duplicate', 0), ('closed', 0);
UPDATE status_counts SET n = (SELECT COUNT(*) FROM submissions s WHERE s.status = status_counts.status);

CREATE TRIGGER status_counts_insert AFTER INSERT ON submissions BEGIN
    UPDATE status_counts SET n = n + 1 WHERE status = new.status;
END;
CREATE TRIGGER status_counts_update AFTER UPDATE OF status ON submissions WHEN old.status <> new.status BEGIN
    UPDATE status_counts SET n = n - 1 WHERE status = old.status;
    UPDATE status_counts SET n = n + 1 WHERE status = new.status;
END;
CREATE TRIGGER status_counts_delete AFTER DELETE ON submissions BEGIN
    UPDATE status_counts SET n = n - 1 WHERE status = old.status;
END;
