//! The register of rights requests (*Solicitudes de derechos*, Ley 21.719):
//! received → in progress → answered / refused, each step dated (never in
//! the future, never before the step it follows), one extension of the
//! deadline with its reason, and what answering does: suppression erases the
//! person (`rights::erase`), blocking freezes them (`blocking::block`), access
//! and portability record when the person's data were sent.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Transaction};
use uuid::Uuid;

use super::sql::{date_at, day, opt_date_at, opt_uuid_at, uuid_at};
use super::{new_id, now, people, rights, settings, Result, StoreError};
use crate::domain::dates::{not_after, parse_date};
use crate::domain::kinds::{RequestRight, RequestStatus};
use crate::domain::requests::{due_on, urgency, RequestDraft, RequestStep, RequestsDue, RightsRequest, Urgency};
use crate::domain::text::{long_text, optional_line, NAME_MAX};
use crate::domain::Invalid;

/// A step's date: a real day, not after `today`, not before `after`.
fn step_date(text: &str, field: &'static str, after: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
    let on = parse_date(text, field)?;
    not_after(on, today, field)?;
    if on < after {
        return Err(Invalid::new(field, "error-request-before-step").into());
    }
    Ok(on)
}

/// Records a request as received. The requester is a person of the app (their
/// name is kept as it is now) or a name as they gave it.
pub fn record(conn: &Connection, draft: &RequestDraft, today: NaiveDate) -> Result<Uuid> {
    let received_on = parse_date(&draft.received_on, "receivedOn")?;
    not_after(received_on, today, "receivedOn")?;
    let requester_name = match draft.requester_id {
        Some(id) => people::get(conn, id)?.full_name,
        None => optional_line(&draft.requester_name, "requesterName", NAME_MAX)?,
    };
    if requester_name.is_empty() {
        return Err(Invalid::new("requesterName", "error-request-requester").into());
    }
    if let Some(subject) = draft.subject_id {
        people::get(conn, subject)?;
    }
    let notes = long_text(&draft.notes, "notes")?;
    let id = new_id();
    let opt = |id: Option<Uuid>| id.map(|u| u.to_string());
    conn.execute(
        "INSERT INTO rights_request (id, received_on, requester_person_id, requester_name, subject_person_id,
                                     kind, channel, notes, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'received', ?9, ?9)",
        params![
            id.to_string(),
            day(received_on),
            opt(draft.requester_id),
            requester_name,
            opt(draft.subject_id),
            draft.right,
            draft.channel,
            notes,
            now()
        ],
    )?;
    Ok(id)
}

/// Taken up: received → in progress.
pub fn start(conn: &Connection, id: Uuid, step: &RequestStep, today: NaiveDate) -> Result<RightsRequest> {
    let current = get(conn, id, today)?;
    check_move(&current, RequestStatus::InProgress)?;
    let on = step_date(&step.on, "on", last_step(&current), today)?;
    conn.execute(
        "UPDATE rights_request SET status = 'in_progress', started_on = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), day(on), now()],
    )?;
    get(conn, id, today)
}

/// The one extension of 30 days, with its reason, decided before the
/// first deadline; blocking is never extended.
pub fn extend(conn: &Connection, id: Uuid, step: &RequestStep, today: NaiveDate) -> Result<RightsRequest> {
    let current = get(conn, id, today)?;
    if !current.status.is_open() {
        return Err(Invalid::new("status", "error-request-step").into());
    }
    if current.right == RequestRight::Blocking {
        return Err(Invalid::new("on", "error-request-extension-blocking").into());
    }
    if current.extended_on.is_some() {
        return Err(Invalid::new("on", "error-request-extended-twice").into());
    }
    let on = step_date(&step.on, "on", last_step(&current), today)?;
    if on > due_on(current.right, current.received_on, false) {
        return Err(Invalid::new("on", "error-request-extension-late").into());
    }
    let reason = long_text(&step.text, "text")?;
    if reason.is_empty() {
        return Err(Invalid::new("text", "error-request-extension-reason").into());
    }
    conn.execute(
        "UPDATE rights_request SET extended_on = ?2, extension_reason = ?3, updated_at = ?4 WHERE id = ?1",
        params![id.to_string(), day(on), reason, now()],
    )?;
    get(conn, id, today)
}

