//! Milestones of the commitments, on OGP's completion scale, with dated notes.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::sql::day;
use super::{new_id, now, Result, StoreError};
use crate::domain::kinds::Completion;
use crate::domain::text::{long_text, required_line, LINE_MAX, NAME_MAX};
use crate::domain::Invalid;

#[derive(Debug, Clone)]
pub struct NewMilestone {
    pub commitment_id: Uuid,
    pub title: String,
    pub planned_start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub completion: Completion,
    pub progress: u8,
}

pub fn create(conn: &Connection, new: &NewMilestone) -> Result<Uuid> {
    let title = required_line(&new.title, "title", LINE_MAX)?;
    if new.progress > 100 {
        return Err(Invalid::new("progress", "error-progress-range").into());
    }
    if let (Some(start), Some(end)) = (new.planned_start, new.planned_end) {
        if end < start {
            return Err(Invalid::new("planned_end", "error-end-before-start").into());
        }
    }
    let id = new_id();
    conn.execute(
        "INSERT INTO milestone (id, commitment_id, title, planned_start, planned_end, completion, progress,
                                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id.to_string(),
            new.commitment_id.to_string(),
            title,
            new.planned_start.map(day),
            new.planned_end.map(day),
            new.completion,
            new.progress,
            now()
        ],
    )?;
    Ok(id)
}

/// Adds a dated note; when `completion` is given, the milestone moves to it
/// and the note records the change.
pub fn add_note(
    conn: &Connection,
    milestone_id: Uuid,
    noted_on: NaiveDate,
    author: &str,
    text: &str,
    completion: Option<(Completion, u8)>,
) -> Result<Uuid> {
    let author = required_line(author, "author", NAME_MAX)?;
    let text = long_text(text, "text")?;
    if text.is_empty() {
        return Err(Invalid::new("text", "error-required").into());
    }
    let before: Completion = conn
        .query_row(
            "SELECT completion FROM milestone WHERE id = ?1 AND deleted_at IS NULL",
            [milestone_id.to_string()],
            |row| row.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "milestone",
        })?;
    let stamp = now();
    if let Some((after, progress)) = completion {
        if progress > 100 {
            return Err(Invalid::new("progress", "error-progress-range").into());
        }
        conn.execute(
            "UPDATE milestone SET completion = ?2, progress = ?3, updated_at = ?4 WHERE id = ?1",
            params![milestone_id.to_string(), after, progress, stamp],
        )?;
    }
    let id = new_id();
    conn.execute(
        "INSERT INTO milestone_note (id, milestone_id, noted_on, author, text, completion_before, completion_after,
                                     created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id.to_string(),
            milestone_id.to_string(),
            day(noted_on),
            author,
            text,
            completion.map(|_| before),
            completion.map(|(after, _)| after),
            stamp
        ],
    )?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{reference, Store};

    #[test]
    fn a_note_with_a_status_change_moves_the_milestone_and_records_both_ends() {
        let store = Store::open_in_memory().expect("store");
        let commitment = reference::commitments(store.conn()).expect("list")[2].id;
        let id = create(
            store.conn(),
            &NewMilestone {
                commitment_id: commitment,
                title: "Mapa de microbasurales".into(),
                planned_start: NaiveDate::from_ymd_opt(2026, 3, 1),
                planned_end: NaiveDate::from_ymd_opt(2026, 6, 30),
                completion: Completion::NotStarted,
                progress: 0,
            },
        )
        .expect("create");
        let day = NaiveDate::from_ymd_opt(2026, 5, 2).expect("date");
        add_note(
            store.conn(),
            id,
            day,
            "Equipo DAOGA",
            "Mapa con 14 puntos",
            Some((Completion::Substantial, 70)),
        )
        .expect("note");
        let (completion, progress, before, after): (String, u8, String, String) = store
            .conn()
            .query_row(
                "SELECT m.completion, m.progress, n.completion_before, n.completion_after
                 FROM milestone m JOIN milestone_note n ON n.milestone_id = m.id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .expect("row");
        assert_eq!((completion.as_str(), progress), ("substantial", 70));
        assert_eq!(
            (before.as_str(), after.as_str()),
            ("not_started", "substantial")
        );
    }
}
