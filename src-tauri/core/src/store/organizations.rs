//! Organizations people belong to (juntas de vecinos, schools, NGOs…).

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::sql::{opt_uuid_at, uuid_at};
use super::{new_id, now, Result};
use crate::domain::kinds::OrganizationKind;
use crate::domain::records::Organization;
use crate::domain::text::{required_line, NAME_MAX};

pub fn list(conn: &Connection) -> Result<Vec<Organization>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, kind, neighbourhood_id FROM organization
         WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(Organization {
            id: uuid_at(row, 0)?,
            name: row.get(1)?,
            kind: row.get(2)?,
            neighbourhood_id: opt_uuid_at(row, 3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn create(conn: &Connection, name: &str, kind: OrganizationKind, neighbourhood_id: Option<Uuid>) -> Result<Uuid> {
    let name = required_line(name, "organization_name", NAME_MAX)?;
    let id = new_id();
    let stamp = now();
    conn.execute(
        "INSERT INTO organization (id, name, kind, neighbourhood_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id.to_string(), name, kind, neighbourhood_id.map(|n| n.to_string()), stamp],
    )?;
    Ok(id)
}

/// The organization with this name (case and spacing ignored), created as
/// "other" when it is new: the sign-in desk only asks for a name.
pub fn find_or_create(conn: &Connection, name: &str, neighbourhood_id: Option<Uuid>) -> Result<Uuid> {
    let name = required_line(name, "organization_name", NAME_MAX)?;
    let existing = conn
        .query_row(
            "SELECT id FROM organization WHERE name = ?1 COLLATE NOCASE AND deleted_at IS NULL
             ORDER BY created_at LIMIT 1",
            [&name],
            |row| uuid_at(row, 0),
        )
        .optional()?;
    match existing {
        Some(id) => Ok(id),
        None => create(conn, &name, OrganizationKind::Other, neighbourhood_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn find_or_create_reuses_a_name_whatever_its_case_and_spacing() {
        let store = Store::open_in_memory().expect("store");
        let first = find_or_create(store.conn(), "Junta de Vecinos  Pehuén", None).expect("create");
        let again = find_or_create(store.conn(), " junta de vecinos pehuén", None).expect("find");
        assert_eq!(first, again);
        let all = list(store.conn()).expect("list");
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].name, "Junta de Vecinos Pehuén");
    }
}
