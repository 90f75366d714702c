//! Is a database file safe to open? Asked through a read-only connection
//! before anything writes to it, so a damaged file is left exactly as it was
//! (opening it for writing would switch it to WAL and touch its header).

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::clean_close;
use super::migrations::latest_version;
use super::{Result, StoreError};

/// `Ok` for a healthy Grupo Motor database, a missing file or an empty one
/// (both become a new database); `Damaged` for a file SQLite cannot read
/// whole; `TooNew` for a database from a newer version of the app.
pub fn check(path: &Path) -> Result<()> {
    check_walking(path, Walk::Always)
}

/// `check` before the app opens the file: the walk through every page is
/// left out when the file is exactly as the app's last clean close left it
/// (see `clean_close`); the header and schema version are read all the same.
pub fn check_before_opening(path: &Path) -> Result<()> {
    check_walking(path, Walk::UnlessLeftUnchanged)
}

#[derive(Clone, Copy)]
enum Walk {
    Always,
    UnlessLeftUnchanged,
}

fn check_walking(path: &Path, walk: Walk) -> Result<()> {
    match check_as_it_is(path, walk) {
        Err(StoreError::Sqlite(error)) if is_hot_journal(&error) => {
            roll_back_interrupted_write(path)?;
            check_as_it_is(path, walk)
        }
        other => other,
    }
}

fn check_as_it_is(path: &Path, walk: Walk) -> Result<()> {
    if is_absent_or_empty(path) {
        return Ok(());
    }
    let conn = open_read_only(path)?;
    let healthy = if has_pending_wal(path) {
        passes_integrity_check(&conn)?
    } else if matches!(walk, Walk::UnlessLeftUnchanged) && clean_close::left_unchanged(path) {
        true
    } else {
        passes_quick_check(&conn)?
    };
    if !healthy {
        return Err(StoreError::Damaged);
    }
    if schema_version(&conn)? > latest_version() as i64 {
        return Err(StoreError::TooNew);
    }
    Ok(())
}

/// A write cut short in rollback-journal mode left a hot `-journal`, which
/// a read-only connection may not roll back. It happens when the app is
/// killed during a new database's switch to WAL, which goes through such a
/// journal (the crash test found it): the database then never opened again.
fn is_hot_journal(error: &rusqlite::Error) -> bool {
    error.sqlite_error().is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK)
}

/// Rolls a hot journal back, as SQLite does when it next reads the file
/// for writing: the database returns to its last committed state, which
/// is all a hot journal means to keep. Nothing else is written.
fn roll_back_interrupted_write(path: &Path) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(damaged_or_sqlite)?;
    conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |_| Ok(())).map_err(damaged_or_sqlite)
}

/// A missing or zero-length file holds nothing to protect.
pub fn is_absent_or_empty(path: &Path) -> bool {
    std::fs::metadata(path).map(|m| m.len() == 0).unwrap_or(true)
}

/// A connection that cannot write to the file.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(path, flags).map_err(damaged_or_sqlite)
}

/// SQLite's own structural check (the quick one: no index contents).
pub fn passes_quick_check(conn: &Connection) -> Result<bool> {
    let first: String = conn.query_row("PRAGMA quick_check(1)", [], |row| row.get(0)).map_err(damaged_or_sqlite)?;
    Ok(first == "ok")
}

/// A `-wal` beside the file holds writes not yet in it: after a crash, or
/// one copied from another database (`cp other-wal mine-wal`). SQLite
/// applies either without a question, and the quick check does not see the
/// other database's pages mixed in; the full check does (indexes no longer
/// match their tables). It is slower, but a WAL is only left by a crash.
pub(super) fn has_pending_wal(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).is_ok_and(|m| m.len() > 0)
}

/// SQLite's full check: structure, and every index against its table.
pub fn passes_integrity_check(conn: &Connection) -> Result<bool> {
    let first: String = conn.query_row("PRAGMA integrity_check(1)", [], |row| row.get(0)).map_err(damaged_or_sqlite)?;
    Ok(first == "ok")
}

/// `PRAGMA user_version`: how many migrations the file has run.
pub fn schema_version(conn: &Connection) -> Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(damaged_or_sqlite)
}

