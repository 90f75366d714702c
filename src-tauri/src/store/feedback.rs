//! What neighbours said, and the answer given back: open → forwarded →
//! answered → closed, every change kept with its date.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use uuid::Uuid;

use super::sql::day;
use super::{new_id, now, Result, StoreError};
use crate::domain::kinds::{FeedbackKind, FeedbackStatus, Priority};
use crate::domain::text::long_text;
use crate::domain::Invalid;

/// A feedback item as recorded at a forum.
#[derive(Debug, Clone)]
pub struct NewFeedback {
    pub forum_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub text: String,
    pub neighbourhood_id: Option<Uuid>,
    pub commitment_id: Option<Uuid>,
    pub milestone_id: Option<Uuid>,
    pub kind: FeedbackKind,
    pub priority: Priority,
    pub received_on: NaiveDate,
}

pub fn record(conn: &Connection, new: &NewFeedback) -> Result<Uuid> {
    let text = long_text(&new.text, "text")?;
    if text.is_empty() {
        return Err(Invalid::new("text", "error-required").into());
    }
    let id = new_id();
    let stamp = now();
    let opt = |id: Option<Uuid>| id.map(|u| u.to_string());
    conn.execute(
        "INSERT INTO feedback (id, forum_id, person_id, text, neighbourhood_id, commitment_id, milestone_id,
                               kind, priority, status, received_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, ?11, ?11)",
        params![
            id.to_string(),
            opt(new.forum_id),
            opt(new.person_id),
            text,
            opt(new.neighbourhood_id),
            opt(new.commitment_id),
            opt(new.milestone_id),
            new.kind,
            new.priority,
            day(new.received_on),
            stamp
        ],
    )?;
    add_event(conn, id, FeedbackStatus::Open, new.received_on, "")?;
    Ok(id)
}

/// Moves an item along its loop. `detail` is the directorate when
/// forwarded and the answer when answered.
pub fn change_status(
    conn: &Connection,
    id: Uuid,
    status: FeedbackStatus,
    on: NaiveDate,
    detail: &str,
) -> Result<()> {
    let detail = long_text(detail, "detail")?;
    let needs_detail = matches!(status, FeedbackStatus::Forwarded | FeedbackStatus::Answered);
    if needs_detail && detail.is_empty() {
        return Err(Invalid::new("detail", "error-required").into());
    }
    let stamp = now();
    let changed = match status {
        FeedbackStatus::Forwarded => conn.execute(
            "UPDATE feedback SET status = ?2, forwarded_to = ?3, updated_at = ?4 WHERE id = ?1 AND deleted_at IS NULL",
            params![id.to_string(), status, detail, stamp],
        )?,
        FeedbackStatus::Answered => conn.execute(
            "UPDATE feedback SET status = ?2, answer = ?3, answered_on = ?4, updated_at = ?5
             WHERE id = ?1 AND deleted_at IS NULL",
            params![id.to_string(), status, detail, day(on), stamp],
        )?,
        FeedbackStatus::Open | FeedbackStatus::Closed => conn.execute(
            "UPDATE feedback SET status = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
            params![id.to_string(), status, stamp],
        )?,
    };
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "feedback" });
    }
    add_event(conn, id, status, on, &detail)
}

fn add_event(
    conn: &Connection,
    feedback_id: Uuid,
    status: FeedbackStatus,
    on: NaiveDate,
    note: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO feedback_event (id, feedback_id, status, happened_on, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![new_id().to_string(), feedback_id.to_string(), status, day(on), note, now()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn on(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
    }

    #[test]
    fn the_loop_keeps_every_status_change_with_its_date() {
        let store = Store::open_in_memory().expect("store");
        let item = NewFeedback {
            forum_id: None,
            person_id: None,
            text: "¿Qué pasó con la luminaria de la plaza?".into(),
            neighbourhood_id: None,
            commitment_id: None,
            milestone_id: None,
            kind: FeedbackKind::Question,
            priority: Priority::High,
            received_on: on(2),
        };
        let id = record(store.conn(), &item).expect("record");
        change_status(
            store.conn(),
            id,
            FeedbackStatus::Forwarded,
            on(3),
            "DIPRESEC",
        )
        .expect("forward");
        assert!(
            change_status(store.conn(), id, FeedbackStatus::Answered, on(9), " ").is_err(),
            "an answer is needed"
        );
        change_status(
            store.conn(),
            id,
            FeedbackStatus::Answered,
            on(10),
            "Se repuso el 9 de noviembre",
        )
        .expect("answer");
        let history: Vec<(String, String)> = store
            .conn()
            .prepare("SELECT status, happened_on FROM feedback_event WHERE feedback_id = ?1 ORDER BY happened_on")
            .expect("prepare")
            .query_map([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert_eq!(
            history,
            [
                ("open".into(), "2026-11-02".into()),
                ("forwarded".into(), "2026-11-03".into()),
                ("answered".into(), "2026-11-10".into())
            ]
        );
    }
}
