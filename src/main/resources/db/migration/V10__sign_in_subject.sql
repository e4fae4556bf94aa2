-- The sign-in throttle counts a guess before its password is checked, as one step: an attempt locks the rows of its
-- email and its network address, counts their recent failures, and records itself as a failure until the password
-- proves right. Parallel guesses, on one node or several, are then counted one after another.
CREATE TABLE sign_in_subject (
    subject    TEXT PRIMARY KEY,
    checked_at BIGINT NOT NULL
);

-- Which attempt recorded a failure row, so that a right password (or a guess never checked) takes back its own row.
ALTER TABLE sign_in_failure ADD COLUMN attempt TEXT;
