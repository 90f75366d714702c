//! Rows changed on both laptops since they last exchanged them, merged
//! field by field and kept for a person to review (*Conflictos*).
//!
//! Each row's *base* is how it last arrived from another laptop (or how it
//! was first sent), kept as a salted hash of each field — enough to tell
//! which fields each side changed since, without a second copy of anyone's
//! name or contacts. When both changed it:
//! - different fields: each side's change is kept ("actualización paralela");
//! - the same field: the later `updated_at` wins that field, as rows always
//!   did (on equal stamps the larger value, so both laptops pick alike):
//!   a "conflicto", shown side by side;
//! - one side deleted the row: the deletion and the other's edits are both
//!   kept, listed as such.
//!
//! The merged row gets a stamp one millisecond after the later of the two,
//! so both laptops, merging the same two versions, write the same row, and
//! every other laptop takes it. Rows with no base (never exchanged) follow
//! the whole-row rule.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use super::merge::IncomingRow;
use super::tables;
use super::{Result, SyncError};
use crate::store::{new_id, now, settings, stamp, StoreError};

const SALT_KEY: &str = "sync.base_salt";
/// Columns that say when, not what: never a field of a conflict.
const STAMPS: &[&str] = &["id", "created_at", "updated_at"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    /// Different fields changed on each laptop: both changes kept.
    Parallel,
    /// The same field changed on both: one value kept by the rule.
    SameField,
    /// Deleted on one laptop, edited on the other: both kept (it stays deleted).
    Deleted,
}

impl ReviewKind {
    fn as_str(self) -> &'static str {
        match self {
            ReviewKind::Parallel => "parallel",
            ReviewKind::SameField => "same_field",
            ReviewKind::Deleted => "deleted",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [ReviewKind::Parallel, ReviewKind::SameField, ReviewKind::Deleted].into_iter().find(|k| k.as_str() == text)
    }
}

/// One field of a reviewed row: its value on this laptop, on the other, and
/// the one kept. Values as text (`None`: empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewField {
    pub field: String,
    pub this_laptop: Option<String>,
    pub other: Option<String>,
    pub kept: Option<String>,
    /// Changed on both laptops: the person may keep the other value.
    pub clash: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: Uuid,
    pub table: String,
    pub row_id: String,
    pub kind: ReviewKind,
    /// Whom or what it concerns (a person's name, a forum's title).
    pub label: String,
    pub fields: Vec<ReviewField>,
    /// The laptop whose file brought it, and when it was found (UTC).
    pub laptop: String,
    pub found_at: String,
    pub reviewed: bool,
    pub kept_other: bool,
}

/// A row as column → value.
type Row = BTreeMap<String, Value>;

/// What to do with an incoming row that both laptops changed.
pub struct Reconciled {
    /// The merged values, every column.
    pub values: Vec<(String, Value)>,
    /// Set when the merge is neither side's row: write `values` with this
    /// stamp. Otherwise the whole-row rule already keeps the right one (the
    /// side that won every field it changed), and its stamp stays.
    pub updated_at: Option<String>,
    pub review: Review,
}

