//! Forums: every gathering, from a co-creation forum to the quarterly meeting.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::sql::{local_at, local_stamp, opt_uuid_at, uuid_at};
use super::{new_id, now, Result, StoreError};
use crate::domain::records::{Forum, ForumDraft, ForumSummary};
use crate::domain::text::{long_text, optional_line, required_line, LINE_MAX};
use crate::domain::{dates, Invalid};

/// Checks a draft and stores the forum with the commitments it addresses.
/// Call inside a transaction: it writes several rows.
pub fn create(conn: &Connection, draft: &ForumDraft) -> Result<Uuid> {
    let title = required_line(&draft.title, "title", LINE_MAX)?;
    let starts_at = dates::parse_date_time(&draft.date, &draft.time)?;
    let place = optional_line(&draft.place, "place", LINE_MAX)?;
    let agenda = long_text(&draft.agenda, "agenda")?;
    let minutes = long_text(&draft.minutes, "minutes")?;
    let id = new_id();
    let stamp = now();
    conn.execute(
        "INSERT INTO forum (id, kind, title, starts_at, place, neighbourhood_id, invitation, agenda, minutes,
                            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id.to_string(),
            draft.kind,
            title,
            local_stamp(starts_at),
            place,
            draft.neighbourhood_id.map(|n| n.to_string()),
            draft.invitation,
            agenda,
            minutes,
            stamp
        ],
    )
    .map_err(|e| unknown_reference(e, "neighbourhood_id"))?;
    let mut link = conn.prepare_cached(
        "INSERT INTO forum_commitment (id, forum_id, commitment_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
    )?;
    for commitment_id in &draft.commitment_ids {
        link.execute(params![new_id().to_string(), id.to_string(), commitment_id.to_string(), stamp])
            .map_err(|e| unknown_reference(e, "commitment_ids"))?;
    }
    Ok(id)
}

/// A foreign key that points nowhere is the caller's mistake, not a crash.
fn unknown_reference(error: rusqlite::Error, field: &'static str) -> StoreError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => Invalid::new(field, "error-unknown-reference").into(),
        _ => error.into(),
    }
}

pub fn get(conn: &Connection, id: Uuid) -> Result<Forum> {
    let forum = conn
        .query_row(
            "SELECT f.id, f.kind, f.title, f.starts_at, f.place, f.neighbourhood_id, n.name,
                    f.invitation, f.agenda, f.minutes
             FROM forum f LEFT JOIN neighbourhood n ON n.id = f.neighbourhood_id
             WHERE f.id = ?1 AND f.deleted_at IS NULL",
            [id.to_string()],
            |row| {
                Ok(Forum {
                    id: uuid_at(row, 0)?,
                    kind: row.get(1)?,
                    title: row.get(2)?,
                    starts_at: local_at(row, 3)?,
                    place: row.get(4)?,
                    neighbourhood_id: opt_uuid_at(row, 5)?,
                    neighbourhood_name: row.get(6)?,
                    commitment_ids: Vec::new(),
                    invitation: row.get(7)?,
                    agenda: row.get(8)?,
                    minutes: row.get(9)?,
                })
            },
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: "forum" })?;
    let mut stmt = conn.prepare_cached(
        "SELECT fc.commitment_id FROM forum_commitment fc JOIN commitment c ON c.id = fc.commitment_id
         WHERE fc.forum_id = ?1 AND fc.deleted_at IS NULL ORDER BY c.number",
    )?;
    let commitment_ids = stmt.query_map([id.to_string()], |row| uuid_at(row, 0))?.collect::<rusqlite::Result<_>>()?;
    Ok(Forum { commitment_ids, ..forum })
}

/// Every forum, newest first, with how many signed in.
pub fn list(conn: &Connection) -> Result<Vec<ForumSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.id, f.kind, f.title, f.starts_at, f.place, n.name,
                (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id AND a.deleted_at IS NULL)
         FROM forum f LEFT JOIN neighbourhood n ON n.id = f.neighbourhood_id
         WHERE f.deleted_at IS NULL
         ORDER BY f.starts_at DESC, f.created_at DESC",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(ForumSummary {
            id: uuid_at(row, 0)?,
            kind: row.get(1)?,
            title: row.get(2)?,
            starts_at: local_at(row, 3)?,
            place: row.get(4)?,
            neighbourhood_name: row.get(5)?,
            attendee_count: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::kinds::{ForumKind, InvitationMethod};
    use crate::store::{reference, Store};

    pub fn draft(title: &str, date: &str) -> ForumDraft {
        ForumDraft {
            kind: ForumKind::InterimSession,
            title: title.into(),
            date: date.into(),
            time: "18:30".into(),
            place: "Sede vecinal".into(),
            neighbourhood_id: None,
            commitment_ids: Vec::new(),
            invitation: InvitationMethod::OpenCall,
            agenda: String::new(),
            minutes: String::new(),
        }
    }

    #[test]
    fn creates_and_reads_back_a_forum_with_its_commitments() {
        let mut store = Store::open_in_memory().expect("store");
        let commitments = reference::commitments(store.conn()).expect("commitments");
        let pehuen = reference::neighbourhood_id_by_name(store.conn(), "Pehuén").expect("query");
        let mut new = draft("Foro de co-creación en la plaza", "24-11-2026");
        new.neighbourhood_id = pehuen;
        new.commitment_ids = vec![commitments[3].id, commitments[0].id];
        let tx = store.conn_mut().transaction().expect("tx");
        let id = create(&tx, &new).expect("create");
        tx.commit().expect("commit");
        let forum = get(store.conn(), id).expect("get");
        assert_eq!(forum.starts_at.to_string(), "2026-11-24 18:30:00");
        assert_eq!(forum.neighbourhood_name.as_deref(), Some("Pehuén"));
        assert_eq!(forum.commitment_ids, vec![commitments[0].id, commitments[3].id], "in number order");
    }

    #[test]
    fn lists_newest_first() {
        let store = Store::open_in_memory().expect("store");
        for (title, date) in [("Marzo", "10-03-2026"), ("Noviembre", "24-11-2026"), ("Junio", "01-06-2026")] {
            create(store.conn(), &draft(title, date)).expect("create");
        }
        let titles: Vec<_> = list(store.conn()).expect("list").into_iter().map(|f| f.title).collect();
        assert_eq!(titles, ["Noviembre", "Junio", "Marzo"]);
    }

    #[test]
    fn bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        let store = Store::open_in_memory().expect("store");
        let cases = [
            (draft(" ", "24-11-2026"), "title", "error-required"),
            (draft("Foro", "31-02-2026"), "date", "error-date-format"),
            (ForumDraft { time: "25:61".into(), ..draft("Foro", "24-11-2026") }, "time", "error-time-format"),
            (
                ForumDraft { neighbourhood_id: Some(Uuid::new_v4()), ..draft("Foro", "24-11-2026") },
                "neighbourhood_id",
                "error-unknown-reference",
            ),
        ];
        for (bad, field, key) in cases {
            match create(store.conn(), &bad) {
                Err(StoreError::Invalid(invalid)) => {
                    assert_eq!((invalid.field, invalid.message_key), (field, key))
                }
                other => panic!("expected {field}/{key}, got {other:?}"),
            }
        }
        assert!(list(store.conn()).expect("list").is_empty());
    }
}
