//! Milestones of the commitments, on OGP's completion scale, with dated
//! notes and evidence files. A commitment's progress derives from them.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use super::milestone_history::is_late;
use super::sql::{date_at, day, opt_date_at, opt_uuid_at, uuid_at};
use super::{new_id, now, reference, Result, StoreError};
use crate::domain::dates::{parse_date, parse_past_date};
use crate::domain::kinds::Completion;
use crate::domain::milestones::next_standing;
use crate::domain::records::{CommitmentProgress, Evidence, Milestone, MilestoneDraft, MilestoneNote, NoteDraft};
use crate::domain::text::{long_text, required_line, LINE_MAX, NAME_MAX};
use crate::domain::Invalid;

struct Checked {
    title: String,
    planned_start: Option<NaiveDate>,
    planned_end: Option<NaiveDate>,
}

fn check(draft: &MilestoneDraft) -> Result<Checked> {
    let title = required_line(&draft.title, "title", LINE_MAX)?;
    let optional_date = |text: &str, field| match text.trim() {
        "" => Ok(None),
        typed => parse_date(typed, field).map(Some),
    };
    let planned_start = optional_date(&draft.planned_start, "planned_start")?;
    let planned_end = optional_date(&draft.planned_end, "planned_end")?;
    if let (Some(start), Some(end)) = (planned_start, planned_end) {
        if end < start {
            return Err(Invalid::new("planned_end", "error-end-before-start").into());
        }
    }
    Ok(Checked { title, planned_start, planned_end })
}

pub fn create(conn: &Connection, draft: &MilestoneDraft) -> Result<Uuid> {
    let Checked { title, planned_start, planned_end } = check(draft)?;
    let id = new_id();
    conn.execute(
        "INSERT INTO milestone (id, commitment_id, title, planned_start, planned_end, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            id.to_string(),
            draft.commitment_id.to_string(),
            title,
            planned_start.map(day),
            planned_end.map(day),
            now()
        ],
    )
    .map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            Invalid::new("commitment_id", "error-unknown-reference").into()
        }
        _ => StoreError::from(e),
    })?;
    Ok(id)
}

pub fn update(conn: &Connection, id: Uuid, draft: &MilestoneDraft) -> Result<()> {
    let Checked { title, planned_start, planned_end } = check(draft)?;
    let changed = conn.execute(
        "UPDATE milestone SET title = ?2, planned_start = ?3, planned_end = ?4, updated_at = ?5
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), title, planned_start.map(day), planned_end.map(day), now()],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "milestone" });
    }
    Ok(())
}

/// Adds a dated note; with a completion level or a progress, the milestone
/// moves to them (kept in agreement by `domain::milestones::next_standing`)
/// and the note records both ends of whatever it changed, so a period's
/// standing can be replayed (`milestone_history`).
pub fn add_note(conn: &Transaction<'_>, milestone_id: Uuid, draft: &NoteDraft) -> Result<Uuid> {
    let author = required_line(&draft.author, "author", NAME_MAX)?;
    let text = long_text(&draft.text, "text")?;
    if text.is_empty() {
        return Err(Invalid::new("text", "error-required").into());
    }
    let noted_on = parse_past_date(&draft.noted_on, "noted_on")?;
    let (before, progress_before): (Completion, i64) = conn
        .query_row(
            "SELECT completion, progress FROM milestone WHERE id = ?1 AND deleted_at IS NULL",
            [milestone_id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: "milestone" })?;
    // A row stored before the rule may disagree: it is read as the nearest
    // agreeing progress (the reads do the same), and a note moves on from there.
    let progress_before = before.clamp_progress(progress_before);
    let (after, progress) = next_standing((before, progress_before), draft.completion, draft.progress)?;
    let stamp = now();
    conn.execute(
        "UPDATE milestone SET completion = ?2, progress = ?3, updated_at = ?4 WHERE id = ?1",
        params![milestone_id.to_string(), after, progress, stamp],
    )?;
    let changed = after != before;
    let moved = progress != progress_before;
    let id = new_id();
    conn.execute(
        "INSERT INTO milestone_note (id, milestone_id, noted_on, author, text, completion_before, completion_after,
                                     progress_before, progress_after, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id.to_string(),
            milestone_id.to_string(),
            day(noted_on),
            author,
            text,
            changed.then_some(before),
            changed.then_some(after),
            moved.then_some(progress_before),
            moved.then_some(progress),
            stamp
        ],
    )?;
    Ok(id)
}

