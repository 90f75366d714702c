//! The SQLite store: one file, opened with the pragmas that make a confirmed
//! write survive a pulled battery, migrated on open, one module per aggregate.
//! Functions take a `&Connection` so they compose inside a transaction; those
//! that write several rows take a `&Transaction`, so their atomicity is in
//! the type rather than in a comment.

pub mod about;
pub mod attendance;
pub mod backup;
pub mod blocking;
pub mod breaches;
pub mod checkup;
mod clean_close;
pub mod controller;
pub mod dashboard;
pub mod deletion;
pub mod evidence;
pub mod feedback;
pub mod figures;
pub mod forums;
mod health;
pub mod lawful;
pub mod lock;
pub mod meeting_packs;
pub mod merge_sides;
mod migrations;
pub mod milestone_history;
pub mod milestones;
pub mod organizations;
pub mod paper_sheet;
pub mod people;
pub mod period_lists;
pub mod preferences;
pub mod reference;
pub mod requests;
pub mod restore;
pub mod retention;
pub mod rights;
pub mod search;
pub mod search_index;
pub mod settings;
mod sql;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use thiserror::Error;

use crate::domain::Invalid;
use crate::output_file::Protected;

pub use lock::DatabaseLock;
pub use migrations::latest_version;

use crate::error::{details, ErrorCode, UserError};
pub use sql::{date_at, new_id, now, opt_date_at, stamp};

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("{entity} not found")]
    NotFound { entity: &'static str },
    #[error("this person is already registered at this forum")]
    AlreadyRegistered,
    #[error("another person already has RUT {rut}")]
    DuplicateRut { rut: String },
    #[error("the database is newer than this version of the app")]
    TooNew,
    #[error("the database file is damaged")]
    Damaged,
    #[error("another copy of the app has this database open")]
    AlreadyOpen,
    #[error("not a usable Grupo Motor backup")]
    NotABackup,
    /// A command that only reads was given a path with no database.
    #[error("no database at {}", path.display())]
    NoDatabase { path: PathBuf },
    /// The database path names a folder.
    #[error("{} is a folder, not a database", path.display())]
    DatabaseIsFolder { path: PathBuf },
    /// An output file refused or not written (see `output_file`).
    #[error(transparent)]
    Output(#[from] crate::output_file::OutputError),
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl UserError for StoreError {
    fn code(&self) -> ErrorCode {
        match self {
            StoreError::Invalid(invalid) => invalid.code(),
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::AlreadyRegistered => ErrorCode::AlreadyRegistered,
            StoreError::DuplicateRut { .. } => ErrorCode::DuplicateRut,
            StoreError::TooNew => ErrorCode::TooNew,
            // A refused path is the person's to change (`invalid`, with no
            // field: the screen shows it in its banner); a failed write is storage.
            StoreError::Output(output) if output.is_refused() => ErrorCode::Invalid,
            // Damaged, AlreadyOpen and NotABackup are met at start or on a
            // restore; their own keys say what to do.
            _ => ErrorCode::Storage,
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            StoreError::Invalid(invalid) => invalid.message_key,
            StoreError::NotFound { .. } => "error-not-found",
            StoreError::AlreadyRegistered => "error-already-registered",
            StoreError::DuplicateRut { .. } => "error-duplicate-rut",
            StoreError::TooNew => "error-too-new",
            StoreError::Damaged => "error-damaged",
            StoreError::AlreadyOpen => "error-already-open",
            StoreError::NotABackup => "error-not-a-backup",
            StoreError::NoDatabase { .. } => "error-no-database",
            StoreError::DatabaseIsFolder { .. } => "error-database-folder",
            StoreError::Output(output) => output.message_key(),
            StoreError::Sqlite(error) => sqlite_cause(error).unwrap_or("error-storage"),
            StoreError::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) => {
                sqlite_cause(err).unwrap_or("error-storage")
            }
            StoreError::Io(error) => io_cause(error.kind()).unwrap_or("error-storage"),
            StoreError::Migration(_) => "error-storage",
        }
    }

    fn details(&self) -> BTreeMap<String, String> {
        match self {
            StoreError::Invalid(invalid) => invalid.details(),
            StoreError::NotFound { entity } => details([("entity", entity.to_string())]),
            StoreError::DuplicateRut { rut } => details([("rut", rut.clone()), ("field", "rut".to_string())]),
            StoreError::Output(output) => details([("path", output.path().display().to_string())]),
            StoreError::NoDatabase { path } | StoreError::DatabaseIsFolder { path } => {
                details([("path", path.display().to_string())])
            }
            _ => BTreeMap::new(),
        }
    }

    /// A full disk, a read-only file or a missing folder is the person's to
    /// fix, with its own message; only an unexplained failure is internal.
    fn is_internal(&self) -> bool {
        matches!(self, StoreError::Sqlite(_) | StoreError::Migration(_) | StoreError::Io(_))
            && self.message_key() == "error-storage"
    }
}

/// The message of an SQLite failure whose cause the person can act on.
fn sqlite_cause(error: &rusqlite::Error) -> Option<&'static str> {
    use rusqlite::ErrorCode as E;
    match error.sqlite_error_code()? {
        E::ReadOnly => Some("error-db-read-only"),
        E::DiskFull => Some("error-db-full"),
        E::CannotOpen => Some("error-db-cannot-open"),
        E::PermissionDenied => Some("error-db-read-only"),
        E::DatabaseBusy | E::DatabaseLocked => Some("error-db-busy"),
        E::SystemIoFailure => Some("error-db-io"),
        _ => None,
    }
}

