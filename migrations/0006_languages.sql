-- Languages: feedback is stored with the language it was written in (reviewers filter by it),
-- and every follower gets emails in the language of the page they followed from.
ALTER TABLE submissions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE follows ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
CREATE INDEX submissions_by_language ON submissions (language, received_at DESC, id DESC);
