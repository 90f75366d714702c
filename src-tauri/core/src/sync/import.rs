//! Reads a sync file from another laptop and merges it, in one transaction:
//! a file that is damaged, from a newer app, or holds one bad row changes
//! nothing.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use flate2::read::GzDecoder;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::conflicts;
use super::evidence::Receiver;
use super::merge::{IncomingRow, Merged, Merger};
use super::tables::{self, ColumnInfo, SyncedTable};
use super::{Header, Result, SyncError, SyncReport, FORMAT, SENT_TO_PREFIX, VERSION};
use crate::domain::fields;
use crate::store::search_index;

/// No row of ours comes near this (the longest text is 20,000 characters);
/// a longer line is not ours, and is refused before it fills the memory.
const MAX_LINE_BYTES: u64 = 1024 * 1024;

/// How far ahead of this laptop's clock a stamp may be: a colleague's clock
/// set a few hours wrong, or another time zone's midnight. A later stamp
/// (9999-12-31) would win every merge for ever and be sent again in every
/// export, so the file is refused and the person told to check the clock.
pub const FUTURE_TOLERANCE_HOURS: i64 = 24;

pub fn import_file(conn: &mut Connection, path: &Path) -> Result<SyncReport> {
    import_file_with(conn, path, None)
}

/// As `import_file`, keeping the evidence files the sync file carries in
/// `evidence` (each checked by its SHA-256; see `sync::evidence`).
pub fn import_file_with(conn: &mut Connection, path: &Path, evidence: Option<&Path>) -> Result<SyncReport> {
    let file = std::fs::File::open(path)?;
    import_with(conn, BufReader::new(file), evidence)
}

/// Merges the sync file read from `input` into this laptop's database; the
/// evidence files it carries are checked but not kept.
pub fn import(conn: &mut Connection, input: impl Read) -> Result<SyncReport> {
    import_with(conn, input, None)
}

/// Merges the sync file read from `input`, keeping its evidence files in
/// `evidence`. A refused file is reported and the rest goes in.
pub fn import_with(conn: &mut Connection, input: impl Read, evidence: Option<&Path>) -> Result<SyncReport> {
    merge_file(conn, input, evidence, Utc::now())
}

/// `import` with this laptop's clock reading `now`.
pub fn import_at(conn: &mut Connection, input: impl Read, now: DateTime<Utc>) -> Result<SyncReport> {
    merge_file(conn, input, None, now)
}

fn merge_file(
    conn: &mut Connection,
    input: impl Read,
    evidence: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<SyncReport> {
    let latest = (now + Duration::hours(FUTURE_TOLERANCE_HOURS)).to_rfc3339_opts(SecondsFormat::Millis, true);
    let mut lines = Lines { reader: BufReader::new(GzDecoder::new(input)), number: 0, buffer: Vec::new() };
    let header = read_header(&mut lines)?;
    let our_schema: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if header.version > VERSION || header.schema > our_schema {
        return Err(SyncError::TooNew { version: header.version, schema: header.schema });
    }
    let tx = conn.transaction()?;
    // Rows may arrive before what they refer to (a person merged into one
    // listed later): references are checked once, at commit.
    tx.pragma_update(None, "defer_foreign_keys", "ON")?;
    let suspended = search_index::suspend(&tx)?;
    let mut merger = Merger::new(&tx)?;
    let mut columns: HashMap<&'static str, Vec<ColumnInfo>> = HashMap::new();
    let mut rows = 0u64;
    let mut receiver = Receiver::new(evidence);
    let mut files = 0u64;
    let mut ended = false;
    while let Some((line, bytes)) = lines.next_line()? {
        let bad = |table: &str, reason| SyncError::BadRow { line, table: table.to_string(), reason };
        if ended {
            return Err(bad("", "after the end line"));
        }
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| bad("", "not JSON"))?;
        if let Some(end) = value.get("end") {
            let files_said = end.get("files").and_then(serde_json::Value::as_u64).unwrap_or(0);
            if end.get("rows").and_then(serde_json::Value::as_u64) != Some(rows) || files_said != files {
                return Err(SyncError::Truncated);
            }
            ended = true;
            continue;
        }
        if let Some(head) = value.get("file") {
            receiver.begin(&tx, head)?;
            files += 1;
            continue;
        }
        if let Some(chunk) = value.get("chunk") {
            let text = chunk.as_str().ok_or_else(|| bad("", "not a chunk"))?;
            if !receiver.chunk(text)? {
                return Err(bad("", "a chunk before any file"));
            }
            continue;
        }
        if files > 0 {
            return Err(bad("", "a row after the files"));
        }
        let name = value.get("table").and_then(serde_json::Value::as_str).unwrap_or_default();
        let table = tables::find(name).ok_or_else(|| bad(name, "unknown table"))?;
        if !columns.contains_key(table.name) {
            columns.insert(table.name, tables::columns(&tx, table.name)?);
        }
        let row = read_row(table, &columns[table.name], value.get("row"), line)?;
        check_stamps(&row, &latest)?;
        merger.apply(row)?;
        rows += 1;
    }
    if !ended {
        return Err(SyncError::Truncated);
    }
    receiver.finish()?;
    let Merged { mut report, reviews, oldest_applied, written } = merger.finish()?;
    conflicts::record(&tx, &reviews, &header.laptop)?;
    report.reviews = reviews;
    if let Some(oldest) = oldest_applied {
        lower_watermarks(&tx, &oldest)?;
    }
    search_index::resume(&tx, suspended, |table| written.contains(table))?;
    tx.commit().map_err(|error| match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => SyncError::MissingReference,
        _ => error.into(),
    })?;
    receiver.keep()?;
    report.files_received = receiver.received;
    report.files_already_here = receiver.already_here;
    report.files_refused = std::mem::take(&mut receiver.refused);
    report.laptop = header.laptop;
    report.exported_at = header.exported_at;
    Ok(report)
}