/// Every commitment with its milestones, notes and evidence; `late` is
/// judged at `today`.
pub fn progress(conn: &Connection, today: NaiveDate) -> Result<Vec<CommitmentProgress>> {
    let mut out = Vec::new();
    for commitment in reference::commitments(conn)? {
        let milestones = of_commitment(conn, commitment.id, today)?;
        let progress = match milestones.len() as i64 {
            0 => 0,
            n => (milestones.iter().map(|m| m.progress).sum::<i64>() + n / 2) / n,
        };
        out.push(CommitmentProgress { commitment, progress, milestones });
    }
    Ok(out)
}

fn of_commitment(conn: &Connection, commitment_id: Uuid, today: NaiveDate) -> Result<Vec<Milestone>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, commitment_id, title, planned_start, planned_end, completion, progress
         FROM milestone WHERE commitment_id = ?1 AND deleted_at IS NULL
         ORDER BY coalesce(planned_end, '9999'), title",
    )?;
    let rows = stmt.query_map([commitment_id.to_string()], |row| {
        let planned_end = opt_date_at(row, 4)?;
        let completion: Completion = row.get(5)?;
        // A row stored before the level/progress rule (or synced from an older
        // laptop) is read as the nearest agreeing progress.
        let progress = completion.clamp_progress(row.get(6)?);
        Ok(Milestone {
            id: uuid_at(row, 0)?,
            commitment_id: uuid_at(row, 1)?,
            title: row.get(2)?,
            planned_start: opt_date_at(row, 3)?,
            planned_end,
            completion,
            progress: i64::from(progress),
            late: is_late(planned_end, completion, today),
            notes: Vec::new(),
            evidence: Vec::new(),
        })
    })?;
    let mut milestones: Vec<Milestone> = rows.collect::<rusqlite::Result<_>>()?;
    for milestone in &mut milestones {
        milestone.notes = notes(conn, milestone.id)?;
        milestone.evidence = evidence(conn, milestone.id)?;
    }
    Ok(milestones)
}

