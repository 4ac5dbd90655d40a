-- Starloop schema, version 1.
-- Bank questions come from content/ and are keyed by uid; everything the user writes
-- (state, notes, stories, diagrams, practice) refers to questions by id and survives bank updates.

CREATE TABLE principles (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT '',
    body_md   TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE questions (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    origin         TEXT NOT NULL CHECK (origin IN ('bank', 'user')),
    section        TEXT NOT NULL,
    level          TEXT NOT NULL,
    title          TEXT NOT NULL,
    prompt_md      TEXT NOT NULL DEFAULT '',
    answer_md      TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    tags_text      TEXT NOT NULL DEFAULT '',   -- tags and principle names, for the index
    bank_revision  TEXT,
    retired        INTEGER NOT NULL DEFAULT 0, -- a bank question no longer in the bank
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX questions_section ON questions(section, level);

CREATE TABLE question_tags (
    question_id  INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    tag          TEXT NOT NULL,
    PRIMARY KEY (question_id, tag)
) WITHOUT ROWID;
CREATE INDEX question_tags_tag ON question_tags(tag);

CREATE TABLE question_principles (
    question_id   INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    principle_id  TEXT NOT NULL REFERENCES principles(id),
    PRIMARY KEY (question_id, principle_id)
) WITHOUT ROWID;
CREATE INDEX question_principles_principle ON question_principles(principle_id);

-- The search index. It is maintained by core (Questions::SearchIndex) inside the same
-- transaction as each write, not by triggers: with trusted_schema=OFF, SQLite refuses
-- triggers that write to a virtual table.
CREATE VIRTUAL TABLE questions_fts USING fts5(
    title, tags_text, prompt_md, answer_md,
    content = 'questions', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TABLE question_state (
    question_id     INTEGER PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
    starred         INTEGER NOT NULL DEFAULT 0,
    note_md         TEXT NOT NULL DEFAULT '',
    last_rating     INTEGER,            -- 1 again, 2 hard, 3 good, 4 easy
    reviews         INTEGER NOT NULL DEFAULT 0,
    lapses          INTEGER NOT NULL DEFAULT 0,
    stability       REAL,
    difficulty      REAL,
    last_review_at  INTEGER,
    due_at          INTEGER,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX question_state_due ON question_state(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX question_state_starred ON question_state(question_id) WHERE starred = 1;

CREATE TABLE reviews (
    id           INTEGER PRIMARY KEY,
    item_kind    TEXT NOT NULL CHECK (item_kind IN ('question', 'story')),
    item_id      INTEGER NOT NULL,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at  INTEGER NOT NULL,
    elapsed_days REAL,
    interval_days REAL
);
CREATE INDEX reviews_item ON reviews(item_kind, item_id, reviewed_at);

CREATE TABLE stories (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL DEFAULT '',
    situation    TEXT NOT NULL DEFAULT '',
    task         TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    reflection   TEXT NOT NULL DEFAULT '',
    short_version TEXT NOT NULL DEFAULT '',
    happened_on  TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    primary_principle TEXT REFERENCES principles(id),
    stability    REAL,
    difficulty   REAL,
    due_at       INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE story_principles (
    story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    principle_id  TEXT NOT NULL REFERENCES principles(id),
    PRIMARY KEY (story_id, principle_id)
) WITHOUT ROWID;

CREATE INDEX story_principles_principle ON story_principles(principle_id);

CREATE TABLE story_questions (
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    question_id  INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, question_id)
) WITHOUT ROWID;
CREATE INDEX story_questions_question ON story_questions(question_id);

CREATE TABLE diagrams (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    question_id  INTEGER REFERENCES questions(id) ON DELETE SET NULL,
    document     TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX diagrams_question ON diagrams(question_id);

CREATE TABLE diagram_snapshots (
    id           INTEGER PRIMARY KEY,
    diagram_id   INTEGER NOT NULL REFERENCES diagrams(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    document     TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE TABLE practice_sessions (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,          -- question, story, coding, system-design, mock-loop, free
    ref         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    started_at  INTEGER NOT NULL,
    planned_s   INTEGER NOT NULL DEFAULT 0,
    actual_s    INTEGER NOT NULL DEFAULT 0,
    phases      TEXT NOT NULL DEFAULT '[]',  -- JSON: name, planned_s, actual_s per phase
    rating      INTEGER,
    notes       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'finished' CHECK (status IN ('finished', 'interrupted', 'running'))
);
CREATE INDEX practice_sessions_started ON practice_sessions(started_at);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE saved_searches (
    name   TEXT PRIMARY KEY,
    query  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE search_history (
    query     TEXT PRIMARY KEY,
    used_at   INTEGER NOT NULL
) WITHOUT ROWID;