fn read_header(lines: &mut Lines<impl Read>) -> Result<Header> {
    // Not gzip, or gzip of something else: not a sync file.
    let first = match lines.next_line() {
        Ok(Some((_, bytes))) => bytes,
        Ok(None) | Err(SyncError::Io(_) | SyncError::BadRow { .. }) => return Err(SyncError::NotSyncFile),
        Err(other) => return Err(other),
    };
    let header: Header = serde_json::from_slice(first).map_err(|_| SyncError::NotSyncFile)?;
    if header.format != FORMAT {
        return Err(SyncError::NotSyncFile);
    }
    Ok(header)
}

/// A row object checked against the table's columns: known columns only,
/// the right type, well-formed values, free text that the forms would
/// accept as it stands, and an id and stamps present.
fn read_row(
    table: &'static SyncedTable,
    columns: &[ColumnInfo],
    row: Option<&serde_json::Value>,
    line: u64,
) -> Result<IncomingRow> {
    let bad = |reason| SyncError::BadRow { line, table: table.name.to_string(), reason };
    let object = row.and_then(serde_json::Value::as_object).ok_or_else(|| bad("no row object"))?;
    let mut values = Vec::with_capacity(object.len());
    for (name, json) in object {
        let column = columns.iter().find(|c| &c.name == name).ok_or_else(|| bad("unknown column"))?;
        let value = match json {
            serde_json::Value::Null if column.not_null => return Err(bad("missing value")),
            serde_json::Value::Null => Value::Null,
            serde_json::Value::String(text) if !column.integer => {
                if !tables::text_is_valid(table.name, name, text) {
                    return Err(bad("malformed value"));
                }
                // The same rule as the form that writes this column.
                if let Some(invalid) = fields::broken_rule(table.name, name, text) {
                    return Err(SyncError::BadValue { line, invalid });
                }
                Value::Text(text.clone())
            }
            serde_json::Value::Number(n) if column.integer => {
                let n = n.as_i64().ok_or_else(|| bad("not an integer"))?;
                if !tables::integer_is_valid(table.name, name, n) {
                    return Err(bad("integer out of range"));
                }
                Value::Integer(n)
            }
            serde_json::Value::Bool(b) if column.integer => Value::Integer(i64::from(*b)),
            _ => return Err(bad("wrong type")),
        };
        values.push((column.name.clone(), value));
    }
    let text = |name: &str| match object.get(name) {
        Some(serde_json::Value::String(t)) => Some(t.clone()),
        _ => None,
    };
    let (Some(id), Some(created_at), Some(updated_at)) = (text("id"), text("created_at"), text("updated_at")) else {
        return Err(bad("no id or stamps"));
    };
    if table.name == "person"
        && !fields::person_row_is_valid(text("full_name").as_deref(), text("deleted_at").is_some())
    {
        return Err(SyncError::BadValue { line, invalid: crate::domain::Invalid::new("full_name", "error-required") });
    }
    Ok(IncomingRow { table, line, id, created_at, updated_at, values })
}

/// A column stamped by a clock when something happened. Not a forum's
/// `starts_at`: a forum may well be planned for next year.
pub fn is_stamp(column: &str) -> bool {
    matches!(column, "created_at" | "updated_at" | "deleted_at" | "arrived_at" | "generated_at")
}

/// Refuses a row stamped later than `latest` (this laptop's clock plus the
/// tolerance): stamps are RFC 3339 UTC with milliseconds, so text order is
/// time order.
fn check_stamps(row: &IncomingRow, latest: &str) -> Result<()> {
    for (name, value) in &row.values {
        if let (true, Value::Text(stamp)) = (is_stamp(name), value) {
            if stamp.as_str() > latest {
                return Err(SyncError::FutureStamp { line: row.line, stamp: stamp.clone() });
            }
        }
    }
    Ok(())
}

/// Rows this import brought in may be older than the last export to a
/// colleague; the next export to them must still include them.
fn lower_watermarks(conn: &Connection, oldest: &str) -> Result<()> {
    conn.execute(
        "UPDATE setting SET value = ?1 WHERE key LIKE ?2 AND value > ?1",
        rusqlite::params![oldest, format!("{SENT_TO_PREFIX}%")],
    )?;
    Ok(())
}

/// The decompressed file, a bounded line at a time.
struct Lines<R: Read> {
    reader: BufReader<GzDecoder<R>>,
    number: u64,
    buffer: Vec<u8>,
}

impl<R: Read> Lines<R> {
    /// The next non-empty line and its number, without its end; `None` at the end of the
    /// file. A damaged or cut-off stream is `Truncated`.
    fn next_line(&mut self) -> Result<Option<(u64, &[u8])>> {
        loop {
            self.buffer.clear();
            let read = (&mut self.reader).take(MAX_LINE_BYTES + 1).read_until(b'\n', &mut self.buffer);
            let read = match read {
                Ok(read) => read,
                Err(_) if self.number == 0 => return Err(SyncError::Io(std::io::ErrorKind::InvalidData.into())),
                Err(_) => return Err(SyncError::Truncated),
            };
            if read == 0 {
                return Ok(None);
            }
            self.number += 1;
            if self.buffer.len() as u64 > MAX_LINE_BYTES {
                return Err(SyncError::BadRow { line: self.number, table: String::new(), reason: "line too long" });
            }
            let end = self.buffer.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(0, |p| p + 1);
            if end > 0 {
                return Ok(Some((self.number, &self.buffer[..end])));
            }
        }
    }
}
