-- Starloop schema, version 5: what the bank says of a question beyond its text: the coding
-- pattern a problem is filed under, the reference diagram its answer draws on, and the date its
-- time-sensitive facts were last checked. Empty for questions without them and for the user's own.

ALTER TABLE questions ADD COLUMN pattern TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN reference_diagram TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN checked_on TEXT NOT NULL DEFAULT '';

-- The bank is written again on the next start, so that the new columns fill in.
DELETE FROM settings WHERE key = 'bank.revision';
