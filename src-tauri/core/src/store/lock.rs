//! One copy of the app per database: an exclusive advisory lock on
//! `<database>.lock`, held as long as the process keeps the store. The
//! operating system releases it when the process ends, even on a crash, so a
//! stale lock file never blocks anyone. The file itself is never deleted:
//! deleting a lock file lets two processes each lock a different one.

use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

#[derive(Debug)]
pub struct DatabaseLock {
    file: File,
}

impl DatabaseLock {
    /// Takes the lock, or `AlreadyOpen` when another copy of the app (or
    /// another store in this process) holds it.
    pub fn acquire(database: &Path) -> Result<Self> {
        if let Some(folder) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)?;
        }
        let file = OpenOptions::new().create(true).write(true).truncate(false).open(lock_path(database))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen),
            Err(std::fs::TryLockError::Error(error)) => Err(StoreError::Io(error)),
        }
    }
}

impl DatabaseLock {
    /// Replaces the lock file's text: how the holder left the database
    /// (`clean_close`). Only the holder writes it.
    pub(super) fn write_note(&self, note: &str) -> std::io::Result<()> {
        let mut file = &self.file;
        file.set_len(0)?;
        file.seek(SeekFrom::Start(0))?;
        file.write_all(note.as_bytes())
    }
}

/// `grupo-motor.sqlite3` → `grupo-motor.sqlite3.lock`, in the same folder.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_database_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("grupo-motor.sqlite3");
        let first = DatabaseLock::acquire(&db).expect("first lock");
        assert!(matches!(DatabaseLock::acquire(&db), Err(StoreError::AlreadyOpen)));
        drop(first);
        DatabaseLock::acquire(&db).expect("free again once the first copy closed");
    }

    #[test]
    fn different_databases_do_not_block_each_other() {
        let dir = tempfile::tempdir().expect("temp dir");
        let _a = DatabaseLock::acquire(&dir.path().join("a.sqlite3")).expect("a");
        let _b = DatabaseLock::acquire(&dir.path().join("b.sqlite3")).expect("b");
    }
}
