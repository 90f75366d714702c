//! What neighbours said, and the answer given back: open → forwarded →
//! answered → closed, every change kept with its date.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::sql::{date_at, day, opt_date_at, opt_uuid_at, uuid_at};
use super::{new_id, now, Result, StoreError};
use crate::domain::dates::parse_past_date;
use crate::domain::kinds::FeedbackStatus;
use crate::domain::records::{FeedbackDraft, FeedbackEvent, FeedbackFilter, FeedbackItem, StatusChange};
use crate::domain::text::long_text;
use crate::domain::Invalid;

/// Records what a neighbour said; it starts open. Call inside a transaction.
pub fn record(conn: &Connection, draft: &FeedbackDraft) -> Result<Uuid> {
    let text = long_text(&draft.text, "text")?;
    if text.is_empty() {
        return Err(Invalid::new("text", "error-required").into());
    }
    let received_on = parse_past_date(&draft.received_on, "received_on")?;
    let id = new_id();
    let opt = |id: Option<Uuid>| id.map(|u| u.to_string());
    conn.execute(
        "INSERT INTO feedback (id, forum_id, person_id, text, neighbourhood_id, commitment_id, milestone_id,
                               kind, priority, status, received_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, ?11, ?11)",
        params![
            id.to_string(),
            opt(draft.forum_id),
            opt(draft.person_id),
            text,
            opt(draft.neighbourhood_id),
            opt(draft.commitment_id),
            opt(draft.milestone_id),
            draft.kind,
            draft.priority,
            day(received_on),
            now()
        ],
    )
    .map_err(unknown_reference)?;
    add_event(conn, id, FeedbackStatus::Open, received_on, "")?;
    Ok(id)
}

fn unknown_reference(error: rusqlite::Error) -> StoreError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => Invalid::new("reference", "error-unknown-reference").into(),
        _ => error.into(),
    }
}

