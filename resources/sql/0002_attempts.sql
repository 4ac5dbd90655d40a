-- Starloop schema, version 2: coding attempts from the scratchpad.
-- One row per attempt at a coding or object-oriented-design question, autosaved as the user
-- types; last_run keeps the JSON of the last "Run examples" so reopening shows it.

CREATE TABLE attempts (
    id           INTEGER PRIMARY KEY,
    uid          TEXT UNIQUE NOT NULL,
    question_id  INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    code         TEXT NOT NULL DEFAULT '',
    started_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    duration_s   INTEGER NOT NULL DEFAULT 0,
    rating       INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    notes        TEXT NOT NULL DEFAULT '',
    last_run     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attempts_question ON attempts(question_id, started_at);
