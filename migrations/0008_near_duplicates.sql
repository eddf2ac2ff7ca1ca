-- Near-duplicates: each submission's MinHash signature, its cluster (the id of the cluster's
-- first member), the LSH band index that finds candidates in a bounded number of rows, and the
-- clusters with their size and arrival span.
ALTER TABLE submissions ADD COLUMN signature TEXT;
ALTER TABLE submissions ADD COLUMN cluster_id INTEGER;
CREATE INDEX submissions_by_cluster ON submissions (cluster_id, received_at, id);

-- One row per (band key, cluster), at most `similarity::BUCKET_CAP` per key (see shared).
CREATE TABLE lsh_bands (
    band_key      INTEGER NOT NULL,
    cluster_id    INTEGER NOT NULL,
    submission_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, cluster_id)
);
CREATE INDEX lsh_bands_by_cluster ON lsh_bands (cluster_id);

CREATE TABLE clusters (
    id                INTEGER PRIMARY KEY,
    representative_id INTEGER NOT NULL,
    size              INTEGER NOT NULL,
    first_at          INTEGER NOT NULL,
    last_at           INTEGER NOT NULL,
    confirmed         INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
);

-- Submissions stored before this migration are each their own cluster.
UPDATE submissions SET cluster_id = id WHERE cluster_id IS NULL;
INSERT INTO clusters (id, representative_id, size, first_at, last_at)
SELECT id, id, 1, received_at, received_at FROM submissions;