/// Moves an item along its loop. Forwarding names the directorate; an
/// answer needs its text. Call inside a transaction.
pub fn change_status(conn: &Connection, id: Uuid, change: &StatusChange) -> Result<()> {
    let detail = long_text(&change.detail, "detail")?;
    let on = parse_past_date(&change.on, "on")?;
    let status = change.status;
    if matches!(status, FeedbackStatus::Forwarded | FeedbackStatus::Answered) && detail.is_empty() {
        return Err(Invalid::new("detail", "error-required").into());
    }
    let (received, current, last_step): (String, FeedbackStatus, Option<String>) = conn
        .query_row(
            "SELECT received_on, status,
                    (SELECT max(happened_on) FROM feedback_event WHERE feedback_id = fb.id AND deleted_at IS NULL)
             FROM feedback fb WHERE id = ?1 AND deleted_at IS NULL",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(|_| StoreError::NotFound { entity: "feedback" })?;
    if !current.can_move_to(status) {
        return Err(Invalid::new("status", "error-status-step").into());
    }
    if day(on) < received {
        return Err(Invalid::new("on", "error-before-received").into());
    }
    // The history reads in order: no step dated before the one it follows.
    if last_step.is_some_and(|last| day(on) < last) {
        return Err(Invalid::new("on", "error-before-last-step").into());
    }
    let stamp = now();
    match status {
        FeedbackStatus::Forwarded => conn.execute(
            "UPDATE feedback SET status = ?2, forwarded_to = ?3, updated_at = ?4 WHERE id = ?1",
            params![id.to_string(), status, detail, stamp],
        )?,
        FeedbackStatus::Answered => conn.execute(
            "UPDATE feedback SET status = ?2, answer = ?3, answered_on = ?4, updated_at = ?5 WHERE id = ?1",
            params![id.to_string(), status, detail, day(on), stamp],
        )?,
        FeedbackStatus::Open | FeedbackStatus::Closed => conn.execute(
            "UPDATE feedback SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), status, stamp],
        )?,
    };
    add_event(conn, id, status, on, &detail)
}

fn add_event(conn: &Connection, feedback_id: Uuid, status: FeedbackStatus, on: NaiveDate, note: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO feedback_event (id, feedback_id, status, happened_on, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![new_id().to_string(), feedback_id.to_string(), status, day(on), note, now()],
    )?;
    Ok(())
}

const ITEM_SELECT: &str = "
    SELECT fb.id, fb.forum_id, f.title, fb.person_id, p.full_name, fb.text, fb.neighbourhood_id, n.name,
           fb.commitment_id, c.number, fb.milestone_id, m.title, fb.kind, fb.priority, fb.status,
           fb.forwarded_to, fb.answer, fb.answered_on, fb.received_on,
           CAST(julianday(:today) - julianday(fb.received_on) AS INTEGER)
    FROM feedback fb
    LEFT JOIN forum f ON f.id = fb.forum_id AND f.deleted_at IS NULL
    LEFT JOIN person p ON p.id = fb.person_id AND p.deleted_at IS NULL
    LEFT JOIN neighbourhood n ON n.id = fb.neighbourhood_id
    LEFT JOIN commitment c ON c.id = fb.commitment_id
    LEFT JOIN milestone m ON m.id = fb.milestone_id AND m.deleted_at IS NULL";

fn item(row: &rusqlite::Row<'_>) -> rusqlite::Result<FeedbackItem> {
    Ok(FeedbackItem {
        id: uuid_at(row, 0)?,
        forum_id: opt_uuid_at(row, 1)?,
        forum_title: row.get(2)?,
        person_id: opt_uuid_at(row, 3)?,
        person_name: row.get(4)?,
        text: row.get(5)?,
        neighbourhood_id: opt_uuid_at(row, 6)?,
        neighbourhood_name: row.get(7)?,
        commitment_id: opt_uuid_at(row, 8)?,
        commitment_number: row.get(9)?,
        milestone_id: opt_uuid_at(row, 10)?,
        milestone_title: row.get(11)?,
        kind: row.get(12)?,
        priority: row.get(13)?,
        status: row.get(14)?,
        forwarded_to: row.get(15)?,
        answer: row.get(16)?,
        answered_on: opt_date_at(row, 17)?,
        received_on: date_at(row, 18)?,
        age_days: row.get(19)?,
        history: Vec::new(),
    })
}

/// Feedback items, oldest first (the longest waiting lead), each with its
/// age in days at `today` and its history.
pub fn list(conn: &Connection, filter: &FeedbackFilter, today: NaiveDate) -> Result<Vec<FeedbackItem>> {
    let sql = format!(
        "{ITEM_SELECT}
         WHERE fb.deleted_at IS NULL
           AND (:commitment IS NULL OR fb.commitment_id = :commitment)
           AND (:neighbourhood IS NULL OR fb.neighbourhood_id = :neighbourhood)
           AND (:status IS NULL OR fb.status = :status)
           AND (:waiting = 0 OR fb.status IN ('open', 'forwarded'))
         ORDER BY fb.received_on, fb.created_at"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        rusqlite::named_params! {
            ":today": day(today),
            ":commitment": filter.commitment_id.map(|c| c.to_string()),
            ":neighbourhood": filter.neighbourhood_id.map(|n| n.to_string()),
            ":status": filter.status,
            ":waiting": filter.waiting_only,
        },
        item,
    )?;
    let mut items: Vec<FeedbackItem> = rows.collect::<rusqlite::Result<_>>()?;
    for item in &mut items {
        item.history = history(conn, item.id)?;
    }
    Ok(items)
}

pub fn get(conn: &Connection, id: Uuid, today: NaiveDate) -> Result<FeedbackItem> {
    let sql = format!("{ITEM_SELECT} WHERE fb.id = :id AND fb.deleted_at IS NULL");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query_map(rusqlite::named_params! { ":today": day(today), ":id": id.to_string() }, item)?;
    let mut found = rows.next().transpose()?.ok_or(StoreError::NotFound { entity: "feedback" })?;
    found.history = history(conn, id)?;
    Ok(found)
}

