//! Backups with SQLite's online backup API: a consistent copy even while the
//! app writes. They live in `backups/` beside the database, named
//! `<name>-YYYYMMDD-HHMMSS-<reason>.sqlite3` (local time), so the folder
//! reads in order and a backup says why it was made.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Local, NaiveDateTime, Timelike};
use rusqlite::backup::Backup;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::health::open_read_only;
use super::Result;
use crate::output_file::{self, Protected};

pub const DAILY: &str = "daily";
pub const MANUAL: &str = "manual";
pub const BEFORE_MIGRATION: &str = "before-migration";
pub const BEFORE_RESTORE: &str = "before-restore";

/// How many daily backups are kept; the others reasons are kept for good.
pub const DAILY_KEPT: usize = 14;

const STAMP: &str = "%Y%m%d-%H%M%S";
const EXTENSION: &str = "sqlite3";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    #[ts(type = "string")]
    pub path: PathBuf,
    /// Local time.
    pub taken_at: NaiveDateTime,
    #[ts(type = "number")]
    pub size: u64,
    /// `daily`, `manual`, `before-migration` or `before-restore`.
    pub reason: String,
}

/// Copies the database behind `conn` to `dest`, a path the person chose:
/// never over what `protected` names — the database itself, its side
/// files, a backup or evidence (see `output_file`). The copy is written beside `dest` under a unique
/// name and renamed into place, so `dest` is never a half-written file.
pub fn backup_to(conn: &Connection, protected: &Protected, dest: &Path) -> Result<()> {
    copy_to(conn, dest, protected)
}

fn copy_to(conn: &Connection, dest: &Path, protected: &Protected) -> Result<()> {
    output_file::write_at(protected, dest, |temp| {
        let mut copy = Connection::open(temp)?;
        // Steps of 4 MB with a short pause let the app keep writing meanwhile.
        Backup::new(conn, &mut copy)?.run_to_completion(1024, Duration::from_millis(5), None)?;
        // One self-contained file: no -wal or -shm appears beside a backup.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    })
}

/// `<database folder>/backups`.
pub fn backups_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Backs up the database behind `conn` (whose file is `db_path`) into the
/// backups folder, marked with `reason`.
pub fn take(conn: &Connection, db_path: &Path, reason: &str) -> Result<BackupInfo> {
    take_at(conn, db_path, reason, Local::now().naive_local())
}

fn take_at(conn: &Connection, db_path: &Path, reason: &str, now: NaiveDateTime) -> Result<BackupInfo> {
    // The name keeps whole seconds: so does the time it is listed with.
    let now = now.with_nanosecond(0).unwrap_or(now);
    let folder = backups_dir(db_path);
    std::fs::create_dir_all(&folder)?;
    let dest = free_name(&folder, &prefix(db_path), now, reason);
    // A new name in the backups folder, which `backup_to` refuses.
    copy_to(conn, &dest, &Protected::of(conn).allowing_backups())?;
    let size = std::fs::metadata(&dest)?.len();
    Ok(BackupInfo { path: dest, taken_at: now, size, reason: reason.to_string() })
}

/// The backup of the day, unless one was already made today; then keeps
/// only the newest `DAILY_KEPT` daily backups.
pub fn daily_backup(db_path: &Path) -> Result<Option<BackupInfo>> {
    daily_backup_at(db_path, Local::now().naive_local())
}

fn daily_backup_at(db_path: &Path, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    let dailies: Vec<BackupInfo> = list_backups(db_path)?.into_iter().filter(|b| b.reason == DAILY).collect();
    if dailies.iter().any(|b| b.taken_at.date() == now.date()) {
        return Ok(None);
    }
    remove_abandoned(&backups_dir(db_path));
    let made = take_at(&open_read_only(db_path)?, db_path, DAILY, now)?;
    // The list is newest first and lacks today's: keep DAILY_KEPT - 1 of it.
    for old in dailies.iter().skip(DAILY_KEPT - 1) {
        std::fs::remove_file(&old.path)?;
    }
    Ok(Some(made))
}

/// A backup still unfinished after this long was abandoned: one being made
/// writes its file every few milliseconds.
const ABANDONED_AFTER: Duration = Duration::from_secs(10 * 60);

/// Removes the temporary files of backups cut short (the app killed, the
/// battery gone while the day's backup was copied): each is as big as the
/// database, and nothing else would ever remove it. Only this app's own
/// temporary names, only regular files; one that cannot be removed is left
/// for the next day (no reason to go without the day's backup).
fn remove_abandoned(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = name.to_str().is_some_and(|n| {
            n.starts_with(output_file::TEMP_PREFIX)
                && (n.ends_with(output_file::TEMP_SUFFIX) || n.ends_with("-journal"))
        });
        let abandoned = entry.metadata().is_ok_and(|m| {
            m.file_type().is_file() && m.modified().is_ok_and(|at| at.elapsed().is_ok_and(|age| age > ABANDONED_AFTER))
        });
        if ours && abandoned {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Called by the migrations before they change an existing schema.
/// In-memory databases have nothing to keep.
pub fn before_migration(conn: &Connection) -> Result<()> {
    match conn.path().filter(|p| !p.is_empty()) {
        Some(path) => take(conn, Path::new(path), BEFORE_MIGRATION).map(|_| ()),
        None => Ok(()),
    }
}

/// The backups of the database at `db_path`, newest first.
pub fn list_backups(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let folder = backups_dir(db_path);
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let prefix = prefix(db_path);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&folder)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some((taken_at, reason, sequence)) = name.to_str().and_then(|n| parse_name(n, &prefix)) else {
            continue;
        };
        // Only what this app wrote: a regular file (not a folder, nor a
        // symlink to who knows what) that is an SQLite database.
        if !entry.file_type()?.is_file() || !is_sqlite_file(&entry.path()) {
            continue;
        }
        let info = BackupInfo { path: entry.path(), taken_at, size: entry.metadata()?.len(), reason };
        found.push((sequence, info));
    }
    found.sort_by(|(n, a), (m, b)| b.taken_at.cmp(&a.taken_at).then(m.cmp(n)));
    Ok(found.into_iter().map(|(_, info)| info).collect())
}

/// Whether the file starts as every SQLite database does. Whether it is
/// whole is for `restore` and `doctor` to find out.
fn is_sqlite_file(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header)).is_ok() && &header == b"SQLite format 3\0"
}

