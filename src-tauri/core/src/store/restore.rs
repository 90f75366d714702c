//! Going back to a backup, and the two ways out of a damaged database:
//! restore the newest good backup, or start a new database. Whatever was
//! there before is kept — as a backup, or under a new name — never deleted.
//! The caller holds the database lock (see `lock.rs`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Local;
use rusqlite::backup::Backup;
use rusqlite::Connection;

use super::backup::{self, BackupInfo, BEFORE_RESTORE};
use super::health::{self, is_absent_or_empty, open_read_only};
use super::migrations::latest_version;
use super::{Result, StoreError};

/// Replaces the database at `db_path` with the content of `backup_file`.
/// Returns where the previous state was kept: a "before-restore" backup,
/// or the damaged file set aside; `None` when there was no database.
pub fn restore(db_path: &Path, backup_file: &Path) -> Result<Option<PathBuf>> {
    let source = open_good_backup(backup_file)?;
    let kept = match health::check(db_path) {
        Err(StoreError::Damaged) => Some(set_aside_damaged(db_path)?),
        // A newer schema is still a readable database: it can be backed up.
        Ok(()) | Err(StoreError::TooNew) => None,
        Err(other) => return Err(other),
    };
    let had_content = !is_absent_or_empty(db_path);
    let mut live = Connection::open(db_path)?;
    let kept = match kept {
        Some(aside) => Some(aside),
        None if had_content => Some(backup::take(&live, db_path, BEFORE_RESTORE)?.path),
        None => None,
    };
    // Written through SQLite in one transaction, so the live file and its
    // -wal stay consistent; a crash midway leaves the old content.
    Backup::new(&source, &mut live)?.run_to_completion(1024, Duration::from_millis(5), None)?;
    Ok(kept)
}

/// The newest backup that passes the checks of `open_good_backup`.
pub fn newest_good_backup(db_path: &Path) -> Result<Option<BackupInfo>> {
    Ok(backup::list_backups(db_path)?.into_iter().find(|b| open_good_backup(&b.path).is_ok()))
}

/// Moves a damaged database out of the way (with its -wal, -shm and
/// -journal) to `<name>.damaged-YYYYMMDD-HHMMSS.sqlite3`, so a new database
/// can start at the usual place. Returns the new name.
pub fn set_aside_damaged(db_path: &Path) -> Result<PathBuf> {
    let stem = db_path.file_stem().and_then(|s| s.to_str()).unwrap_or("grupo-motor");
    let stamp = Local::now().format("%Y%m%d-%H%M%S");
    let folder = db_path.parent().unwrap_or(Path::new("."));
    // A name is free only if none of its side files is there either: a
    // rename would silently replace them.
    let taken = |aside: &Path| aside.exists() || SIDE_FILES.iter().any(|side| with_suffix(aside, side).exists());
    let mut aside = folder.join(format!("{stem}.damaged-{stamp}.sqlite3"));
    let mut n = 2;
    while taken(&aside) {
        aside = folder.join(format!("{stem}.damaged-{stamp}-{n}.sqlite3"));
        n += 1;
    }
    std::fs::rename(db_path, &aside)?;
    for side in SIDE_FILES {
        let from = with_suffix(db_path, side);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&aside, side))?;
        }
    }
    Ok(aside)
}

/// What SQLite keeps beside a database file.
const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Opens `file` read-only if it is a whole Grupo Motor database this
/// version can use: integrity check ok, our tables, and not from a newer app.
fn open_good_backup(file: &Path) -> Result<Connection> {
    if is_absent_or_empty(file) {
        return Err(StoreError::NotABackup);
    }
    let conn = open_read_only(file).map_err(not_a_backup)?;
    let integrity: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))
        .map_err(StoreError::from)
        .map_err(not_a_backup)?;
    let version = health::schema_version(&conn).map_err(not_a_backup)?;
    let our_tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('person', 'forum')",
            [],
            |row| row.get(0),
        )
        .map_err(StoreError::from)
        .map_err(not_a_backup)?;
    if integrity != "ok" || version < 1 || our_tables != 2 {
        return Err(StoreError::NotABackup);
    }
    if version > latest_version() as i64 {
        return Err(StoreError::TooNew);
    }
    Ok(conn)
}

fn not_a_backup(error: StoreError) -> StoreError {
    match error {
        StoreError::Damaged | StoreError::Sqlite(_) => StoreError::NotABackup,
        other => other,
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
