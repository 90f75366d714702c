-- Version 2: one search box over people, forums and feedback. Forums and
-- feedback get FTS5 indexes like person_search, kept in step by triggers.

CREATE VIRTUAL TABLE forum_search USING fts5(
    title, place,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO forum_search(rowid, title, place) SELECT rowid, title, place FROM forum WHERE deleted_at IS NULL;
CREATE TRIGGER forum_search_insert AFTER INSERT ON forum WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO forum_search(rowid, title, place) VALUES (new.rowid, new.title, new.place);
END;
CREATE TRIGGER forum_search_update AFTER UPDATE ON forum BEGIN
    DELETE FROM forum_search WHERE rowid = old.rowid;
    INSERT INTO forum_search(rowid, title, place) SELECT new.rowid, new.title, new.place WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER forum_search_delete AFTER DELETE ON forum BEGIN
    DELETE FROM forum_search WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE feedback_search USING fts5(
    text, answer,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO feedback_search(rowid, text, answer)
    SELECT rowid, text, coalesce(answer, '') FROM feedback WHERE deleted_at IS NULL;
CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO feedback_search(rowid, text, answer) VALUES (new.rowid, new.text, coalesce(new.answer, ''));
END;
CREATE TRIGGER feedback_search_update AFTER UPDATE OF text, answer, deleted_at ON feedback BEGIN
    DELETE FROM feedback_search WHERE rowid = old.rowid;
    INSERT INTO feedback_search(rowid, text, answer)
    SELECT new.rowid, new.text, coalesce(new.answer, '') WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM feedback_search WHERE rowid = old.rowid;
END;