/// Backups are named after the database file (`grupo-motor-`), so two
/// databases in one folder keep apart.
fn prefix(db_path: &Path) -> String {
    let stem = db_path.file_stem().and_then(|s| s.to_str()).unwrap_or("grupo-motor");
    format!("{stem}-")
}

/// `<prefix>YYYYMMDD-HHMMSS-<reason>[-<n>].sqlite3` → (time, reason, n):
/// `n` orders backups made within one second (see `free_name`).
fn parse_name(name: &str, prefix: &str) -> Option<(NaiveDateTime, String, u32)> {
    let rest = name.strip_prefix(prefix)?.strip_suffix(&format!(".{EXTENSION}"))?;
    let stamp = rest.get(..15)?;
    let taken_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    let reason = rest.get(15..)?.strip_prefix('-')?;
    // No reason ends in digits, so a trailing `-<digits>` is the sequence.
    let (reason, sequence) = match reason.rsplit_once('-') {
        Some((reason, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => (reason, n.parse().ok()?),
        _ => (reason, 1),
    };
    Some((taken_at, reason.to_string(), sequence))
}

/// A name not yet taken. The second backup made in the same second, for
/// whatever reason, gets `-2`, the third `-3`…, so the list can order them.
fn free_name(folder: &Path, prefix: &str, now: NaiveDateTime, reason: &str) -> PathBuf {
    let stamp = now.format(STAMP).to_string();
    let same_second = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| {
                    e.file_name().to_str().and_then(|n| parse_name(n, prefix)).is_some_and(|(t, _, _)| t == now)
                })
                .count()
        })
        .unwrap_or(0);
    let mut n = same_second + 1;
    loop {
        let name = match n {
            1 => format!("{prefix}{stamp}-{reason}.{EXTENSION}"),
            n => format!("{prefix}{stamp}-{reason}-{n}.{EXTENSION}"),
        };
        let path = folder.join(name);
        if !path.exists() {
            return path;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests;
