//! Is a database file safe to open? Asked through a read-only connection
//! before anything writes to it, so a damaged file is left exactly as it was
//! (opening it for writing would switch it to WAL and touch its header).

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::migrations::latest_version;
use super::{Result, StoreError};

/// `Ok` for a healthy Grupo Motor database, a missing file or an empty one
/// (both become a new database); `Damaged` for a file SQLite cannot read
/// whole; `TooNew` for a database from a newer version of the app.
pub fn check(path: &Path) -> Result<()> {
    if is_absent_or_empty(path) {
        return Ok(());
    }
    let conn = open_read_only(path)?;
    if !passes_quick_check(&conn)? {
        return Err(StoreError::Damaged);
    }
    if schema_version(&conn)? > latest_version() as i64 {
        return Err(StoreError::TooNew);
    }
    Ok(())
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
