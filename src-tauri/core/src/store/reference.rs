//! The reference lists every laptop starts with: Maipú's barrios and the
//! plan's four commitments. Their ids derive from their names, so the same
//! row seeded on two laptops merges instead of doubling.

use rusqlite::{params, Connection};
use serde::Deserialize;
use uuid::Uuid;

use super::sql::{opt_uuid_at, uuid_at};
use super::Result;
use crate::domain::records::{Commitment, Neighbourhood};

const NEIGHBOURHOODS: &str = include_str!("../../../../assets/neighbourhoods.json");
const COMMITMENTS: &str = include_str!("../../../../assets/commitments.json");

/// Namespace for ids derived from names (UUID v5).
const SEED_NAMESPACE: Uuid = Uuid::from_u128(0x6d2b_4c1e_9a7f_4e0b_8c3d_5f1a_2b7e_9c40);

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SeedCommitment {
    number: i64,
    title: String,
    lead_directorate: String,
    description: String,
}

pub fn seeded_id(kind: &str, key: &str) -> Uuid {
    Uuid::new_v5(&SEED_NAMESPACE, format!("{kind}:{key}").as_bytes())
}

/// Seeded rows carry this stamp on every laptop, so that two copies of a
/// seeded row are identical and merge as unchanged.
const SEED_STAMP: &str = "2000-01-01T00:00:00.000Z";

/// Seeds each list once, when its table has never held a row. Call inside
/// a transaction (`Store` does), so that a crash cannot leave a list cut short.
pub fn seed_if_empty(conn: &Connection) -> Result<()> {
    let stamp = SEED_STAMP;
    if table_is_empty(conn, "neighbourhood")? {
        let names: Vec<String> = serde_json::from_str(NEIGHBOURHOODS).unwrap_or_default();
        let mut insert =
            conn.prepare("INSERT INTO neighbourhood (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)")?;
        for name in names {
            insert.execute(params![seeded_id("neighbourhood", &name).to_string(), name, stamp])?;
        }
    }
    if table_is_empty(conn, "commitment")? {
        let commitments: Vec<SeedCommitment> = serde_json::from_str(COMMITMENTS).unwrap_or_default();
        let mut insert = conn.prepare(
            "INSERT INTO commitment (id, number, title, lead_directorate, description, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        for c in commitments {
            let id = seeded_id("commitment", &c.number.to_string());
            insert.execute(params![id.to_string(), c.number, c.title, c.lead_directorate, c.description, stamp])?;
        }
    }
    Ok(())
}

fn table_is_empty(conn: &Connection, table: &str) -> Result<bool> {
    let sql = format!("SELECT NOT EXISTS (SELECT 1 FROM {table})");
    Ok(conn.query_row(&sql, [], |row| row.get(0))?)
}

pub fn neighbourhoods(conn: &Connection) -> Result<Vec<Neighbourhood>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, sector_code FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([], |row| Ok(Neighbourhood { id: uuid_at(row, 0)?, name: row.get(1)?, sector_code: row.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn commitments(conn: &Connection) -> Result<Vec<Commitment>> {
    let mut stmt = conn.prepare(
        "SELECT id, number, title, lead_directorate, description FROM commitment
         WHERE deleted_at IS NULL ORDER BY number",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(Commitment {
            id: uuid_at(row, 0)?,
            number: row.get(1)?,
            title: row.get(2)?,
            lead_directorate: row.get(3)?,
            description: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The neighbourhood a name refers to, if any (used by the demo and imports).
pub fn neighbourhood_id_by_name(conn: &Connection, name: &str) -> Result<Option<Uuid>> {
    let mut stmt = conn.prepare("SELECT id FROM neighbourhood WHERE name = ?1 AND deleted_at IS NULL")?;
    let mut rows = stmt.query([name])?;
    match rows.next()? {
        Some(row) => Ok(opt_uuid_at(row, 0)?),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;

    #[test]
    fn a_new_database_holds_the_21_barrios_and_4_commitments() {
        let store = Store::open_in_memory().expect("store");
        let barrios = super::neighbourhoods(store.conn()).expect("list");
        assert_eq!(barrios.len(), 21);
        assert!(barrios.iter().any(|b| b.name == "Santa Ana de Chena"));
        let commitments = super::commitments(store.conn()).expect("list");
        let leads: Vec<_> = commitments.iter().map(|c| c.lead_directorate.as_str()).collect();
        assert_eq!(leads, ["SECPLA", "DIDECO", "DAOGA", "DIPRESEC"]);
    }

    #[test]
    fn seeded_ids_are_the_same_on_every_laptop() {
        let a = Store::open_in_memory().expect("store");
        let b = Store::open_in_memory().expect("store");
        assert_eq!(super::neighbourhoods(a.conn()).expect("a"), super::neighbourhoods(b.conn()).expect("b"));
    }

    #[test]
    fn seeding_runs_once_so_edits_and_deletions_stay() {
        let store = Store::open_in_memory().expect("store");
        store
            .conn()
            .execute("UPDATE neighbourhood SET deleted_at = 'x' WHERE name = 'Industrial'", [])
            .expect("tombstone");
        super::seed_if_empty(store.conn()).expect("seed again");
        assert_eq!(super::neighbourhoods(store.conn()).expect("list").len(), 20);
    }
}
