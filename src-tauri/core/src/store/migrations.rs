//! Schema versions, in order. SQLite's `user_version` records which ran.
//! Never edit a released migration: add the next one.

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use super::{Result, StoreError};

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_SQL.iter().map(|sql| M::up(sql)).collect()));

/// In order; a database at version N has run the first N.
const MIGRATION_SQL: &[&str] = &[
    include_str!("../../migrations/001_initial.sql"),
    include_str!("../../migrations/002_search.sql"),
    include_str!("../../migrations/003_note_progress.sql"),
    include_str!("../../migrations/004_lawful_people.sql"),
    include_str!("../../migrations/005_rights_requests.sql"),
    include_str!("../../migrations/006_breach_log.sql"),
    include_str!("../../migrations/008_forum_evidence.sql"),
    include_str!("../../migrations/009_attendance_count_index.sql"),
];

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
    fn version_3_brings_each_milestones_progress_into_its_levels_range() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        MIGRATIONS.to_version(&mut conn, 2).expect("version 2");
        conn.execute(
            "INSERT INTO commitment (id, number, title, lead_directorate, created_at, updated_at)
             VALUES ('c', 1, 'C', 'D', 'x', 'x')",
            [],
        )
        .expect("commitment");
        let rows = [
            ("complete", 45),
            ("limited", 0),
            ("limited", 70),
            ("substantial", 20),
            ("no_evidence", 30),
            ("substantial", 60),
        ];
        for (n, (level, progress)) in rows.iter().enumerate() {
            conn.execute(
                "INSERT INTO milestone (id, commitment_id, title, completion, progress, created_at, updated_at)
                 VALUES (?1, 'c', 'Hito', ?2, ?3, 'x', 'x')",
                rusqlite::params![n.to_string(), level, progress],
            )
            .expect("milestone");
        }
        migrate(&mut conn).expect("migrate");
        let mut stmt = conn.prepare("SELECT progress, updated_at FROM milestone ORDER BY id").expect("q");
        let after: Vec<(i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("q")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        let progress: Vec<i64> = after.iter().map(|(p, _)| *p).collect();
        assert_eq!(progress, [100, 1, 49, 50, 0, 60]);
        assert!(after.iter().all(|(_, stamp)| stamp == "x"), "not an edit for sync to spread");
    }

    #[test]
    fn version_4_marks_children_and_genders_without_consent_for_review_and_deletes_nothing() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        MIGRATIONS.to_version(&mut conn, 3).expect("version 3");
        for (id, band, gender) in [("a", "child", None), ("b", "adult", Some("female")), ("c", "adult", None)] {
            conn.execute(
                "INSERT INTO person (id, full_name, age_band, gender, created_at, updated_at)
                 VALUES (?1, 'Persona ' || ?1, ?2, ?3, 'x', 'x')",
                rusqlite::params![id, band, gender],
            )
            .expect("person");
        }
        migrate(&mut conn).expect("migrate");
        let mut stmt =
            conn.prepare("SELECT id, full_name, gender, needs_review, updated_at FROM person ORDER BY id").expect("q");
        let rows: Vec<(String, String, Option<String>, i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .expect("q")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        let marked: Vec<(&str, i64)> = rows.iter().map(|r| (r.0.as_str(), r.3)).collect();
        assert_eq!(marked, [("a", 1), ("b", 1), ("c", 0)]);
        assert_eq!(rows[0].1, "Persona a", "the child's name is kept, for the group to review");
        assert_eq!(rows[1].2.as_deref(), Some("female"), "the gender is kept, for the group to review");
        assert!(rows.iter().all(|r| r.4 == "x"), "not an edit for sync to spread");
    }

    #[test]
    fn a_database_from_a_newer_app_is_refused() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        conn.pragma_update(None, "user_version", 99).expect("set version");
        assert!(matches!(migrate(&mut conn), Err(StoreError::TooNew)));
        assert!(matches!(pending(&conn), Err(StoreError::TooNew)));
    }
}