/// Decides the request: `Answered` (granted) or `Refused`, which must give
/// its reasons. Granting a suppression erases the person, granting a
/// blocking freezes them, in the same transaction as the decision.
pub fn decide(
    tx: &Transaction<'_>,
    id: Uuid,
    outcome: RequestStatus,
    step: &RequestStep,
    today: NaiveDate,
) -> Result<RightsRequest> {
    let current = get(tx, id, today)?;
    if !matches!(outcome, RequestStatus::Answered | RequestStatus::Refused) {
        return Err(Invalid::new("status", "error-request-step").into());
    }
    check_move(&current, outcome)?;
    let on = step_date(&step.on, "on", last_step(&current), today)?;
    let decision = long_text(&step.text, "text")?;
    if outcome == RequestStatus::Refused && decision.is_empty() {
        return Err(Invalid::new("text", "error-request-reasons").into());
    }
    if outcome == RequestStatus::Answered {
        match current.right {
            RequestRight::Suppression => rights::erase(tx, subject(&current)?)?,
            RequestRight::Blocking => block_subject(tx, subject(&current)?, on)?,
            _ => {}
        }
    }
    tx.execute(
        "UPDATE rights_request SET status = ?2, decided_on = ?3, decision = ?4, updated_at = ?5 WHERE id = ?1",
        params![id.to_string(), outcome, day(on), decision, now()],
    )?;
    get(tx, id, today)
}

/// A granted blocking freezes the person (`blocking::block`): kept, but out
/// of every output until the block is lifted. Already blocked: nothing to do.
fn block_subject(tx: &Transaction<'_>, person: Uuid, since: NaiveDate) -> Result<()> {
    if super::blocking::blocked_since(tx, person)?.is_some() {
        return Ok(());
    }
    super::blocking::block(tx, person, BLOCK_REASON, since)
}

/// The reason kept with a block that a request granted (the block's history
/// shows it; the request itself holds the details).
const BLOCK_REASON: &str = "Solicitud de bloqueo (Ley 21.719, art. 8 ter)";

/// Records that the person's data were sent on `on` (access, portability):
/// called once the export file is in place.
pub fn mark_sent(conn: &Connection, id: Uuid, on: NaiveDate, today: NaiveDate) -> Result<RightsRequest> {
    let current = get(conn, id, today)?;
    if !matches!(current.right, RequestRight::Access | RequestRight::Portability) {
        return Err(Invalid::new("right", "error-request-not-export").into());
    }
    conn.execute(
        "UPDATE rights_request SET sent_on = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.to_string(), day(on), now()],
    )?;
    get(conn, id, today)
}

/// The person a request is about, who must still be recorded.
pub fn subject(request: &RightsRequest) -> Result<Uuid> {
    match (request.subject_id, &request.subject_name) {
        (Some(id), Some(_)) => Ok(id),
        _ => Err(Invalid::new("subjectId", "error-request-no-person").into()),
    }
}

fn check_move(current: &RightsRequest, next: RequestStatus) -> Result<()> {
    if current.status.can_move_to(next) {
        Ok(())
    } else {
        Err(Invalid::new("status", "error-request-step").into())
    }
}

/// The latest dated step so far: a new one may not come before it.
fn last_step(request: &RightsRequest) -> NaiveDate {
    [Some(request.received_on), request.started_on, request.extended_on]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(request.received_on)
}

/// A merged person's requests follow the record that is kept.
pub(crate) fn follow_merge(tx: &Transaction<'_>, survivor: Uuid, duplicate: Uuid, stamp: &str) -> Result<()> {
    let (s, d) = (survivor.to_string(), duplicate.to_string());
    tx.execute(
        "UPDATE rights_request SET requester_person_id = ?1, updated_at = ?3 WHERE requester_person_id = ?2",
        params![s, d, stamp],
    )?;
    tx.execute(
        "UPDATE rights_request SET subject_person_id = ?1, updated_at = ?3 WHERE subject_person_id = ?2",
        params![s, d, stamp],
    )?;
    Ok(())
}

