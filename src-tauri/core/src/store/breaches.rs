//! The breach log: security incidents involving personal data, as the
//! controller records them for the Agencia (Ley 21.719, art. 14 sexies).
//! A table of this laptop (see `006_breach_log.sql`).

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::sql::{date_at, day, new_id, now, opt_date_at, utc_at, uuid_at};
use super::{Result, StoreError};
use crate::domain::breach::{agency_notice_required, people_notice_required, Breach, BreachDraft, CheckedBreach};

const COLUMNS: &str = "id, found_on, what_happened, whose_data, people_affected, data_kinds, children_data,
    sensitive_data, put_at_risk, actions_taken, agency_notified_on, people_notified_on, notified_how, created_at";

fn read(row: &Row<'_>) -> rusqlite::Result<Breach> {
    let put_at_risk: bool = row.get(8)?;
    let (children_data, sensitive_data): (bool, bool) = (row.get(6)?, row.get(7)?);
    Ok(Breach {
        id: uuid_at(row, 0)?,
        found_on: date_at(row, 1)?,
        what_happened: row.get(2)?,
        whose_data: row.get(3)?,
        people_affected: row.get(4)?,
        data_kinds: row.get(5)?,
        children_data,
        sensitive_data,
        put_at_risk,
        actions_taken: row.get(9)?,
        agency_notified_on: opt_date_at(row, 10)?,
        people_notified_on: opt_date_at(row, 11)?,
        notified_how: row.get(12)?,
        recorded_at: utc_at(row, 13)?,
        agency_notice_required: agency_notice_required(put_at_risk),
        people_notice_required: people_notice_required(put_at_risk, children_data, sensitive_data),
    })
}

fn values(b: &CheckedBreach) -> [rusqlite::types::Value; 12] {
    use rusqlite::types::Value;
    let date = |d: Option<NaiveDate>| d.map_or(Value::Null, |d| Value::Text(day(d)));
    [
        Value::Text(day(b.found_on)),
        Value::Text(b.what_happened.clone()),
        Value::Text(b.whose_data.clone()),
        b.people_affected.map_or(Value::Null, |n| Value::Integer(n.into())),
        Value::Text(b.data_kinds.clone()),
        Value::Integer(b.children_data.into()),
        Value::Integer(b.sensitive_data.into()),
        Value::Integer(b.put_at_risk.into()),
        Value::Text(b.actions_taken.clone()),
        date(b.agency_notified_on),
        date(b.people_notified_on),
        Value::Text(b.notified_how.clone()),
    ]
}

/// Records a breach found on or before `today`.
pub fn create(conn: &Connection, draft: &BreachDraft, today: NaiveDate) -> Result<Breach> {
    let checked = draft.check(today)?;
    let id = new_id();
    let [a, b, c, d, e, f, g, h, i, j, k, l] = values(&checked);
    conn.execute(
        "INSERT INTO breach (id, found_on, what_happened, whose_data, people_affected, data_kinds, children_data,
                             sensitive_data, put_at_risk, actions_taken, agency_notified_on, people_notified_on,
                             notified_how, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        params![id.to_string(), a, b, c, d, e, f, g, h, i, j, k, l, now()],
    )?;
    get(conn, id)
}

/// Corrects a breach, or records what was done and who was told since.
pub fn update(conn: &Connection, id: Uuid, draft: &BreachDraft, today: NaiveDate) -> Result<Breach> {
    let checked = draft.check(today)?;
    let [a, b, c, d, e, f, g, h, i, j, k, l] = values(&checked);
    let changed = conn.execute(
        "UPDATE breach SET found_on = ?2, what_happened = ?3, whose_data = ?4, people_affected = ?5, data_kinds = ?6,
                children_data = ?7, sensitive_data = ?8, put_at_risk = ?9, actions_taken = ?10,
                agency_notified_on = ?11, people_notified_on = ?12, notified_how = ?13, updated_at = ?14
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), a, b, c, d, e, f, g, h, i, j, k, l, now()],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "breach" });
    }
    get(conn, id)
}

pub fn get(conn: &Connection, id: Uuid) -> Result<Breach> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM breach WHERE id = ?1 AND deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(StoreError::NotFound { entity: "breach" })
}

/// Every breach, the latest found first.
pub fn list(conn: &Connection) -> Result<Vec<Breach>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM breach WHERE deleted_at IS NULL ORDER BY found_on DESC, created_at DESC"
    ))?;
    let rows = stmt.query_map([], read)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::breach::tests::{lost_sheet, today};
    use crate::store::Store;

    #[test]
    fn a_breach_is_recorded_listed_and_updated_with_who_must_be_told() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let first = create(conn, &lost_sheet(), today()).expect("create");
        assert_eq!(first.people_affected, Some(14));
        assert!(first.agency_notice_required && first.people_notice_required, "children under 14, at risk");
        let minor = BreachDraft {
            found_on: "15-11-2026".into(),
            children_data: false,
            put_at_risk: false,
            people_affected: String::new(),
            ..lost_sheet()
        };
        let second = create(conn, &minor, today()).expect("create");
        assert!(!second.agency_notice_required && !second.people_notice_required);
        assert_eq!(second.people_affected, None);
        let listed: Vec<Uuid> = list(conn).expect("list").iter().map(|b| b.id).collect();
        assert_eq!(listed, [first.id, second.id], "latest found first");

        let told = BreachDraft {
            agency_notified_on: "03-12-2026".into(),
            people_notified_on: "03-12-2026".into(),
            notified_how: "Correo a la Agencia; llamada a cada apoderado".into(),
            ..lost_sheet()
        };
        let updated = update(conn, first.id, &told, today()).expect("update");
        assert_eq!(updated.agency_notified_on, NaiveDate::from_ymd_opt(2026, 12, 3));
        assert_eq!(updated.recorded_at, first.recorded_at);
        assert_eq!(get(conn, first.id).expect("get"), updated);
    }

    #[test]
    fn an_invalid_breach_stores_nothing() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let bad = BreachDraft { what_happened: String::new(), ..lost_sheet() };
        assert!(matches!(create(conn, &bad, today()), Err(StoreError::Invalid(i)) if i.field == "whatHappened"));
        assert!(list(conn).expect("list").is_empty());
        let kept = create(conn, &lost_sheet(), today()).expect("create");
        assert!(matches!(update(conn, kept.id, &bad, today()), Err(StoreError::Invalid(_))));
        assert_eq!(get(conn, kept.id).expect("get").what_happened, lost_sheet().what_happened);
        assert!(matches!(update(conn, Uuid::new_v4(), &lost_sheet(), today()), Err(StoreError::NotFound { .. })));
    }
}
