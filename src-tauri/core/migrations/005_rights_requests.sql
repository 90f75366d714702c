-- Version 5: the register of rights requests (Ley 21.719 Arts. 4-11).
-- The due date is not stored: the core computes it from the right, the day
-- received and whether the one extension was taken (domain/requests.rs).
-- requester_name is kept as given (or as the person was named when the
-- request was recorded), so the register and its answer letter still say
-- who asked after an erasure the request itself ordered.
CREATE TABLE rights_request (
    id                  TEXT PRIMARY KEY NOT NULL,
    received_on         TEXT NOT NULL,     -- YYYY-MM-DD
    requester_person_id TEXT REFERENCES person(id),
    requester_name      TEXT NOT NULL,
    subject_person_id   TEXT REFERENCES person(id),
    kind                TEXT NOT NULL,     -- RequestRight
    channel             TEXT NOT NULL,     -- RequestChannel
    notes               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'received',
    started_on          TEXT,
    extended_on         TEXT,
    extension_reason    TEXT,
    decided_on          TEXT,
    decision            TEXT NOT NULL DEFAULT '',
    sent_on             TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT,
    CHECK ((extended_on IS NULL) = (extension_reason IS NULL))
);
CREATE INDEX rights_request_received ON rights_request(received_on);
CREATE INDEX rights_request_subject ON rights_request(subject_person_id);
