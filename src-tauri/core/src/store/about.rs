//! *Acerca de*: what a leader (or whoever helps them) needs to know about
//! this copy of the app: where its data is, how much of it, when it was last
//! backed up and where the log files are.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::backup::{self, BackupInfo};
use super::Result;

/// Records still in use (not deleted, not merged away), by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordCounts {
    pub people: u32,
    pub forums: u32,
    pub attendances: u32,
    pub feedback: u32,
    pub milestones: u32,
    pub notes: u32,
    pub evidence: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct About {
    pub version: String,
    #[ts(type = "string")]
    pub database: PathBuf,
    /// The database file and its write-ahead log, in bytes.
    #[ts(type = "number")]
    pub database_size: u64,
    pub records: RecordCounts,
    /// The newest backup in `backups/`, if any.
    pub last_backup: Option<BackupInfo>,
    #[ts(type = "string")]
    pub log_folder: PathBuf,
    /// The folder that holds the database, its backups, evidence and logs.
    #[ts(type = "string")]
    pub data_folder: PathBuf,
}

pub fn about(conn: &Connection, database: &Path, version: &str, log_folder: PathBuf) -> Result<About> {
    Ok(About {
        version: version.to_string(),
        database: database.to_path_buf(),
        database_size: database_size(database),
        records: record_counts(conn)?,
        last_backup: backup::list_backups(database)?.into_iter().next(),
        log_folder,
        data_folder: data_folder(database),
    })
}

pub fn data_folder(database: &Path) -> PathBuf {
    match database.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn database_size(database: &Path) -> u64 {
    let size = |path: &Path| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let mut wal = database.as_os_str().to_owned();
    wal.push("-wal");
    size(database) + size(Path::new(&wal))
}

pub fn record_counts(conn: &Connection) -> Result<RecordCounts> {
    let count = |sql: &str| -> Result<u32> { Ok(conn.query_row(sql, [], |row| row.get(0))?) };
    Ok(RecordCounts {
        people: count("SELECT count(*) FROM person WHERE deleted_at IS NULL AND merged_into IS NULL")?,
        forums: count("SELECT count(*) FROM forum WHERE deleted_at IS NULL")?,
        attendances: count("SELECT count(*) FROM attendance WHERE deleted_at IS NULL")?,
        feedback: count("SELECT count(*) FROM feedback WHERE deleted_at IS NULL")?,
        milestones: count("SELECT count(*) FROM milestone WHERE deleted_at IS NULL")?,
        notes: count("SELECT count(*) FROM milestone_note WHERE deleted_at IS NULL")?,
        evidence: count("SELECT count(*) FROM evidence WHERE deleted_at IS NULL")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn counts_what_is_recorded_and_finds_the_newest_backup() {
        let dir = tempfile::tempdir().expect("dir");
        let database = dir.path().join("grupo-motor.sqlite3");
        let store = Store::open(&database).expect("open");
        let empty = about(store.conn(), &database, "1.2.3", dir.path().join("logs")).expect("about");
        assert_eq!((empty.records.forums, empty.records.people), (0, 0));
        assert_eq!(empty.last_backup, None);
        assert!(empty.database_size > 0);
        assert_eq!(empty.data_folder, dir.path());

        crate::testing::forum(&store, "Foro en Rinconada", "24-11-2026");
        crate::testing::forum(&store, "Foro en Ciudad Satélite", "25-11-2026");
        let taken = backup::take(store.conn(), &database, backup::MANUAL).expect("backup");
        let now = about(store.conn(), &database, "1.2.3", dir.path().join("logs")).expect("about");
        assert_eq!(now.records.forums, 2, "{:?}", now.records);
        assert_eq!(now.last_backup.map(|b| b.path), Some(taken.path));
        assert_eq!(now.version, "1.2.3");
    }
}