/// The hashes of a row's base, if it was ever exchanged.
fn base(conn: &Connection, table: &str, id: &str) -> Result<Option<BTreeMap<String, String>>> {
    let mut stmt = conn.prepare_cached("SELECT row FROM sync_base WHERE tbl = ?1 AND row_id = ?2")?;
    let text: Option<String> = stmt.query_row([table, id], |r| r.get(0)).optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// Salted so the hashes of short values (a RUT, a phone) cannot be looked up.
pub struct Hasher {
    salt: String,
}

impl Hasher {
    pub fn new(conn: &Connection) -> Result<Self> {
        let salt = match settings::get(conn, SALT_KEY)? {
            Some(salt) => salt,
            None => {
                let salt = new_id().to_string();
                settings::set(conn, SALT_KEY, &salt)?;
                salt
            }
        };
        Ok(Self { salt })
    }

    fn field(&self, table: &str, column: &str, value: &Value) -> String {
        let mut hasher = Sha256::new();
        for part in [self.salt.as_str(), table, column] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        hasher.update(text_of(value).unwrap_or_else(|| "\u{0}null".into()).as_bytes());
        hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
    }

    fn hashes<'a>(&self, table: &str, values: impl Iterator<Item = (&'a String, &'a Value)>) -> String {
        let map: BTreeMap<&str, String> = values
            .filter(|(name, _)| !STAMPS.contains(&name.as_str()))
            .map(|(name, value)| (name.as_str(), self.field(table, name, value)))
            .collect();
        serde_json::to_string(&map).unwrap_or_default()
    }

    /// The row as it arrived is now what both laptops last exchanged.
    pub fn remember(&self, conn: &Connection, row: &IncomingRow) -> Result<()> {
        let hashes = self.hashes(row.table.name, row.values.iter().map(|(n, v)| (n, v)));
        let mut stmt =
            conn.prepare_cached("INSERT OR REPLACE INTO sync_base (tbl, row_id, row) VALUES (?1, ?2, ?3)")?;
        stmt.execute(params![row.table.name, row.id, hashes])?;
        Ok(())
    }

    /// Rows about to be sent for the first time get a base: what was sent.
    pub fn remember_sent(&self, conn: &Connection, table: &str, since: Option<&str>) -> Result<()> {
        let columns = tables::columns(conn, table)?;
        let names: Vec<String> = columns.iter().map(|c| format!("\"{}\"", c.name)).collect();
        let sql = format!(
            "SELECT {} FROM {table} WHERE (?1 IS NULL OR updated_at >= ?1)
               AND NOT EXISTS (SELECT 1 FROM sync_base b WHERE b.tbl = ?2 AND b.row_id = {table}.id)",
            names.join(", ")
        );
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(params![since, table])?;
        let mut insert = conn.prepare_cached("INSERT INTO sync_base (tbl, row_id, row) VALUES (?1, ?2, ?3)")?;
        while let Some(row) = rows.next()? {
            let mut values = Vec::with_capacity(columns.len());
            for (i, column) in columns.iter().enumerate() {
                values.push((column.name.clone(), row.get::<_, Value>(i)?));
            }
            let id = values.iter().find(|(n, _)| n == "id").and_then(|(_, v)| text_of(v)).unwrap_or_default();
            insert.execute(params![table, id, self.hashes(table, values.iter().map(|(n, v)| (n, v)))])?;
        }
        Ok(())
    }
}

/// This laptop's row, every column.
fn local_row(conn: &Connection, table: &str, id: &str) -> Result<Option<Row>> {
    let columns = tables::columns(conn, table)?;
    let names: Vec<String> = columns.iter().map(|c| format!("\"{}\"", c.name)).collect();
    let sql = format!("SELECT {} FROM {table} WHERE id = ?1", names.join(", "));
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt
        .query_row([id], |r| {
            let mut row = Row::new();
            for (i, column) in columns.iter().enumerate() {
                row.insert(column.name.clone(), r.get(i)?);
            }
            Ok(row)
        })
        .optional()?)
}