fn notes(conn: &Connection, milestone_id: Uuid) -> Result<Vec<MilestoneNote>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, noted_on, author, text, completion_before, completion_after FROM milestone_note
         WHERE milestone_id = ?1 AND deleted_at IS NULL ORDER BY noted_on DESC, created_at DESC",
    )?;
    let rows = stmt.query_map([milestone_id.to_string()], |row| {
        Ok(MilestoneNote {
            id: uuid_at(row, 0)?,
            noted_on: date_at(row, 1)?,
            author: row.get(2)?,
            text: row.get(3)?,
            completion_before: row.get(4)?,
            completion_after: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn evidence(conn: &Connection, milestone_id: Uuid) -> Result<Vec<Evidence>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, milestone_id, note_id, original_name, sha256, size_bytes, added_on FROM evidence
         WHERE milestone_id = ?1 AND deleted_at IS NULL ORDER BY added_on DESC, created_at DESC",
    )?;
    let rows = stmt.query_map([milestone_id.to_string()], |row| {
        Ok(Evidence {
            id: uuid_at(row, 0)?,
            milestone_id: uuid_at(row, 1)?,
            note_id: opt_uuid_at(row, 2)?,
            original_name: row.get(3)?,
            sha256: row.get(4)?,
            size_bytes: row.get(5)?,
            added_on: date_at(row, 6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::store::Store;
    use crate::testing::in_tx;

    pub fn draft(commitment_id: Uuid, title: &str, start: &str, end: &str) -> MilestoneDraft {
        MilestoneDraft { commitment_id, title: title.into(), planned_start: start.into(), planned_end: end.into() }
    }

    fn note(text: &str, completion: Option<Completion>, progress: Option<u8>) -> NoteDraft {
        NoteDraft {
            noted_on: "02-05-2026".into(),
            author: "Equipo DAOGA".into(),
            text: text.into(),
            completion,
            progress,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
    }

    #[test]
    fn a_note_with_a_status_change_moves_the_milestone_and_records_both_ends() {
        let store = Store::open_in_memory().expect("store");
        let commitment = reference::commitments(store.conn()).expect("list")[2].id;
        let id = create(store.conn(), &draft(commitment, "Mapa de microbasurales", "01-03-2026", "30-06-2026"))
            .expect("create");
        in_tx(store.conn(), |tx| {
            add_note(tx, id, &note("Mapa con 14 puntos", Some(Completion::Substantial), Some(70)))
        });
        in_tx(store.conn(), |tx| add_note(tx, id, &note("Reunión con DAOGA", None, None)));
        let all = progress(store.conn(), today()).expect("progress");
        let milestone = &all[2].milestones[0];
        assert_eq!((milestone.completion, milestone.progress), (Completion::Substantial, 70));
        assert!(milestone.late, "planned to end in June, not complete in November");
        let changes: Vec<_> = milestone.notes.iter().map(|n| (n.completion_before, n.completion_after)).collect();
        assert!(changes.contains(&(Some(Completion::NotStarted), Some(Completion::Substantial))));
        assert!(changes.contains(&(None, None)), "a note without a change records none");
        assert!(add_note(&store.conn().unchecked_transaction().expect("tx"), id, &note("x", None, Some(101))).is_err());
    }

    #[test]
    fn a_note_is_not_dated_in_the_future() {
        let store = Store::open_in_memory().expect("store");
        let commitment = reference::commitments(store.conn()).expect("list")[0].id;
        let id = create(store.conn(), &draft(commitment, "Plan", "", "")).expect("create");
        let tomorrow = crate::domain::dates::display_date(crate::domain::dates::today() + chrono::Days::new(1));
        let later = NoteDraft { noted_on: tomorrow, ..note("Aprobado", Some(Completion::Complete), None) };
        let tx = store.conn().unchecked_transaction().expect("tx");
        match add_note(&tx, id, &later) {
            Err(StoreError::Invalid(invalid)) => assert_eq!(invalid, Invalid::new("noted_on", "error-date-in-future")),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_commitments_progress_is_the_mean_of_its_milestones() {
        let store = Store::open_in_memory().expect("store");
        let commitment = reference::commitments(store.conn()).expect("list")[0].id;
        let a = create(store.conn(), &draft(commitment, "Diagnóstico", "", "")).expect("a");
        let b = create(store.conn(), &draft(commitment, "Plan", "", "")).expect("b");
        create(store.conn(), &draft(commitment, "Obras", "", "")).expect("c");
        in_tx(store.conn(), |tx| add_note(tx, a, &note("Listo", Some(Completion::Complete), None)));
        in_tx(store.conn(), |tx| add_note(tx, b, &note("Mitad", Some(Completion::Substantial), Some(50))));
        let all = progress(store.conn(), today()).expect("progress");
        assert_eq!(all[0].progress, 50, "(100 + 50 + 0) / 3");
        assert!(!all[0].milestones.iter().any(|m| m.late), "no planned end, never late");
        assert_eq!(all[1].progress, 0, "a commitment without milestones");
    }

    #[test]
    fn a_note_keeps_level_and_progress_in_agreement_and_records_the_progress_it_moved() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let commitment = reference::commitments(conn).expect("list")[0].id;
        let id = create(conn, &draft(commitment, "Plan", "", "")).expect("create");
        let refused = |completion, progress| {
            let tx = conn.unchecked_transaction().expect("tx");
            match add_note(&tx, id, &note("x", completion, progress)) {
                Err(StoreError::Invalid(i)) => Some((i.field, i.message_key)),
                _ => None,
            }
        };
        assert_eq!(refused(Some(Completion::Complete), Some(45)), Some(("progress", "error-progress-complete")));
        assert_eq!(refused(Some(Completion::Limited), Some(50)), Some(("progress", "error-progress-limited")));
        assert_eq!(refused(None, Some(20)), Some(("progress", "error-progress-not-started")), "not started is 0 %");
        in_tx(conn, |tx| add_note(tx, id, &note("Comienza", Some(Completion::Limited), None)));
        in_tx(conn, |tx| add_note(tx, id, &note("Avanza", None, Some(40))));
        in_tx(conn, |tx| add_note(tx, id, &note("Reunión", None, None)));
        let m = &progress(conn, today()).expect("progress")[0].milestones[0];
        assert_eq!((m.completion, m.progress), (Completion::Limited, 40));
        let mut stmt = conn
            .prepare("SELECT text, progress_before, progress_after FROM milestone_note ORDER BY created_at")
            .expect("notes");
        let moved: Vec<(String, Option<i64>, Option<i64>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("q")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert_eq!(
            moved,
            [
                ("Comienza".into(), Some(0), Some(1)),
                ("Avanza".into(), Some(1), Some(40)),
                ("Reunión".into(), None, None)
            ],
            "a level alone takes the nearest agreeing progress"
        );
    }

    #[test]
    fn planned_dates_are_checked() {
        let store = Store::open_in_memory().expect("store");
        let commitment = reference::commitments(store.conn()).expect("list")[0].id;
        let backwards = create(store.conn(), &draft(commitment, "Hito", "01-06-2026", "01-03-2026"));
        assert!(matches!(backwards, Err(StoreError::Invalid(ref i)) if i.field == "planned_end"));
        let unknown = create(store.conn(), &draft(Uuid::new_v4(), "Hito", "", ""));
        assert!(matches!(unknown, Err(StoreError::Invalid(ref i)) if i.field == "commitment_id"));
    }
}