fn history(conn: &Connection, id: Uuid) -> Result<Vec<FeedbackEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, status, happened_on, note FROM feedback_event
         WHERE feedback_id = ?1 AND deleted_at IS NULL ORDER BY happened_on, created_at",
    )?;
    let rows = stmt.query_map([id.to_string()], |row| {
        Ok(FeedbackEvent {
            id: uuid_at(row, 0)?,
            status: row.get(1)?,
            happened_on: date_at(row, 2)?,
            note: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Corrects the day a step happened, keeping the history in order: not
/// before the step it follows, not after the one that follows it, not in the
/// future. The first step is the item's receipt, so its day moves
/// `received_on` too; the latest answer's day is `answered_on`. Returns the
/// item's id. Call inside a transaction.
pub fn correct_step(conn: &Connection, step_id: Uuid, on: &str) -> Result<Uuid> {
    let on = parse_past_date(on, "on")?;
    let feedback_id: String = conn
        .query_row(
            "SELECT e.feedback_id FROM feedback_event e JOIN feedback fb ON fb.id = e.feedback_id
             WHERE e.id = ?1 AND e.deleted_at IS NULL AND fb.deleted_at IS NULL",
            [step_id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: "feedback_event" })?;
    let item = Uuid::parse_str(&feedback_id).map_err(|_| StoreError::NotFound { entity: "feedback" })?;
    let steps = history(conn, item)?;
    let at = steps.iter().position(|s| s.id == step_id).ok_or(StoreError::NotFound { entity: "feedback_event" })?;
    if at > 0 && on < steps[at - 1].happened_on {
        return Err(Invalid::new("on", "error-before-last-step").into());
    }
    if steps.get(at + 1).is_some_and(|next| on > next.happened_on) {
        return Err(Invalid::new("on", "error-after-next-step").into());
    }
    let stamp = now();
    conn.execute(
        "UPDATE feedback_event SET happened_on = ?2, updated_at = ?3 WHERE id = ?1",
        params![step_id.to_string(), day(on), stamp],
    )?;
    let latest_answer = steps.iter().rposition(|s| s.status == FeedbackStatus::Answered);
    if at == 0 {
        conn.execute(
            "UPDATE feedback SET received_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![feedback_id, day(on), stamp],
        )?;
    }
    if latest_answer == Some(at) {
        conn.execute(
            "UPDATE feedback SET answered_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![feedback_id, day(on), stamp],
        )?;
    }
    Ok(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{FeedbackKind, Priority};
    use crate::store::{reference, Store};

    fn draft(text: &str, received_on: &str) -> FeedbackDraft {
        FeedbackDraft {
            forum_id: None,
            person_id: None,
            text: text.into(),
            neighbourhood_id: None,
            commitment_id: None,
            milestone_id: None,
            kind: FeedbackKind::Question,
            priority: Priority::High,
            received_on: received_on.into(),
        }
    }

    fn step(status: FeedbackStatus, on: &str, detail: &str) -> StatusChange {
        StatusChange { status, on: on.into(), detail: detail.into() }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
    }

    #[test]
    fn the_loop_keeps_every_status_change_with_its_date() {
        let store = Store::open_in_memory().expect("store");
        let id = record(store.conn(), &draft("¿Qué pasó con la luminaria de la plaza?", "02-11-2026")).expect("record");
        change_status(store.conn(), id, &step(FeedbackStatus::Forwarded, "03-11-2026", "DIPRESEC")).expect("forward");
        let no_answer = change_status(store.conn(), id, &step(FeedbackStatus::Answered, "09-11-2026", " "));
        assert!(no_answer.is_err(), "an answer needs its text");
        let too_early = change_status(store.conn(), id, &step(FeedbackStatus::Answered, "01-11-2026", "Listo"));
        assert!(too_early.is_err(), "no answer before the question");
        change_status(store.conn(), id, &step(FeedbackStatus::Answered, "10-11-2026", "Se repuso el 9 de noviembre"))
            .expect("answer");
        let item = get(store.conn(), id, today()).expect("get");
        assert_eq!(item.status, FeedbackStatus::Answered);
        assert_eq!(item.forwarded_to.as_deref(), Some("DIPRESEC"));
        assert_eq!(item.answer.as_deref(), Some("Se repuso el 9 de noviembre"));
        assert_eq!(item.age_days, 23);
        let steps: Vec<(FeedbackStatus, String)> =
            item.history.iter().map(|e| (e.status, e.happened_on.to_string())).collect();
        assert_eq!(
            steps,
            [
                (FeedbackStatus::Open, "2026-11-02".into()),
                (FeedbackStatus::Forwarded, "2026-11-03".into()),
                (FeedbackStatus::Answered, "2026-11-10".into())
            ]
        );
    }

    #[test]
    fn a_step_follows_the_loop_and_is_not_dated_before_the_step_it_follows() {
        let store = Store::open_in_memory().expect("store");
        let id = record(store.conn(), &draft("¿Cuándo limpian el microbasural?", "02-11-2026")).expect("record");
        change_status(store.conn(), id, &step(FeedbackStatus::Forwarded, "05-11-2026", "DAOGA")).expect("forward");
        let key = |r: Result<()>| match r {
            Err(StoreError::Invalid(invalid)) => (invalid.field, invalid.message_key),
            other => panic!("expected a refusal, got {other:?}"),
        };
        let early = change_status(store.conn(), id, &step(FeedbackStatus::Answered, "04-11-2026", "Listo"));
        assert_eq!(key(early), ("on", "error-before-last-step"));
        let again = change_status(store.conn(), id, &step(FeedbackStatus::Forwarded, "06-11-2026", "SECPLA"));
        assert_eq!(key(again), ("status", "error-status-step"));
        change_status(store.conn(), id, &step(FeedbackStatus::Answered, "05-11-2026", "Se limpia el lunes"))
            .expect("same day");
        let back = change_status(store.conn(), id, &step(FeedbackStatus::Forwarded, "07-11-2026", "SECPLA"));
        assert_eq!(key(back), ("status", "error-status-step"));
        change_status(store.conn(), id, &step(FeedbackStatus::Closed, "08-11-2026", "")).expect("close");
        let answered = change_status(store.conn(), id, &step(FeedbackStatus::Answered, "09-11-2026", "Otra"));
        assert_eq!(key(answered), ("status", "error-status-step"));
        change_status(store.conn(), id, &step(FeedbackStatus::Open, "20-11-2026", "Volvió a aparecer"))
            .expect("reopen");
        assert_eq!(get(store.conn(), id, today()).expect("get").history.len(), 5);
    }

    #[test]
    fn days_that_happened_are_not_in_the_future() {
        let store = Store::open_in_memory().expect("store");
        let tomorrow = crate::domain::dates::display_date(crate::domain::dates::today() + chrono::Days::new(1));
        let key = |r: std::result::Result<(), StoreError>| match r {
            Err(StoreError::Invalid(invalid)) => (invalid.field, invalid.message_key),
            other => panic!("expected a refusal, got {other:?}"),
        };
        let received = record(store.conn(), &draft("Texto", &tomorrow)).map(|_| ());
        assert_eq!(key(received), ("received_on", "error-date-in-future"));
        let id = record(store.conn(), &draft("Texto", "02-11-2026")).expect("record");
        let answer = change_status(store.conn(), id, &step(FeedbackStatus::Answered, &tomorrow, "Listo"));
        assert_eq!(key(answer), ("on", "error-date-in-future"));
        assert_eq!(get(store.conn(), id, today()).expect("get").status, FeedbackStatus::Open, "nothing changed");
    }

    #[test]
    fn a_steps_day_is_corrected_within_its_neighbours() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let id = record(conn, &draft("¿Y la luminaria?", "02-11-2026")).expect("record");
        change_status(conn, id, &step(FeedbackStatus::Forwarded, "05-11-2026", "DAOGA")).expect("forward");
        change_status(conn, id, &step(FeedbackStatus::Answered, "20-11-2026", "Repuesta")).expect("answer");
        let steps = get(conn, id, today()).expect("get").history;
        let key = |r: Result<Uuid>| match r {
            Err(StoreError::Invalid(invalid)) => (invalid.field, invalid.message_key),
            other => panic!("expected a refusal, got {other:?}"),
        };
        assert_eq!(key(correct_step(conn, steps[1].id, "01-11-2026")), ("on", "error-before-last-step"));
        assert_eq!(key(correct_step(conn, steps[1].id, "21-11-2026")), ("on", "error-after-next-step"));
        let tomorrow = crate::domain::dates::display_date(crate::domain::dates::today() + chrono::Days::new(1));
        assert_eq!(key(correct_step(conn, steps[2].id, &tomorrow)), ("on", "error-date-in-future"));
        assert_eq!(correct_step(conn, steps[2].id, "10-11-2026").expect("answer day"), id);
        correct_step(conn, steps[0].id, "01-11-2026").expect("receipt day");
        let item = get(conn, id, today()).expect("get");
        assert_eq!(item.answered_on, NaiveDate::from_ymd_opt(2026, 11, 10));
        assert_eq!(item.received_on, NaiveDate::from_ymd_opt(2026, 11, 1).expect("d"));
        let days: Vec<String> = item.history.iter().map(|s| s.happened_on.to_string()).collect();
        assert_eq!(days, ["2026-11-01", "2026-11-05", "2026-11-10"]);
        // Now the item can be closed on a day before the mistaken answer day.
        change_status(conn, id, &step(FeedbackStatus::Closed, "12-11-2026", "")).expect("close");
    }

    #[test]
    fn the_waiting_list_is_oldest_first_and_filters() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let commitments = reference::commitments(conn).expect("list");
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let recent =
            record(conn, &FeedbackDraft { neighbourhood_id: pehuen, ..draft("Reciente", "20-11-2026") }).expect("r");
        let old =
            record(conn, &FeedbackDraft { commitment_id: Some(commitments[2].id), ..draft("Antigua", "01-08-2026") })
                .expect("r");
        let done = record(conn, &draft("Cerrada", "01-07-2026")).expect("r");
        change_status(conn, done, &step(FeedbackStatus::Closed, "02-07-2026", "")).expect("close");

        let waiting =
            list(conn, &FeedbackFilter { waiting_only: true, ..FeedbackFilter::default() }, today()).expect("list");
        assert_eq!(waiting.iter().map(|i| i.id).collect::<Vec<_>>(), [old, recent]);
        assert_eq!(waiting[0].age_days, 116);
        let by_commitment = FeedbackFilter { commitment_id: Some(commitments[2].id), ..FeedbackFilter::default() };
        assert_eq!(list(conn, &by_commitment, today()).expect("list")[0].id, old);
        let by_barrio = FeedbackFilter { neighbourhood_id: pehuen, ..FeedbackFilter::default() };
        assert_eq!(list(conn, &by_barrio, today()).expect("list")[0].text, "Reciente");
        let closed = FeedbackFilter { status: Some(FeedbackStatus::Closed), ..FeedbackFilter::default() };
        assert_eq!(list(conn, &closed, today()).expect("list").len(), 1);
    }

    #[test]
    fn unknown_references_and_bad_dates_are_refused() {
        let store = Store::open_in_memory().expect("store");
        let ghost = FeedbackDraft { commitment_id: Some(Uuid::new_v4()), ..draft("Texto", "02-11-2026") };
        assert!(matches!(record(store.conn(), &ghost), Err(StoreError::Invalid(_))));
        assert!(matches!(record(store.conn(), &draft("Texto", "31-11-2026")), Err(StoreError::Invalid(_))));
        assert!(matches!(record(store.conn(), &draft("  ", "02-11-2026")), Err(StoreError::Invalid(_))));
    }
}