/// When both laptops changed the row since its base: the merged row and
/// what to list. `None`: the whole-row rule applies.
pub fn reconcile(conn: &Connection, hasher: &Hasher, incoming: &IncomingRow) -> Result<Option<Reconciled>> {
    let table = incoming.table.name;
    let Some(base) = base(conn, table, &incoming.id)? else { return Ok(None) };
    let Some(local) = local_row(conn, table, &incoming.id)? else { return Ok(None) };
    let theirs: Row = incoming.values.iter().cloned().collect();
    let changed = |row: &Row, column: &str| -> bool {
        let value = row.get(column).unwrap_or(&Value::Null);
        base.get(column).is_none_or(|hash| *hash != hasher.field(table, column, value))
    };
    let local_stamp = text_of(local.get("updated_at").unwrap_or(&Value::Null)).unwrap_or_default();
    let their_stamp = incoming.updated_at.clone();
    let mut merged = local.clone();
    let mut fields = Vec::new();
    let (mut ours_changed, mut theirs_changed, mut clash) = (false, false, false);
    for (column, their_value) in &theirs {
        if STAMPS.contains(&column.as_str()) {
            continue;
        }
        let our_value = local.get(column).unwrap_or(&Value::Null);
        if our_value == their_value {
            continue;
        }
        let (ours, them) = (changed(&local, column), changed(&theirs, column));
        let take_theirs = match (ours, them) {
            (true, true) => {
                clash = true;
                match their_stamp.cmp(&local_stamp) {
                    std::cmp::Ordering::Equal => text_of(their_value) > text_of(our_value),
                    order => order.is_gt(),
                }
            }
            (false, _) => true,
            (true, false) => false,
        };
        ours_changed |= ours;
        theirs_changed |= them;
        if take_theirs {
            merged.insert(column.clone(), their_value.clone());
        }
        fields.push(ReviewField {
            field: column.clone(),
            this_laptop: text_of(our_value),
            other: text_of(their_value),
            kept: text_of(if take_theirs { their_value } else { our_value }),
            clash: ours && them,
        });
    }
    // Only one side changed it: the whole-row rule says the same.
    if !(ours_changed && theirs_changed) {
        return Ok(None);
    }
    let deleted = fields.iter().any(|f| f.field == "deleted_at" && !f.clash);
    let kind = if clash {
        ReviewKind::SameField
    } else if deleted {
        ReviewKind::Deleted
    } else {
        ReviewKind::Parallel
    };
    let is_theirs =
        theirs.iter().all(|(column, value)| STAMPS.contains(&column.as_str()) || merged.get(column) == Some(value));
    let updated_at = if merged == local || is_theirs {
        None
    } else {
        let later = if their_stamp > local_stamp { &their_stamp } else { &local_stamp };
        let stamp = one_after(later)?;
        merged.insert("updated_at".into(), Value::Text(stamp.clone()));
        Some(stamp)
    };
    let review = Review {
        id: new_id(),
        table: table.to_string(),
        row_id: incoming.id.clone(),
        kind,
        label: String::new(),
        fields,
        laptop: String::new(),
        found_at: now(),
        reviewed: false,
        kept_other: false,
    };
    Ok(Some(Reconciled { values: merged.into_iter().collect(), updated_at, review }))
}

fn one_after(stamp_text: &str) -> Result<String> {
    let at: DateTime<Utc> = DateTime::parse_from_rfc3339(stamp_text)
        .map_err(|_| SyncError::BadRow { line: 0, table: String::new(), reason: "malformed stamp" })?
        .with_timezone(&Utc);
    Ok(stamp(at + Duration::milliseconds(1)))
}

/// A stored value as the review shows it.
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Integer(n) => Some(n.to_string()),
        Value::Real(x) => Some(x.to_string()),
        Value::Text(t) => Some(t.clone()),
        Value::Blob(b) => Some(String::from_utf8_lossy(b).into_owned()),
    }
}

/// Keeps the reviews an import found.
pub fn record(conn: &Connection, reviews: &[Review], laptop: &str) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO sync_conflict (id, tbl, row_id, kind, label, fields, laptop, found_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for review in reviews {
        let fields = serde_json::to_string(&review.fields).map_err(std::io::Error::other)?;
        stmt.execute(params![
            review.id.to_string(),
            review.table,
            review.row_id,
            review.kind.as_str(),
            review.label,
            fields,
            laptop,
            review.found_at
        ])?;
    }
    Ok(())
}