/// "File is not a database", "malformed" and short reads all mean the file
/// is damaged; anything else (permissions, a full disk) is a plain error.
fn damaged_or_sqlite(error: rusqlite::Error) -> StoreError {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Damaged,
        _ => StoreError::Sqlite(error),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// A copy of a database taken in the middle of a write in rollback-journal
    /// mode, as a kill leaves it: changed pages in the file, the old ones in
    /// the hot `-journal` beside it.
    fn interrupted_write(dir: &Path) -> PathBuf {
        let live = dir.join("live.sqlite3");
        let conn = Connection::open(&live).expect("open");
        conn.execute_batch(
            "PRAGMA journal_mode = DELETE;
             CREATE TABLE t (x BLOB);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
             INSERT INTO t SELECT randomblob(500) FROM n;
             PRAGMA cache_size = 1;
             BEGIN;
             UPDATE t SET x = randomblob(600);",
        )
        .expect("a write under way, spilled to the file");
        let crashed = dir.join("crashed.sqlite3");
        std::fs::copy(&live, &crashed).expect("copy the file");
        std::fs::copy(dir.join("live.sqlite3-journal"), dir.join("crashed.sqlite3-journal")).expect("copy the journal");
        crashed
    }

    /// Two databases of the app with the same schema and different people,
    /// the first one's WAL left uncheckpointed, as a copy of a live file is.
    fn live_with_wal(dir: &Path, name: &str, people: usize) -> (PathBuf, Connection) {
        let path = dir.join(name);
        let store = crate::store::Store::open(&path).expect("store");
        drop(store);
        let conn = Connection::open(&path).expect("open");
        for n in 0..people {
            let draft =
                crate::domain::records::PersonDraft { full_name: format!("{name} persona {n}"), ..Default::default() };
            crate::store::people::create(&conn, &draft).expect("person");
        }
        drop(conn);
        // Some of its pages changed since, only in the WAL.
        let conn = Connection::open(&path).expect("open");
        conn.pragma_update(None, "wal_autocheckpoint", 0).expect("no checkpoint");
        conn.execute("UPDATE person SET full_name = full_name || ' Otra' WHERE rowid % 7 = 0", []).expect("edit");
        (path, conn)
    }

    #[test]
    fn a_wal_copied_from_another_database_is_found_damaged() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mine, mine_conn) = live_with_wal(dir.path(), "mine.sqlite3", 200);
        drop(mine_conn); // checkpointed and its WAL removed on close
        let (other, other_conn) = live_with_wal(dir.path(), "other.sqlite3", 300);
        let wal = |p: &Path| PathBuf::from(format!("{}-wal", p.display()));
        std::fs::copy(wal(&other), wal(&mine)).expect("a foreign WAL beside mine");
        drop(other_conn);
        let _ = std::fs::remove_file(PathBuf::from(format!("{}-shm", mine.display())));
        assert!(matches!(check(&mine), Err(StoreError::Damaged)), "{:?}", check(&mine));
    }

    #[test]
    fn a_wal_left_by_a_crash_of_this_database_passes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mine, conn) = live_with_wal(dir.path(), "mine.sqlite3", 50);
        let copy = dir.path().join("copy.sqlite3");
        std::fs::copy(&mine, &copy).expect("copy");
        std::fs::copy(format!("{}-wal", mine.display()), format!("{}-wal", copy.display())).expect("wal");
        drop(conn);
        check(&copy).expect("its own WAL is applied and the file is whole");
        let n: i64 = open_read_only(&copy)
            .expect("open")
            .query_row("SELECT COUNT(*) FROM person", [], |r| r.get(0))
            .expect("count");
        assert_eq!(n, 50);
        let edited: i64 = open_read_only(&copy)
            .expect("open")
            .query_row("SELECT COUNT(*) FROM person WHERE full_name LIKE '% Otra'", [], |r| r.get(0))
            .expect("count");
        assert!(edited > 0, "the WAL's writes were applied");
    }

    #[test]
    fn a_write_cut_short_in_rollback_journal_mode_is_rolled_back_not_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let crashed = interrupted_write(dir.path());
        let refused = passes_quick_check(&open_read_only(&crashed).expect("open"));
        assert!(matches!(&refused, Err(StoreError::Sqlite(e)) if is_hot_journal(e)), "{refused:?}");

        check(&crashed).expect("a hot journal is rolled back, and the file is healthy");
        let conn = open_read_only(&crashed).expect("open");
        assert!(passes_quick_check(&conn).expect("quick_check"));
        let sizes: (i64, i64) = conn
            .query_row("SELECT COUNT(*), MAX(length(x)) FROM t", [], |row| Ok((row.get(0)?, row.get(1)?)))
            .expect("rows");
        assert_eq!(sizes, (200, 500), "the last committed state, without the interrupted update");
    }
}
