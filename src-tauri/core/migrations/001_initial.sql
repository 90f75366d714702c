-- Grupo Motor schema, version 1: the whole data model of DESIGN.md.
-- Every synced row has a UUID text key, created_at/updated_at (UTC RFC 3339,
-- millisecond precision, so text order is time order) and a deleted_at
-- tombstone: rows are never hard-deleted, so deletions can travel between laptops.

CREATE TABLE neighbourhood (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    sector_code TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX neighbourhood_name ON neighbourhood(name);

CREATE TABLE organization (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT
);
CREATE INDEX organization_name ON organization(name COLLATE NOCASE);

CREATE TABLE person (
    id               TEXT PRIMARY KEY NOT NULL,
    full_name        TEXT NOT NULL,
    rut              TEXT,            -- normalised: 12345678-5
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    organization_id  TEXT REFERENCES organization(id),
    age_band         TEXT,
    gender           TEXT,
    phone            TEXT,            -- only with consent
    email            TEXT,            -- only with consent
    consent_at       TEXT,
    consent_purpose  TEXT,
    is_driving_group INTEGER NOT NULL DEFAULT 0,
    merged_into      TEXT REFERENCES person(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    CHECK ((phone IS NULL AND email IS NULL) OR consent_at IS NOT NULL)
);
CREATE UNIQUE INDEX person_rut ON person(rut) WHERE rut IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX person_neighbourhood ON person(neighbourhood_id);

-- Returning neighbours are found by any word prefix of their name or by RUT
-- digits, accents ignored ("nunez" finds "Núñez"). Kept in step by triggers.
CREATE VIRTUAL TABLE person_search USING fts5(
    full_name, rut_digits,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TRIGGER person_search_insert AFTER INSERT ON person WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO person_search(rowid, full_name, rut_digits)
    VALUES (new.rowid, new.full_name, replace(coalesce(new.rut, ''), '-', ''));
END;
CREATE TRIGGER person_search_update AFTER UPDATE ON person BEGIN
    DELETE FROM person_search WHERE rowid = old.rowid;
    INSERT INTO person_search(rowid, full_name, rut_digits)
    SELECT new.rowid, new.full_name, replace(coalesce(new.rut, ''), '-', '')
    WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM person_search WHERE rowid = old.rowid;
END;

CREATE TABLE commitment (
    id               TEXT PRIMARY KEY NOT NULL,
    number           INTEGER NOT NULL,
    title            TEXT NOT NULL,
    lead_directorate TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);

CREATE TABLE milestone (
    id            TEXT PRIMARY KEY NOT NULL,
    commitment_id TEXT NOT NULL REFERENCES commitment(id),
    title         TEXT NOT NULL,
    planned_start TEXT,              -- YYYY-MM-DD
    planned_end   TEXT,              -- YYYY-MM-DD
    completion    TEXT NOT NULL DEFAULT 'not_started',
    progress      INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX milestone_commitment ON milestone(commitment_id);

CREATE TABLE milestone_note (
    id                TEXT PRIMARY KEY NOT NULL,
    milestone_id      TEXT NOT NULL REFERENCES milestone(id),
    noted_on          TEXT NOT NULL,  -- YYYY-MM-DD
    author            TEXT NOT NULL,
    text              TEXT NOT NULL,
    completion_before TEXT,           -- set when the note changed the status
    completion_after  TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT
);
CREATE INDEX milestone_note_milestone ON milestone_note(milestone_id, noted_on);

CREATE TABLE evidence (
    id            TEXT PRIMARY KEY NOT NULL,
    milestone_id  TEXT NOT NULL REFERENCES milestone(id),
    note_id       TEXT REFERENCES milestone_note(id),
    original_name TEXT NOT NULL,
    stored_name   TEXT NOT NULL,     -- file name inside the app-data evidence folder
    sha256        TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    added_on      TEXT NOT NULL,     -- YYYY-MM-DD
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX evidence_milestone ON evidence(milestone_id);

CREATE TABLE forum (
    id               TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    starts_at        TEXT NOT NULL,  -- local Chile time, YYYY-MM-DDTHH:MM:SS
    place            TEXT NOT NULL DEFAULT '',
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    invitation       TEXT NOT NULL,
    agenda           TEXT NOT NULL DEFAULT '',
    minutes          TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX forum_starts_at ON forum(starts_at);

-- Link tables carry ids and tombstones too, so they merge like any row.
CREATE TABLE forum_commitment (
    id            TEXT PRIMARY KEY NOT NULL,
    forum_id      TEXT NOT NULL REFERENCES forum(id),
    commitment_id TEXT NOT NULL REFERENCES commitment(id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    UNIQUE (forum_id, commitment_id)
);

CREATE TABLE forum_facilitator (
    id         TEXT PRIMARY KEY NOT NULL,
    forum_id   TEXT NOT NULL REFERENCES forum(id),
    person_id  TEXT NOT NULL REFERENCES person(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (forum_id, person_id)
);

CREATE TABLE attendance (
    id         TEXT PRIMARY KEY NOT NULL,
    forum_id   TEXT NOT NULL REFERENCES forum(id),
    person_id  TEXT NOT NULL REFERENCES person(id),
    role       TEXT NOT NULL,
    arrived_at TEXT NOT NULL,        -- UTC RFC 3339
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (forum_id, person_id)     -- a removed entry is revived, never doubled
);
CREATE INDEX attendance_person ON attendance(person_id);

CREATE TABLE feedback (
    id               TEXT PRIMARY KEY NOT NULL,
    forum_id         TEXT REFERENCES forum(id),
    person_id        TEXT REFERENCES person(id),
    text             TEXT NOT NULL,
    neighbourhood_id TEXT REFERENCES neighbourhood(id),
    commitment_id    TEXT REFERENCES commitment(id),
    milestone_id     TEXT REFERENCES milestone(id),
    kind             TEXT NOT NULL,
    priority         TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'open',
    forwarded_to     TEXT,           -- directorate
    answer           TEXT,
    answered_on      TEXT,           -- YYYY-MM-DD
    received_on      TEXT NOT NULL,  -- YYYY-MM-DD
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX feedback_status ON feedback(status, received_on);

-- Every status change of a feedback item, kept with its date.
CREATE TABLE feedback_event (
    id          TEXT PRIMARY KEY NOT NULL,
    feedback_id TEXT NOT NULL REFERENCES feedback(id),
    status      TEXT NOT NULL,
    happened_on TEXT NOT NULL,       -- YYYY-MM-DD
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX feedback_event_feedback ON feedback_event(feedback_id);

CREATE TABLE meeting_pack (
    id           TEXT PRIMARY KEY NOT NULL,
    forum_id     TEXT REFERENCES forum(id),  -- the quarterly meeting
    meeting_date TEXT NOT NULL,              -- YYYY-MM-DD
    place        TEXT NOT NULL DEFAULT '',
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    agenda       TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT 'es-CL',
    paper        TEXT NOT NULL DEFAULT 'a4',
    file_path    TEXT,
    generated_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);

-- This laptop's own settings (language, last sync…): never synced.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
