//! Milestones as they stood at a date, replayed from their dated notes: the
//! one place the pack's standings and the dashboard's bars come from, so a
//! note written today never changes a past period.
//!
//! At day D a milestone's level is the `completion_after` of the latest note
//! dated on or before D that changed the level; with none by D but one
//! later, the `completion_before` of the first later one; with none at all,
//! its current level. Its progress is replayed the same way from the notes
//! that moved the progress (`progress_before/after`). Notes written before
//! progress was recorded leave the current progress, so the result is
//! brought into the level's range (`Completion::clamp_progress`): level and
//! progress always agree.

use chrono::NaiveDate;
use rusqlite::{named_params, Connection};

use super::sql::{day, opt_date_at};
use super::Result;
use crate::domain::kinds::Completion;

/// A milestone's standing at a date, with the latest note written by then
/// (for a late milestone, that note says why).
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneStanding {
    pub commitment_number: i64,
    pub commitment_title: String,
    pub lead_directorate: String,
    pub title: String,
    pub planned_end: Option<NaiveDate>,
    pub completion: Completion,
    pub progress: i64,
    /// Past its planned end at `at` and not complete at `at`.
    pub late: bool,
    pub latest_note: Option<String>,
}

/// Every milestone by commitment number and planned end, as it stood at the
/// end of day `at`.
pub fn standings_at(conn: &Connection, at: NaiveDate) -> Result<Vec<MilestoneStanding>> {
    // Latest note by `at` first; otherwise the first one after it. Notes of
    // one day are ordered as they were written.
    let mut stmt = conn.prepare_cached(
        "SELECT c.number, c.title, c.lead_directorate, m.title, m.planned_end, m.completion, m.progress,
                (SELECT n.completion_after FROM milestone_note n
                 WHERE n.milestone_id = m.id AND n.deleted_at IS NULL AND n.completion_after IS NOT NULL
                   AND n.noted_on <= :at
                 ORDER BY n.noted_on DESC, n.created_at DESC LIMIT 1),
                (SELECT n.completion_before FROM milestone_note n
                 WHERE n.milestone_id = m.id AND n.deleted_at IS NULL AND n.completion_before IS NOT NULL
                   AND n.noted_on > :at
                 ORDER BY n.noted_on, n.created_at LIMIT 1),
                (SELECT n.progress_after FROM milestone_note n
                 WHERE n.milestone_id = m.id AND n.deleted_at IS NULL AND n.progress_after IS NOT NULL
                   AND n.noted_on <= :at
                 ORDER BY n.noted_on DESC, n.created_at DESC LIMIT 1),
                (SELECT n.progress_before FROM milestone_note n
                 WHERE n.milestone_id = m.id AND n.deleted_at IS NULL AND n.progress_before IS NOT NULL
                   AND n.noted_on > :at
                 ORDER BY n.noted_on, n.created_at LIMIT 1),
                (SELECT n.text FROM milestone_note n
                 WHERE n.milestone_id = m.id AND n.deleted_at IS NULL AND n.noted_on <= :at
                 ORDER BY n.noted_on DESC, n.created_at DESC LIMIT 1)
         FROM milestone m JOIN commitment c ON c.id = m.commitment_id
         WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL
         ORDER BY c.number, coalesce(m.planned_end, '9999'), m.title",
    )?;
    let rows = stmt.query_map(named_params! { ":at": day(at) }, |r| {
        let current: Completion = r.get(5)?;
        let completion = r.get::<_, Option<Completion>>(7)?.or(r.get(8)?).unwrap_or(current);
        let progress = r.get::<_, Option<i64>>(9)?.or(r.get(10)?).unwrap_or(r.get(6)?);
        let planned_end = opt_date_at(r, 4)?;
        Ok(MilestoneStanding {
            commitment_number: r.get(0)?,
            commitment_title: r.get(1)?,
            lead_directorate: r.get(2)?,
            title: r.get(3)?,
            planned_end,
            completion,
            progress: i64::from(completion.clamp_progress(progress)),
            late: is_late(planned_end, completion, at),
            latest_note: r.get(11)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Late at `at`: past its planned end (the end day itself is still on time)
/// and not complete.
pub fn is_late(planned_end: Option<NaiveDate>, completion: Completion, at: NaiveDate) -> bool {
    planned_end.is_some_and(|end| end < at) && completion != Completion::Complete
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::NoteDraft;
    use crate::store::milestones::{self, tests::draft};
    use crate::store::{dashboard, period_lists, reference, Store};
    use crate::testing::in_tx;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn note(on: &str, text: &str, completion: Option<Completion>, progress: Option<u8>) -> NoteDraft {
        NoteDraft { noted_on: on.into(), author: "Grupo Motor".into(), text: text.into(), completion, progress }
    }

    fn standing(list: &[MilestoneStanding], title: &str) -> (Completion, i64, bool) {
        let m = list.iter().find(|m| m.title == title).expect("milestone");
        (m.completion, m.progress, m.late)
    }

    #[test]
    fn a_note_dated_after_the_period_changes_neither_its_pack_nor_its_dashboard_but_changes_todays() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let commitment = reference::commitments(conn).expect("list")[0].id;
        let id = milestones::create(conn, &draft(commitment, "Plan de barrio", "01-03-2026", "30-09-2026"))
            .expect("milestone");
        in_tx(conn, |tx| {
            milestones::add_note(tx, id, &note("15-08-2026", "Borrador", Some(Completion::Limited), Some(30)))
        });
        in_tx(conn, |tx| milestones::add_note(tx, id, &note("20-10-2026", "En revisión", None, Some(45))));
        // Written today (03-12), after the Q3 period and after the 02-11 meeting.
        let today = date(12, 3);
        in_tx(conn, |tx| {
            milestones::add_note(tx, id, &note("03-12-2026", "Aprobado", Some(Completion::Complete), None))
        });

        // The pack of the 02-11 meeting: as it stood that day.
        let pack = period_lists::milestone_standings(conn, date(11, 2)).expect("standings");
        assert_eq!(standing(&pack, "Plan de barrio"), (Completion::Limited, 45, true), "late after 30-09");
        // The dashboard of Q3, looked at today: as it stood on 30-09.
        let q3 = dashboard::dashboard(conn, date(7, 1), date(9, 30), today).expect("dashboard");
        let bar = &q3.milestones[0];
        assert_eq!(
            (bar.completion, bar.progress, bar.late),
            (Completion::Limited, 30, false),
            "30-09 is still on time"
        );
        assert_eq!(q3.milestones_by_completion.iter().find(|c| c.label == "complete").map(|c| c.count), Some(0));
        // Before any note: the first note's "before".
        let june = standings_at(conn, date(6, 30)).expect("standings");
        assert_eq!(standing(&june, "Plan de barrio"), (Completion::NotStarted, 0, false));
        // Today's quarter shows today's note.
        let q4 = dashboard::dashboard(conn, date(10, 1), date(12, 31), today).expect("dashboard");
        let bar = &q4.milestones[0];
        assert_eq!((bar.completion, bar.progress, bar.late), (Completion::Complete, 100, false));
        let now = period_lists::milestone_standings(conn, today).expect("standings");
        assert_eq!(standing(&now, "Plan de barrio"), (Completion::Complete, 100, false));
    }

    #[test]
    fn notes_without_recorded_progress_and_rows_that_disagree_are_read_within_the_levels_range() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let commitment = reference::commitments(conn).expect("list")[1].id;
        let id = milestones::create(conn, &draft(commitment, "Mesa infantil", "", "")).expect("milestone");
        // As an older version left it: a level change with no progress on
        // the note, and a row "Completo" at 45 %.
        conn.execute(
            "INSERT INTO milestone_note (id, milestone_id, noted_on, author, text, completion_before, completion_after,
                                         created_at, updated_at)
             VALUES ('7f0c1a52-6a8e-4a6b-9d7e-2c1b0a9f8e71', ?1, '2026-05-01', 'GM', 'Listo', 'not_started',
                     'complete', '2026-05-01T12:00:00.000Z', '2026-05-01T12:00:00.000Z')",
            [id.to_string()],
        )
        .expect("old note");
        conn.execute("UPDATE milestone SET completion = 'complete', progress = 45 WHERE id = ?1", [id.to_string()])
            .expect("old row");
        assert_eq!(
            standing(&standings_at(conn, date(4, 30)).expect("s"), "Mesa infantil"),
            (Completion::NotStarted, 0, false)
        );
        assert_eq!(
            standing(&standings_at(conn, date(6, 30)).expect("s"), "Mesa infantil"),
            (Completion::Complete, 100, false)
        );
        let all = milestones::progress(conn, date(6, 30)).expect("progress");
        assert_eq!(all[1].milestones[0].progress, 100, "the commitments screen reads it the same way");
    }
}