const SELECT: &str = "
    SELECT r.id, r.received_on, r.requester_person_id, r.requester_name, r.subject_person_id, s.full_name,
           r.kind, r.channel, r.notes, r.status, r.started_on, r.extended_on, r.extension_reason,
           r.decided_on, r.decision, r.sent_on
    FROM rights_request r
    LEFT JOIN person s ON s.id = r.subject_person_id AND s.deleted_at IS NULL";

fn row_at(row: &rusqlite::Row<'_>, today: NaiveDate) -> rusqlite::Result<RightsRequest> {
    let received_on = date_at(row, 1)?;
    let right: RequestRight = row.get(6)?;
    let status: RequestStatus = row.get(9)?;
    let extended_on = opt_date_at(row, 11)?;
    let due = due_on(right, received_on, extended_on.is_some());
    Ok(RightsRequest {
        id: uuid_at(row, 0)?,
        received_on,
        requester_id: opt_uuid_at(row, 2)?,
        requester_name: row.get(3)?,
        subject_id: opt_uuid_at(row, 4)?,
        subject_name: row.get(5)?,
        right,
        channel: row.get(7)?,
        notes: row.get(8)?,
        status,
        started_on: opt_date_at(row, 10)?,
        extended_on,
        extension_reason: row.get(12)?,
        decided_on: opt_date_at(row, 13)?,
        decision: row.get(14)?,
        sent_on: opt_date_at(row, 15)?,
        due_on: due,
        urgency: urgency(status, due, today),
    })
}

pub fn get(conn: &Connection, id: Uuid, today: NaiveDate) -> Result<RightsRequest> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE r.id = ?1 AND r.deleted_at IS NULL"))?;
    let mut rows = stmt.query_map([id.to_string()], |row| row_at(row, today))?;
    rows.next().transpose()?.ok_or(StoreError::NotFound { entity: "request" })
}

/// Every request: the open ones first, soonest due first, then the decided
/// ones, latest decision first.
pub fn list(conn: &Connection, today: NaiveDate) -> Result<Vec<RightsRequest>> {
    let mut stmt =
        conn.prepare_cached(&format!("{SELECT} WHERE r.deleted_at IS NULL ORDER BY r.received_on, r.created_at"))?;
    let mut all: Vec<RightsRequest> = stmt.query_map([], |row| row_at(row, today))?.collect::<rusqlite::Result<_>>()?;
    all.sort_by(|a, b| match (a.status.is_open(), b.status.is_open()) {
        (true, true) => a.due_on.cmp(&b.due_on),
        (false, false) => b.decided_on.cmp(&a.decided_on),
        (a_open, b_open) => b_open.cmp(&a_open),
    });
    Ok(all)
}

/// The dashboard's card: open requests overdue at `today`, and those due
/// within the week (`domain::requests::urgency`, the one definition).
pub fn due(conn: &Connection, today: NaiveDate) -> Result<RequestsDue> {
    let open: Vec<RightsRequest> = list(conn, today)?.into_iter().filter(|r| r.status.is_open()).collect();
    let (overdue, rest): (Vec<_>, Vec<_>) = open.into_iter().partition(|r| r.urgency == Urgency::Overdue);
    Ok(RequestsDue { overdue, due_this_week: rest.into_iter().filter(|r| r.urgency == Urgency::DueThisWeek).collect() })
}

/// Who answers: the controller as the settings record it (any part may be
/// empty; the letter prints without it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Controller {
    pub name: String,
    pub unit: String,
    pub contact: String,
    pub address: String,
}

pub fn controller(conn: &Connection) -> Result<Controller> {
    let read = |key: &str| -> Result<String> { Ok(settings::get(conn, key)?.unwrap_or_default().trim().to_string()) };
    Ok(Controller {
        name: read("controller.name")?,
        unit: read("controller.unit")?,
        contact: read("controller.contact")?,
        address: read("controller.address")?,
    })
}

#[cfg(test)]
#[path = "requests/tests.rs"]
mod tests;
