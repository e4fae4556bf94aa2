-- The sign-in throttle counts a guess before its password is checked, as one step: an attempt locks the rows of its
-- email and its network address, counts their recent failures, and records itself as a failure until the password
-- proves right. Parallel guesses, on one node or several, are then counted one after another.
CREATE TABLE sign_in_subject (
    subject    TEXT PRIMARY KEY,
    checked_at BIGINT NOT NULL
);

-- Which attempt recorded a failure row, so that a right password (or a guess never checked) takes back its own row.
ALTER TABLE sign_in_failure ADD COLUMN attempt TEXT;

-- A right password takes back its attempt's rows, and rows older than a day are cleared at every failure: both by index,
-- however many rows a flood of guesses left.
CREATE INDEX sign_in_failure_by_attempt ON sign_in_failure (attempt);
CREATE INDEX sign_in_failure_by_time ON sign_in_failure (failed_at);
CREATE INDEX sign_in_subject_by_time ON sign_in_subject (checked_at);
