//! Schema versions, in order. SQLite's `user_version` records which ran.
//! Never edit a released migration: add the next one.

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::{Result, StoreError};

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_SQL.iter().map(|sql| M::up(sql)).collect()));

/// In order; a database at version N has run the first N.
const MIGRATION_SQL: &[&str] =
    &[include_str!("../../migrations/001_initial.sql"), include_str!("../../migrations/002_search.sql")];

/// What opening must do to the schema (`Store::open` acts on it).
#[derive(Debug, PartialEq, Eq)]
pub enum Pending {
    Nothing,
    /// A new, empty database: nothing to keep before migrating.
    Create,
    /// Records of an older schema: back them up, then migrate.
    Upgrade,
}

/// Which migrations this database still needs; `TooNew` if it is newer
/// than this app.
pub fn pending(conn: &Connection) -> Result<Pending> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let latest = latest_version() as i64;
    Ok(match current {
        c if c > latest => return Err(StoreError::TooNew),
        c if c == latest => Pending::Nothing,
        0 => Pending::Create,
        _ => Pending::Upgrade,
    })
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    if pending(conn)? != Pending::Nothing {
        MIGRATIONS.to_latest(conn)?;
    }
    Ok(())
}

pub fn latest_version() -> usize {
    MIGRATION_SQL.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid_and_reach_the_latest_version() {
        MIGRATIONS.validate().expect("migrations apply from an empty database");
        let mut conn = Connection::open_in_memory().expect("memory db");
        migrate(&mut conn).expect("migrate");
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
        assert_eq!(version, latest_version() as i64);
        migrate(&mut conn).expect("migrating twice is a no-op");
        assert_eq!(pending(&conn).expect("pending"), Pending::Nothing);
    }

    #[test]
    fn a_database_from_a_newer_app_is_refused() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        conn.pragma_update(None, "user_version", 99).expect("set version");
        assert!(matches!(migrate(&mut conn), Err(StoreError::TooNew)));
        assert!(matches!(pending(&conn), Err(StoreError::TooNew)));
    }
}
