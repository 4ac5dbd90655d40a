-- Starloop schema, version 6: diagrams that teach. The architecture review's dismissals of the
-- user's diagrams ("accepted: cost"), and recall drills of diagrams scheduled with FSRS like
-- questions, their reviews logged in `reviews` with item_kind 'diagram'.

-- `reviews` learns the item kind 'diagram' (SQLite cannot alter a CHECK: the table is rebuilt).
CREATE TABLE reviews_new (
    id           INTEGER PRIMARY KEY,
    item_kind    TEXT NOT NULL CHECK (item_kind IN ('question', 'story', 'diagram')),
    item_id      INTEGER NOT NULL,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at  INTEGER NOT NULL,
    elapsed_days REAL,
    interval_days REAL
);
INSERT INTO reviews_new(id, item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days)
    SELECT id, item_kind, item_id, rating, reviewed_at, elapsed_days, interval_days FROM reviews;
DROP TABLE reviews;
ALTER TABLE reviews_new RENAME TO reviews;
CREATE INDEX reviews_item ON reviews(item_kind, item_id, reviewed_at);

-- A finding of the review the user accepted for one diagram. subject '' covers every finding
-- of the rule; otherwise the finding's item ids, sorted and joined with ','.
CREATE TABLE diagram_review_dismissals (
    diagram_uid  TEXT NOT NULL REFERENCES diagrams(uid) ON DELETE CASCADE,
    rule_id      TEXT NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL CHECK (reason <> ''),
    dismissed_at INTEGER NOT NULL,
    PRIMARY KEY (diagram_uid, rule_id, subject)
) WITHOUT ROWID;

-- The drill schedule of a diagram: one of the user's (diagram_uid) or a reference template
-- (template_id, the file name of content/diagrams/<id>.json). reviews.item_id is this row's id.
CREATE TABLE diagram_drills (
    id             INTEGER PRIMARY KEY,
    diagram_uid    TEXT UNIQUE REFERENCES diagrams(uid) ON DELETE CASCADE,
    template_id    TEXT UNIQUE,
    last_rating    INTEGER,
    last_score     REAL,                -- 0..1, the share of the diagram recalled
    reviews        INTEGER NOT NULL DEFAULT 0,
    lapses         INTEGER NOT NULL DEFAULT 0,
    stability      REAL,
    difficulty     REAL,
    last_review_at INTEGER,
    due_at         INTEGER,
    updated_at     INTEGER NOT NULL,
    CHECK ((diagram_uid IS NULL) <> (template_id IS NULL))
);
CREATE INDEX diagram_drills_due ON diagram_drills(due_at) WHERE due_at IS NOT NULL;
