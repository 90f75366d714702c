//! Writes a sync file: everything, or what changed since the last export to
//! a named colleague (this laptop remembers when that was).

use std::io::Write;
use std::path::Path;

use flate2::write::GzEncoder;
use flate2::Compression;
use rusqlite::Connection;
use serde_json::json;

use super::conflicts::Hasher;
use super::evidence::{self as files, FilesPlan};
use super::tables::{self, TABLES};
use super::{ExportPlan, ExportSummary, Header, Result, FORMAT, LAPTOP_KEY, SENT_TO_PREFIX, VERSION};
use crate::domain::text::fold;
use crate::domain::text::{required_line, NAME_MAX};
use crate::output_file::{self, Protected};
use crate::store::{new_id, now, settings};

/// Writes the sync file at `path` (see `output_file`: never over what
/// `protected` names, written beside the target and renamed into place once
/// complete). For a colleague, this export is remembered only once the
/// file is whole and in place: a failed export sends nothing, so the next
/// one must start from the same point.
pub fn export_file(
    conn: &mut Connection,
    protected: &Protected,
    path: &Path,
    colleague: Option<&str>,
) -> Result<ExportSummary> {
    export_file_with(conn, protected, path, colleague, None)
}

/// As `export_file`, carrying the evidence files found in `evidence` (the
/// files of the evidence rows the export holds; see `sync::evidence`).
pub fn export_file_with(
    conn: &mut Connection,
    protected: &Protected,
    path: &Path,
    colleague: Option<&str>,
    evidence: Option<&Path>,
) -> Result<ExportSummary> {
    let (summary, sent) = output_file::write_with(protected, path, |out| write_export(conn, out, colleague, evidence))?;
    remember(conn, sent)?;
    Ok(summary)
}

/// Writes a sync file to `out`. For a colleague, only rows changed since
/// the last export to them, and this export is remembered once written.
pub fn export(conn: &mut Connection, out: impl Write, colleague: Option<&str>) -> Result<ExportSummary> {
    export_with(conn, out, colleague, None)
}

/// As `export`, carrying the evidence files found in `evidence`.
pub fn export_with(
    conn: &mut Connection,
    mut out: impl Write,
    colleague: Option<&str>,
    evidence: Option<&Path>,
) -> Result<ExportSummary> {
    let (summary, sent) = write_export(conn, &mut out, colleague, evidence)?;
    out.flush()?;
    remember(conn, sent)?;
    Ok(summary)
}

/// What an export would hold now, without writing anything: rows, and the
/// evidence files with their total size (told before exporting).
pub fn plan(conn: &Connection, colleague: Option<&str>, evidence: Option<&Path>) -> Result<ExportPlan> {
    let since = match colleague_key(colleague)? {
        Some(key) => settings::get(conn, &key)?,
        None => None,
    };
    let mut rows = 0;
    for table in TABLES {
        let sql = format!("SELECT count(*) FROM {} {}", table.name, sent_rows(table.name));
        let count: i64 = conn.query_row(&sql, [since.as_deref()], |r| r.get(0))?;
        rows += count as usize;
    }
    let files = match evidence {
        Some(folder) => {
            let (files, unavailable) = files::outgoing(conn, folder, since.as_deref())?;
            files::plan_of(&files, unavailable)
        }
        None => FilesPlan::default(),
    };
    Ok(ExportPlan { rows, since, files })
}

fn colleague_key(colleague: Option<&str>) -> Result<Option<String>> {
    Ok(colleague.map(|name| required_line(name, "colleague", NAME_MAX)).transpose()?.map(|n| {
        // "Ana" and " ana " are the same colleague.
        format!("{SENT_TO_PREFIX}{}", fold(&n))
    }))
}

/// "Colleague `key` has everything up to `at`": saved by the caller only
/// once the file is complete.
struct Sent {
    key: String,
    at: String,
}

fn remember(conn: &Connection, sent: Option<Sent>) -> Result<()> {
    if let Some(Sent { key, at }) = sent {
        // Rows changed while the export ran carry a later stamp, so the
        // next export to this colleague includes them.
        settings::set(conn, &key, &at)?;
    }
    Ok(())
}

fn write_export(
    conn: &mut Connection,
    out: &mut dyn Write,
    colleague: Option<&str>,
    evidence: Option<&Path>,
) -> Result<(ExportSummary, Option<Sent>)> {
    let colleague_key = colleague_key(colleague)?;
    // One transaction: the file is a consistent snapshot.
    let tx = conn.transaction()?;
    let laptop = match settings::get(&tx, LAPTOP_KEY)? {
        Some(id) => id,
        None => {
            let id = new_id().to_string();
            settings::set(&tx, LAPTOP_KEY, &id)?;
            id
        }
    };
    let since = match &colleague_key {
        Some(key) => settings::get(&tx, key)?,
        None => None,
    };
    let exported_at = now();
    let header = Header {
        format: FORMAT.to_string(),
        version: VERSION,
        schema: tx.pragma_query_value(None, "user_version", |r| r.get(0))?,
        exported_at: exported_at.clone(),
        laptop,
        since: since.clone(),
    };
    let mut gz = GzEncoder::new(out, Compression::default());
    write_line(&mut gz, &serde_json::to_value(&header).map_err(std::io::Error::other)?)?;
    let mut rows = 0;
    let hasher = Hasher::new(&tx)?;
    for table in TABLES {
        rows += write_table(&tx, &mut gz, table.name, since.as_deref())?;
        hasher.remember_sent(&tx, table.name, since.as_deref())?;
    }
    let (mut file_count, mut file_bytes) = (0, 0);
    if let Some(folder) = evidence {
        let (outgoing, _) = files::outgoing(&tx, folder, since.as_deref())?;
        file_bytes = files::plan_of(&outgoing, 0).bytes;
        file_count = files::write_files(&mut gz, folder, &outgoing)?;
    }
    write_line(&mut gz, &json!({ "end": { "rows": rows, "files": file_count } }))?;
    gz.finish()?.flush()?;
    // The laptop's id on its first export, and the base of rows sent for
    // the first time (`sync::conflicts`).
    tx.commit()?;
    let sent = colleague_key.map(|key| Sent { key, at: exported_at });
    Ok((ExportSummary { rows, since, files: file_count, file_bytes }, sent))
}

fn write_table(conn: &Connection, out: &mut impl Write, table: &str, since: Option<&str>) -> Result<usize> {
    let columns = tables::columns(conn, table)?;
    let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
    let sql = format!(
        "SELECT {} FROM {table} {} ORDER BY rowid",
        names.iter().map(|n| super::lawful::exported(table, n)).collect::<Vec<_>>().join(", "),
        sent_rows(table)
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([since])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let mut object = serde_json::Map::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            object.insert((*name).to_string(), tables::to_json(row.get(i)?));
        }
        write_line(out, &json!({ "table": table, "row": object }))?;
        count += 1;
    }
    Ok(count)
}

/// The rows of `table` a file holds: changed since `?1` (all when NULL),
/// less those that stay on this laptop. The plan counts what this selects.
fn sent_rows(table: &str) -> String {
    format!("WHERE (?1 IS NULL OR updated_at >= ?1) {}", super::lawful::held_back(table))
}

fn write_line(out: &mut impl Write, value: &serde_json::Value) -> Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    Ok(())
}
