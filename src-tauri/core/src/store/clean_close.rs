//! How the app left the database at its last clean close: the file's size
//! and modification time, noted in its lock file. A start that finds the
//! file exactly so, with no `-wal` beside it, need not walk every page of it
//! before opening (`health`): on five years of records that walk is a
//! quarter of a second of every start. Anything that happened to the file
//! since — a crash, a copy over it, a restore, another program writing it —
//! changes its size or time, and the start checks the whole file as before.
//! Damage no write explains (a failing disk) is then found when the page is
//! read, and `doctor` always checks the whole file.

use std::path::Path;
use std::time::UNIX_EPOCH;

use super::health::has_pending_wal;
use super::lock::{lock_path, DatabaseLock};
use super::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LeftAs {
    len: u64,
    modified_ns: u128,
}

impl LeftAs {
    fn of(database: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(database).ok()?;
        let modified_ns = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(Self { len: metadata.len(), modified_ns })
    }

    fn parse(note: &str) -> Option<Self> {
        let (len, modified_ns) = note.trim().strip_prefix("closed cleanly ")?.split_once(' ')?;
        Some(Self { len: len.parse().ok()?, modified_ns: modified_ns.parse().ok()? })
    }

    fn note(&self) -> String {
        format!("closed cleanly {} {}\n", self.len, self.modified_ns)
    }
}

/// Whether `database` is exactly as the last clean close left it.
pub fn left_unchanged(database: &Path) -> bool {
    let noted = std::fs::read_to_string(lock_path(database)).ok().and_then(|note| LeftAs::parse(&note));
    noted.is_some() && noted == LeftAs::of(database) && !has_pending_wal(database)
}

/// Notes `database` as it is now, by the copy of the app holding `lock`.
/// Call it once nothing more will be written (the WAL folded in).
pub fn note(database: &Path, lock: &DatabaseLock) -> Result<()> {
    if let Some(left) = LeftAs::of(database) {
        lock.write_note(&left.note())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fs::File;
    use std::io::{Seek, SeekFrom, Write};
    use std::path::PathBuf;
    use std::time::Duration;

    use rusqlite::Connection;

    use super::*;
    use crate::store::{health, Store, StoreError};

    /// A database of a few dozen pages, written and closed as the app does.
    fn closed_cleanly(dir: &tempfile::TempDir) -> PathBuf {
        let db = dir.path().join("grupo-motor.sqlite3");
        let store = Store::open_exclusive(&db).expect("open");
        store
            .conn()
            .execute_batch(
                "CREATE TABLE kept (x TEXT);
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
                 INSERT INTO kept SELECT printf('fila %d de prueba', i) FROM n;",
            )
            .expect("write");
        close(store);
        // File times move in ticks of a few milliseconds: a change made in
        // the same tick as the close would keep its time.
        std::thread::sleep(Duration::from_millis(30));
        db
    }

    /// Closes `store` as the app does at the end: cleanly, then dropped.
    fn close(mut store: Store) {
        store.close_cleanly().expect("close cleanly");
    }

    fn modified(db: &Path) -> std::time::SystemTime {
        std::fs::metadata(db).and_then(|m| m.modified()).expect("time")
    }

    #[test]
    fn a_database_closed_cleanly_and_left_alone_is_known_as_left() {
        let dir = tempfile::tempdir().expect("dir");
        let db = closed_cleanly(&dir);
        assert!(left_unchanged(&db));
        assert!(!has_pending_wal(&db), "the writes are in the file, none waiting beside it");

        close(Store::open_exclusive(&db).expect("open again"));
        assert!(left_unchanged(&db), "opening and closing changed nothing");
    }

    #[test]
    fn a_change_since_the_clean_close_is_noticed() {
        let dir = tempfile::tempdir().expect("dir");
        let db = closed_cleanly(&dir);
        let other = Connection::open(&db).expect("another program");
        other.execute("INSERT INTO kept VALUES ('otra')", []).expect("write");
        assert!(!left_unchanged(&db), "a write waiting in the -wal");
        drop(other); // folds the -wal into the file and removes it
        assert!(!left_unchanged(&db), "a write folded into the file");

        let dir = tempfile::tempdir().expect("dir");
        let db = closed_cleanly(&dir);
        let file = File::options().write(true).open(&db).expect("file");
        file.set_modified(modified(&db) + Duration::from_secs(60)).expect("time");
        assert!(!left_unchanged(&db), "the same bytes at another time (a copy over it, say)");

        let dir = tempfile::tempdir().expect("dir");
        let db = closed_cleanly(&dir);
        let noted_time = modified(&db);
        let file = File::options().write(true).open(&db).expect("file");
        file.set_len(file.metadata().expect("size").len() + 4096).expect("grow");
        file.set_modified(noted_time).expect("time");
        assert!(!left_unchanged(&db), "another size at the same time");
    }

    #[test]
    fn only_the_copy_that_may_write_notes_its_close() {
        let dir = tempfile::tempdir().expect("dir");
        let db = closed_cleanly(&dir);
        std::fs::OpenOptions::new().append(true).open(&db).expect("file").write_all(&[0; 4096]).expect("grow");

        let window = DatabaseLock::acquire(&db).expect("the window's lock");
        close(Store::open(&db).expect("a reader beside the window"));
        assert!(!left_unchanged(&db), "a reader noted a file the window may still be writing");

        drop(window);
        close(Store::open(&db).expect("a reader alone"));
        assert!(left_unchanged(&db), "a reader with the file to itself notes it");
    }

    #[test]
    fn the_walk_is_left_out_only_for_a_file_left_as_it_was_closed() {
        let dir = tempfile::tempdir().expect("dir");
        let db = closed_cleanly(&dir);
        let noted_time = modified(&db);
        // Inner pages overwritten, the size and time kept: what a failing
        // disk does, which no size or time shows.
        let mut file = File::options().write(true).open(&db).expect("file");
        file.seek(SeekFrom::Start(3 * 4096)).expect("seek");
        file.write_all(&[0x5a; 4 * 4096]).expect("damage");
        file.set_modified(noted_time).expect("time");
        drop(file);

        health::check_before_opening(&db).expect("left as closed: not walked");
        assert!(matches!(health::check(&db), Err(StoreError::Damaged)), "the whole check finds it");

        std::fs::File::options()
            .write(true)
            .open(&db)
            .expect("file")
            .set_modified(noted_time + Duration::from_secs(1))
            .expect("time");
        assert!(
            matches!(health::check_before_opening(&db), Err(StoreError::Damaged)),
            "changed since the close: walked, and found"
        );
    }
}