/// The reviews, waiting first then newest; reviewed ones only when asked.
pub fn list(conn: &Connection, with_reviewed: bool) -> Result<Vec<Review>> {
    let mut stmt = conn.prepare(
        "SELECT id, tbl, row_id, kind, label, fields, laptop, found_at, reviewed_at IS NOT NULL, kept_other
         FROM sync_conflict WHERE ?1 OR reviewed_at IS NULL
         ORDER BY reviewed_at IS NOT NULL, found_at DESC, id",
    )?;
    let rows = stmt.query_map([with_reviewed], |r| {
        let id: String = r.get(0)?;
        let kind: String = r.get(3)?;
        let fields: String = r.get(5)?;
        Ok((id, r.get(1)?, r.get(2)?, kind, r.get(4)?, fields, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, table, row_id, kind, label, fields, laptop, found_at, reviewed, kept_other) = row?;
        let bad = || StoreError::NotFound { entity: "conflict" };
        out.push(Review {
            id: Uuid::parse_str(&id).map_err(|_| bad())?,
            table,
            row_id,
            kind: ReviewKind::parse(&kind).ok_or_else(bad)?,
            label,
            fields: serde_json::from_str(&fields).map_err(|_| bad())?,
            laptop,
            found_at,
            reviewed,
            kept_other,
        });
    }
    Ok(out)
}

/// How many wait for a person (the dashboard's figure).
pub fn waiting(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM sync_conflict WHERE reviewed_at IS NULL", [], |r| r.get(0))?)
}

fn get(conn: &Connection, id: Uuid) -> Result<Review> {
    list(conn, true)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(SyncError::Store(StoreError::NotFound { entity: "conflict" }))
}

/// The person's choice: the other value of each clashing field (the one
/// the rule did not keep; for a deletion, the other side's state) replaces
/// the one kept, as a new edit that travels to every laptop; then it counts
/// as reviewed.
pub fn keep_other(conn: &rusqlite::Transaction<'_>, id: Uuid) -> Result<Review> {
    let review = get(conn, id)?;
    let table = tables::find(&review.table).ok_or(SyncError::Store(StoreError::NotFound { entity: "conflict" }))?;
    let columns = tables::columns(conn, table.name)?;
    let chosen: Vec<&ReviewField> = review
        .fields
        .iter()
        .filter(|f| f.clash || f.field == "deleted_at")
        .filter(|f| columns.iter().any(|c| c.name == f.field))
        .collect();
    let at = now();
    for field in &chosen {
        let integer = columns.iter().any(|c| c.name == field.field && c.integer);
        let instead = if field.kept == field.other { &field.this_laptop } else { &field.other };
        let value = match (instead, integer) {
            (None, _) => Value::Null,
            (Some(text), true) => Value::Integer(text.parse().unwrap_or_default()),
            (Some(text), false) => Value::Text(text.clone()),
        };
        let sql = format!("UPDATE {} SET \"{}\" = ?1, updated_at = ?2 WHERE id = ?3", table.name, field.field);
        conn.execute(&sql, params![value, at, review.row_id]).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => {
                SyncError::Store(crate::domain::Invalid::new("conflict", "error-conflict-keep-other").into())
            }
            _ => e.into(),
        })?;
    }
    conn.execute(
        "UPDATE sync_conflict SET reviewed_at = ?2, kept_other = 1 WHERE id = ?1",
        params![id.to_string(), at],
    )?;
    get(conn, id)
}

pub fn mark_reviewed(conn: &Connection, id: Uuid) -> Result<Review> {
    let changed = conn.execute(
        "UPDATE sync_conflict SET reviewed_at = ?2 WHERE id = ?1 AND reviewed_at IS NULL",
        params![id.to_string(), now()],
    )?;
    if changed == 0 {
        get(conn, id)?;
    }
    get(conn, id)
}

/// An erased person leaves nothing of theirs in the review list.
pub fn forget(conn: &Connection, table: &str, row_id: &str) -> Result<()> {
    conn.execute("DELETE FROM sync_conflict WHERE tbl = ?1 AND row_id = ?2", params![table, row_id])?;
    Ok(())
}
