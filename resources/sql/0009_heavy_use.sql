-- Starloop schema, version 9: indexes for a year of daily use (tens of thousands of reviews and
-- practice sessions), so that what the window reads of them stays quick.

-- The practice log by time, holding what the History summary, the dashboard's days and streak
-- and the History filters read, so they count without reading the rows (notes, phases).
DROP INDEX practice_sessions_started;
CREATE INDEX practice_sessions_started ON practice_sessions(started_at, kind, status, actual_s);
-- The sessions still running, which each start marks interrupted: usually none.
CREATE INDEX practice_sessions_running ON practice_sessions(id) WHERE status = 'running';

-- The review log item by item, in the order of its reviews, with their grades: replaying it
-- (leeches, a new scheduler, the optimizer) reads the index alone, already in order.
DROP INDEX reviews_item;
CREATE INDEX reviews_item ON reviews(item_kind, item_id, reviewed_at, id, rating);

-- A diagram's versions, without reading every version of every diagram.
CREATE INDEX diagram_snapshots_diagram ON diagram_snapshots(diagram_id, created_at);
