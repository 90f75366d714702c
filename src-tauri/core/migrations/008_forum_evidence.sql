-- Version 8: evidence of a forum (the signed paper sign-in sheet), beside
-- the evidence of a milestone. A row belongs to exactly one of them.
-- SQLite cannot relax NOT NULL in place, so the table is rebuilt; nothing
-- refers to evidence, and ids and stamps are copied as they were (not an
-- edit for sync to spread).
CREATE TABLE evidence_v8 (
    id            TEXT PRIMARY KEY NOT NULL,
    milestone_id  TEXT REFERENCES milestone(id),
    note_id       TEXT REFERENCES milestone_note(id),
    forum_id      TEXT REFERENCES forum(id),
    original_name TEXT NOT NULL,
    stored_name   TEXT NOT NULL,     -- file name inside the app-data evidence folder
    sha256        TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    added_on      TEXT NOT NULL,     -- YYYY-MM-DD
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    CHECK ((milestone_id IS NULL) <> (forum_id IS NULL))
);
INSERT INTO evidence_v8 (id, milestone_id, note_id, original_name, stored_name, sha256, size_bytes, added_on,
                         created_at, updated_at, deleted_at)
    SELECT id, milestone_id, note_id, original_name, stored_name, sha256, size_bytes, added_on,
           created_at, updated_at, deleted_at FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_v8 RENAME TO evidence;
CREATE INDEX evidence_milestone ON evidence(milestone_id);
CREATE INDEX evidence_forum ON evidence(forum_id);

-- Sync conflicts a person reviews (sync/conflicts.rs). Both tables stay on
-- this laptop: they describe its exchanges, not the group's records.
-- sync_base: each row as it last arrived from another laptop (or as it was
-- first sent), so an import can tell which fields each laptop changed since.
CREATE TABLE sync_base (
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    row    TEXT NOT NULL,            -- JSON object, column → value
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

-- Rows changed on both laptops, as settled, until a person reviews them.
CREATE TABLE sync_conflict (
    id          TEXT PRIMARY KEY NOT NULL,
    tbl         TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('parallel', 'same_field', 'deleted')),
    label       TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL,       -- JSON array of {field, this_laptop, other, kept}
    laptop      TEXT NOT NULL DEFAULT '',
    found_at    TEXT NOT NULL,
    reviewed_at TEXT,
    kept_other  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_conflict_waiting ON sync_conflict(reviewed_at, found_at);
