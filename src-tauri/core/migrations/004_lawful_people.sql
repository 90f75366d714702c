-- Version 4: personal data under Ley 21.719 (in force since 01-12-2026).
-- A child under 14 is kept by name only with a guardian's consent; gender
-- (identity) only with express consent (a guardian's for minors); a person
-- can be blocked (kept but frozen).
ALTER TABLE person ADD COLUMN guardian_name TEXT;
ALTER TABLE person ADD COLUMN guardian_relationship TEXT;
ALTER TABLE person ADD COLUMN guardian_consent_on TEXT;   -- YYYY-MM-DD
ALTER TABLE person ADD COLUMN guardian_purpose TEXT;
ALTER TABLE person ADD COLUMN guardian_method TEXT;       -- signed_paper | in_person | other
ALTER TABLE person ADD COLUMN gender_consent_on TEXT;     -- YYYY-MM-DD
ALTER TABLE person ADD COLUMN gender_consent_by TEXT;     -- person | guardian
-- Recorded before the law and not (yet) lawful: listed for the group to
-- review (record the consent, or anonymise). Never deleted by a migration.
ALTER TABLE person ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
-- This laptop's block (Art. 8 ter); the history is in person_block. Both
-- stay on this laptop: a blocked person does not travel at all.
ALTER TABLE person ADD COLUMN blocked_on TEXT;            -- YYYY-MM-DD

CREATE TABLE person_block (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person(id),
    reason     TEXT NOT NULL,
    blocked_on TEXT NOT NULL,        -- YYYY-MM-DD
    lifted_on  TEXT,                 -- YYYY-MM-DD
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX person_block_person ON person_block(person_id);

-- Every laptop marks the same rows when it migrates; updated_at is left
-- alone, so this is not an edit for sync to spread.
UPDATE person SET needs_review = 1
WHERE deleted_at IS NULL AND (age_band = 'child' OR gender IS NOT NULL);
