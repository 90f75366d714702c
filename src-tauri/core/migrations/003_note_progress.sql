-- Version 3: a milestone's figures as they stood at a date.
-- A note that moves the progress records both ends, as it already did for
-- the completion level, so a past period's progress can be replayed.
ALTER TABLE milestone_note ADD COLUMN progress_before INTEGER CHECK (progress_before BETWEEN 0 AND 100);
ALTER TABLE milestone_note ADD COLUMN progress_after  INTEGER CHECK (progress_after BETWEEN 0 AND 100);

-- Level and progress agree (domain/milestones.rs): not started and no
-- evidence 0 %, limited 1-49 %, substantial 50-99 %, complete 100 %. Rows
-- written before the rule are moved to the nearest agreeing progress.
-- updated_at is left alone: every laptop makes the same change when it
-- migrates, so it is not an edit to sync.
UPDATE milestone SET progress = CASE completion
        WHEN 'not_started' THEN 0
        WHEN 'no_evidence' THEN 0
        WHEN 'limited' THEN max(1, min(49, progress))
        WHEN 'substantial' THEN max(50, min(99, progress))
        WHEN 'complete' THEN 100
        ELSE progress END;
