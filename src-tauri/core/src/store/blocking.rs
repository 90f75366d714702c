//! Blocking (Ley 21.719, Art. 8 ter): while a request is decided, a person
//! is kept but frozen: their record cannot be edited and they are left out
//! of every output (CSV exports, packs, sign-in sheets, the desk's search,
//! sync files). The block and its history stay on this laptop: a blocked
//! person does not travel at all until the block is lifted.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use super::sql::{day, opt_date_at};
use super::{new_id, now, people, Result, StoreError};
use crate::domain::records::BlockRecord;
use crate::domain::text::{required_line, LINE_MAX};
use crate::domain::{dates, Invalid};

/// Blocks `person` from `on`, for `reason`.
pub fn block(tx: &Transaction<'_>, person: Uuid, reason: &str, on: NaiveDate) -> Result<()> {
    people::refuse_if_blocked(tx, person)?;
    let reason = required_line(reason, "reason", LINE_MAX)?;
    let stamp = now();
    tx.execute(
        "INSERT INTO person_block (id, person_id, reason, blocked_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![new_id().to_string(), person.to_string(), reason, day(on), stamp],
    )?;
    // Not an edit to sync: the person simply stops travelling.
    tx.execute("UPDATE person SET blocked_on = ?2 WHERE id = ?1", params![person.to_string(), day(on)])?;
    Ok(())
}

/// Lifts the block of `person` on `on` (kept in the history). Their record
/// and what refers to it are stamped anew, so the next sync file for a
/// colleague carries what was held back meanwhile.
pub fn unblock(tx: &Transaction<'_>, person: Uuid, on: NaiveDate) -> Result<()> {
    let since = blocked_since(tx, person)?.ok_or(Invalid::new("person", "error-person-not-blocked"))?;
    if on < since {
        return Err(Invalid::new("lifted_on", "error-end-before-start").into());
    }
    let stamp = now();
    let id = person.to_string();
    tx.execute(
        "UPDATE person_block SET lifted_on = ?2, updated_at = ?3
         WHERE person_id = ?1 AND lifted_on IS NULL AND deleted_at IS NULL",
        params![id, day(on), stamp],
    )?;
    tx.execute("UPDATE person SET blocked_on = NULL, updated_at = ?2 WHERE id = ?1", params![id, stamp])?;
    for table in ["attendance", "feedback", "forum_facilitator"] {
        tx.execute(&format!("UPDATE {table} SET updated_at = ?2 WHERE person_id = ?1"), params![id, stamp])?;
    }
    Ok(())
}

/// The day the person's current block started; `None` when not blocked.
pub fn blocked_since(conn: &Connection, person: Uuid) -> Result<Option<NaiveDate>> {
    conn.query_row("SELECT blocked_on FROM person WHERE id = ?1 AND deleted_at IS NULL", [person.to_string()], |r| {
        opt_date_at(r, 0)
    })
    .optional()?
    .ok_or(StoreError::NotFound { entity: "person" })
}

/// Every block of a person, the latest first.
pub fn history(conn: &Connection, person: Uuid) -> Result<Vec<BlockRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT reason, blocked_on, lifted_on FROM person_block
         WHERE person_id = ?1 AND deleted_at IS NULL ORDER BY blocked_on DESC, created_at DESC",
    )?;
    let rows = stmt.query_map([person.to_string()], |r| {
        Ok(BlockRecord { reason: r.get(0)?, blocked_on: super::sql::date_at(r, 1)?, lifted_on: opt_date_at(r, 2)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The day a form typed (`24-11-2026`) for a block or its lifting.
pub fn parse_day(typed: &str, field: &'static str) -> Result<NaiveDate> {
    Ok(dates::parse_date(typed, field)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AttendanceRole;
    use crate::domain::records::PersonDraft;
    use crate::store::{attendance, Store};
    use crate::testing::in_tx;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("date")
    }

    #[test]
    fn a_blocked_person_is_frozen_until_unblocked_and_the_history_is_kept() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let rosa =
            people::create(conn, &PersonDraft { full_name: "Rosa Núñez".into(), ..PersonDraft::default() }).expect("p");
        let forum = crate::testing::forum(&store, "Foro", "05-12-2026");
        in_tx(conn, |tx| block(tx, rosa, "Solicitud de supresión en curso", date(2)));
        assert_eq!(blocked_since(conn, rosa).expect("q"), Some(date(2)));
        let again = block(&conn.unchecked_transaction().expect("tx"), rosa, "Otra", date(3));
        assert_eq!(crate::error::UserError::message_key(&again.unwrap_err()), "error-person-blocked");
        let edit = PersonDraft { full_name: "Rosa Otra".into(), ..PersonDraft::default() };
        let refused = people::update(&conn.unchecked_transaction().expect("tx"), rosa, &edit);
        assert_eq!(crate::error::UserError::message_key(&refused.unwrap_err()), "error-person-blocked");
        let sign_in = attendance::register(conn, forum, rosa, AttendanceRole::Neighbour);
        assert!(sign_in.is_err(), "not signed in while blocked");
        assert!(people::search(conn, "rosa", 8).expect("search").is_empty(), "not offered at the desk");
        let listed = people::list(conn, &Default::default(), 10, 0).expect("list");
        assert!(listed[0].blocked, "still in People, marked, to be unblocked");
        let early = unblock(&conn.unchecked_transaction().expect("tx"), rosa, date(1));
        assert!(early.is_err(), "lifted before it began");

        in_tx(conn, |tx| unblock(tx, rosa, date(4)));
        assert_eq!(blocked_since(conn, rosa).expect("q"), None);
        let person = in_tx(conn, |tx| people::update(tx, rosa, &edit));
        assert_eq!(person.full_name, "Rosa Otra");
        assert_eq!(
            person.blocks,
            [BlockRecord {
                reason: "Solicitud de supresión en curso".into(),
                blocked_on: date(2),
                lifted_on: Some(date(4))
            }]
        );
        let not_blocked = unblock(&conn.unchecked_transaction().expect("tx"), rosa, date(5));
        assert_eq!(crate::error::UserError::message_key(&not_blocked.unwrap_err()), "error-person-not-blocked");
    }
}
