-- Version 6: the breach log (Ley 21.719, art. 14 sexies). Kept on this
-- laptop only: it is not in sync/tables.rs, so it never travels on a USB
-- stick (a log of who was exposed should not be spread further).
CREATE TABLE breach (
    id                  TEXT PRIMARY KEY NOT NULL,
    found_on            TEXT NOT NULL,
    what_happened       TEXT NOT NULL,
    whose_data          TEXT NOT NULL,
    people_affected     INTEGER CHECK (people_affected IS NULL OR people_affected > 0),
    data_kinds          TEXT NOT NULL,
    children_data       INTEGER NOT NULL DEFAULT 0 CHECK (children_data IN (0, 1)),
    sensitive_data      INTEGER NOT NULL DEFAULT 0 CHECK (sensitive_data IN (0, 1)),
    put_at_risk         INTEGER NOT NULL DEFAULT 0 CHECK (put_at_risk IN (0, 1)),
    actions_taken       TEXT NOT NULL,
    agency_notified_on  TEXT,
    people_notified_on  TEXT,
    notified_how        TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);
CREATE INDEX breach_found_on ON breach (found_on);
