-- Starloop schema, version 8: sync through a shared folder (core/sync/). Bookkeeping only: the
-- records themselves stay in their tables. Maintained by core/sync/syncledger.cpp.

-- Every record this device has synced, by section ("stories") and key (its uid): its version
-- vector ({"device-id": counter, ...}, JSON), the SHA-1 of its JSON as last synced (a differing
-- hash is a local edit), whether it is deleted (a tombstone, kept so a stale copy of the record
-- does not bring it back), the name of the device that made this version (for conflicts) and,
-- for the lists whose records go when another record is deleted (a story's reviews, a
-- question's state), the record itself: put back if that record comes back (an edit elsewhere
-- beats the deletion). `version` merges every version seen; `current` is the one in place and
-- `siblings` (JSON) the versions concurrent with it that lost, with their records, kept until a
-- later version has seen them, so that every device chooses among the same versions.
CREATE TABLE sync_records (
    section TEXT NOT NULL,
    key     TEXT NOT NULL,
    version TEXT NOT NULL,
    hash    TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    origin  TEXT NOT NULL DEFAULT '',
    kept    TEXT NOT NULL DEFAULT '',
    current TEXT NOT NULL DEFAULT '{}',
    siblings TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (section, key)
) WITHOUT ROWID;

-- The change files already applied, by their SHA-256: a change is never applied twice. The
-- device, sequence and size let a round skip a file by its name without reading it.
CREATE TABLE sync_applied (
    checksum TEXT PRIMARY KEY,
    device   TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    size     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_applied_file ON sync_applied(device, sequence);

-- The other devices seen in the folder, for the status bar.
CREATE TABLE sync_devices (
    device       TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    last_file_at INTEGER NOT NULL,
    seen_at      INTEGER NOT NULL
) WITHOUT ROWID;

-- Changes that could not be applied yet (a review of a story whose file has not arrived):
-- tried again every round.
CREATE TABLE sync_pending (
    section TEXT NOT NULL,
    key     TEXT NOT NULL,
    version TEXT NOT NULL,
    origin  TEXT NOT NULL,
    record  TEXT NOT NULL,
    PRIMARY KEY (section, key)
) WITHOUT ROWID;

-- The losing side of a text edited on two devices since they last synced: the user opens it,
-- compares it with the record as it is and dismisses it. Its uid is derived from the record and
-- the losing version, so every device that meets the same conflict keeps the same copy.
CREATE TABLE sync_conflicts (
    uid        TEXT PRIMARY KEY,
    section    TEXT NOT NULL,
    key        TEXT NOT NULL,
    label      TEXT NOT NULL,
    device     TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    record     TEXT NOT NULL
) WITHOUT ROWID;