/// The same for a failure of the file system beside the database (its
/// backups folder, its lock file).
fn io_cause(kind: std::io::ErrorKind) -> Option<&'static str> {
    use std::io::ErrorKind as K;
    match kind {
        K::StorageFull => Some("error-db-full"),
        K::ReadOnlyFilesystem | K::PermissionDenied => Some("error-db-read-only"),
        K::NotFound => Some("error-db-cannot-open"),
        K::IsADirectory => Some("error-database-folder"),
        _ => None,
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    /// Held for as long as the store lives: see `lock.rs`.
    lock: Option<DatabaseLock>,
    /// The file as it was named (SQLite reports it with symlinks resolved,
    /// but the backups and evidence folders sit beside this name).
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database file, then in this order:
    /// checks it (a damaged file is refused, `Damaged`, before anything
    /// writes to it), backs it up when a migration is pending, migrates it
    /// and seeds the reference lists (neighbourhoods, commitments) when empty.
    pub fn open(path: &Path) -> Result<Self> {
        if path.is_dir() {
            return Err(StoreError::DatabaseIsFolder { path: path.to_path_buf() });
        }
        health::check_before_opening(path)?;
        Self::open_checked(path)
    }

    /// `open` of a file that `check` has just passed.
    fn open_checked(path: &Path) -> Result<Self> {
        let mut store = Self::prepare(Connection::open(path)?)?;
        store.path = Some(path.to_path_buf());
        Ok(store)
    }

    /// Like `open`, for the one copy of the app that may change the
    /// database: a second one gets `AlreadyOpen`.
    pub fn open_exclusive(path: &Path) -> Result<Self> {
        Self::open_locked(path, DatabaseLock::acquire(path)?)
    }

    /// Opens with a lock the caller already took (to repair a damaged
    /// file first, say); the store keeps it.
    pub fn open_locked(path: &Path, lock: DatabaseLock) -> Result<Self> {
        let mut store = Self::open(path)?;
        store.lock = Some(lock);
        Ok(store)
    }

    /// Opens the file again in place of this connection, keeping the lock:
    /// after a restore replaced its content, which may need migrating.
    pub fn reopen(&mut self, path: &Path) -> Result<()> {
        let fresh = Self::open(path)?;
        (self.conn, self.path) = (fresh.conn, fresh.path);
        Ok(())
    }

    /// Whether the file at `path` can be opened: `Damaged`, `TooNew` or ok.
    /// Only reads the file.
    pub fn check(path: &Path) -> Result<()> {
        health::check(path)
    }

    /// The check before opening (the whole file, unless the last clean close
    /// left it as it is: see `clean_close`), then `open_locked` without
    /// checking again: the walk takes a quarter of a second on five years of
    /// records, and the lock keeps anyone from changing the file in between.
    /// The window's start; `Damaged` gives the lock back for the repair.
    pub fn check_and_open_locked(
        path: &Path,
        lock: DatabaseLock,
    ) -> std::result::Result<Self, (StoreError, DatabaseLock)> {
        if path.is_dir() {
            return Err((StoreError::DatabaseIsFolder { path: path.to_path_buf() }, lock));
        }
        if let Err(error) = health::check_before_opening(path) {
            return Err((error, lock));
        }
        match Self::open_checked(path) {
            Ok(mut store) => {
                store.lock = Some(lock);
                Ok(store)
            }
            Err(error) => Err((error, lock)),
        }
    }

    /// Folds the WAL into the file and notes how the file is left (see
    /// `clean_close`), so that the next start need not walk it. Only the
    /// copy of the app holding the lock notes it, or one that can take the
    /// lock now: no one else is writing then. Call it once nothing more
    /// will be written.
    pub fn close_cleanly(&mut self) -> Result<()> {
        let Some(path) = self.path.clone() else {
            return Ok(()); // in memory
        };
        let taken_now;
        let lock = match &self.lock {
            Some(lock) => lock,
            None => match DatabaseLock::acquire(&path) {
                Ok(lock) => {
                    taken_now = lock;
                    &taken_now
                }
                Err(StoreError::AlreadyOpen) => return Ok(()),
                Err(error) => return Err(error),
            },
        };
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        if busy == 0 {
            clean_close::note(&path, lock)?;
        }
        Ok(())
    }

    /// A private database for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Self> {
        // WAL lets readers work while a write commits; synchronous=FULL makes
        // each commit reach the disk before the UI is told it was saved.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if migrations::pending(&conn)? == migrations::Pending::Upgrade {
            // A schema change is the riskiest write there is: keep the old state.
            backup::before_migration(&conn)?;
        }
        migrations::migrate(&mut conn)?;
        // All or nothing: a list cut short by a crash is no longer empty, so
        // it would never be seeded again (the crash test found this).
        let tx = conn.transaction()?;
        reference::seed_if_empty(&tx)?;
        tx.commit()?;
        Ok(Self { conn, lock: None, path: None })
    }

    /// What no output file may replace: this database's files, its
    /// backups and its evidence (see `output_file`).
    pub fn protected(&self) -> Protected {
        match &self.path {
            Some(path) => Protected::database(path),
            None => Protected::of(&self.conn),
        }
    }

    /// The folder of this database's evidence files; none in memory.
    pub fn evidence_folder(&self) -> Option<PathBuf> {
        self.path.as_deref().map(evidence::folder_for)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Runs `work` in one transaction, committed before this returns: a
    /// write the UI confirms is on disk, and a failed one leaves nothing.
    pub fn write<T>(&mut self, work: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = work(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;

    fn sqlite(code: std::ffi::c_int) -> StoreError {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None))
    }

    #[test]
    fn each_cause_of_a_failed_write_has_its_own_message() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("db.sqlite3");
        drop(Store::open(&path).expect("store"));
        let read_only = Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
        let refused: StoreError = read_only.execute("DELETE FROM person", []).expect_err("read-only").into();
        let keys = [
            (refused, "error-db-read-only"),
            (sqlite(rusqlite::ffi::SQLITE_FULL), "error-db-full"),
            (sqlite(rusqlite::ffi::SQLITE_CANTOPEN), "error-db-cannot-open"),
            (sqlite(rusqlite::ffi::SQLITE_BUSY), "error-db-busy"),
            (StoreError::Io(std::io::ErrorKind::StorageFull.into()), "error-db-full"),
            (Store::open(dir.path()).err().expect("a folder"), "error-database-folder"),
            (sqlite(rusqlite::ffi::SQLITE_INTERNAL), "error-storage"),
        ];
        for (error, key) in keys {
            assert_eq!(error.message_key(), key, "{error}");
            assert_eq!(error.is_internal(), key == "error-storage", "{error}: only the unexplained is internal");
        }
    }
}
