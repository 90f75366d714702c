//! The merge rules, row by row. By UUID: the later `updated_at` wins; on a
//! tie this laptop's row stays. An erased person stays erased. Two rows that
//! a unique rule forbids together (one RUT, one sign-in per forum and
//! person) are settled by which was recorded first, so both laptops settle
//! them alike; such rows wait until the whole file is in, since a later row
//! of the file may free the value (a merge moves a RUT from one person to
//! another).

use std::cmp::Ordering;
use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::conflicts::{self, Hasher, Review};
use super::tables::{SyncedTable, TABLES};
use super::{Conflict, ConflictKind, Result, Side, SyncError, SyncReport};

/// A checked row from the file.
#[derive(Debug, Clone)]
pub struct IncomingRow {
    pub table: &'static SyncedTable,
    pub line: u64,
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    /// Every column the file gave, the id and stamps included.
    pub values: Vec<(String, Value)>,
}

impl IncomingRow {
    fn text(&self, column: &str) -> Option<&str> {
        self.values.iter().find(|(name, _)| name == column).and_then(|(_, value)| match value {
            Value::Text(text) => Some(text.as_str()),
            _ => None,
        })
    }

    fn is_erased_person(&self) -> bool {
        self.table.name == "person"
            && self.text("deleted_at").is_some()
            && self.text("merged_into").is_none()
            && self.text("full_name") == Some("")
    }

    fn set_null(&mut self, column: &str) {
        if let Some((_, value)) = self.values.iter_mut().find(|(name, _)| name == column) {
            *value = Value::Null;
        }
    }
}

/// This laptop's version of a row.
struct LocalRow {
    updated_at: String,
    erased: bool,
    blocked: bool,
}

/// Another row of this laptop that a unique rule forbids beside the
/// incoming one.
struct Collider {
    id: String,
    created_at: String,
    live: bool,
}

/// What a merge did: the report, the oldest stamp among the rows written,
/// and the tables written to.
pub struct Merged {
    pub report: SyncReport,
    /// Rows both laptops changed, as merged (`sync::conflicts`).
    pub reviews: Vec<Review>,
    pub oldest_applied: Option<String>,
    pub written: BTreeSet<&'static str>,
}

pub struct Merger<'c> {
    conn: &'c Connection,
    report: SyncReport,
    waiting: Vec<IncomingRow>,
    oldest_applied: Option<String>,
    /// Tables this import wrote to (their search indexes need rebuilding).
    written: BTreeSet<&'static str>,
    hasher: Hasher,
    reviews: Vec<Review>,
}

impl<'c> Merger<'c> {
    pub fn new(conn: &'c Connection) -> Result<Self> {
        // Several statements per table are reused for every row.
        conn.set_prepared_statement_cache_capacity(160);
        Ok(Self {
            conn,
            report: SyncReport::default(),
            waiting: Vec::new(),
            oldest_applied: None,
            written: BTreeSet::new(),
            hasher: Hasher::new(conn)?,
            reviews: Vec::new(),
        })
    }

    pub fn apply(&mut self, mut row: IncomingRow) -> Result<()> {
        super::lawful::hold_to_the_rule(&mut row);
        let local = self.local(&row)?;
        if local.as_ref().is_some_and(|l| l.blocked) || self.names_a_blocked_person(&row)? {
            // Blocked here: frozen until the block is lifted.
            self.report.unchanged += 1;
            return Ok(());
        }
        // Changed on both laptops since they last exchanged it: merged field
        // by field first, then written like any newer row.
        let both_live = local.as_ref().is_some_and(|l| !l.erased && l.updated_at != row.updated_at);
        let reconciled = if both_live && !row.is_erased_person() {
            conflicts::reconcile(self.conn, &self.hasher, &row)?
        } else {
            None
        };
        self.hasher.remember(self.conn, &row)?;
        if let Some(mut merged) = reconciled {
            // Named as it now stands, not as either side had it.
            let now_reads = IncomingRow { values: merged.values.clone(), ..row.clone() };
            merged.review.label = self.label(&now_reads)?;
            if let Some(stamp) = merged.updated_at {
                row.values = merged.values;
                row.updated_at = stamp;
            }
            self.reviews.push(merged.review);
        }
        let newer = local.as_ref().is_none_or(|l| row.updated_at > l.updated_at);
        let erasure_arrives = row.is_erased_person() && local.as_ref().is_some_and(|l| !l.erased);
        let erased_here = local.as_ref().is_some_and(|l| l.erased) && !row.is_erased_person();
        if erased_here {
            if newer {
                self.conflict(&row, None, ConflictKind::Erased, Side::ThisLaptop)?;
            }
            self.report.unchanged += 1;
            return Ok(());
        }
        if !newer && !erasure_arrives {
            self.report.unchanged += 1;
            return Ok(());
        }
        if !newer {
            self.conflict(&row, None, ConflictKind::Erased, Side::File)?;
        }
        if self.collider(&row)?.is_some() {
            self.waiting.push(row);
            return Ok(());
        }
        self.write(&row, local.is_some())
    }

    /// Settles the rows that waited for a unique value, then returns what
    /// the import did.
    pub fn finish(mut self) -> Result<Merged> {
        let mut waiting = std::mem::take(&mut self.waiting);
        let position = |row: &IncomingRow| TABLES.iter().position(|t| t.name == row.table.name);
        waiting.sort_by(|a, b| (position(a), &a.created_at, &a.id).cmp(&(position(b), &b.created_at, &b.id)));
        for row in waiting {
            self.settle(row)?;
        }
        Ok(Merged {
            report: self.report,
            reviews: self.reviews,
            oldest_applied: self.oldest_applied,
            written: self.written,
        })
    }

    fn settle(&mut self, mut row: IncomingRow) -> Result<()> {
        let exists = self.local(&row)?.is_some();
        let Some(other) = self.collider(&row)? else {
            return self.write(&row, exists);
        };
        let file_wins = first_recorded(&row, &other) == Ordering::Less;
        let table = row.table.name;
        let kept = if file_wins { Side::File } else { Side::ThisLaptop };
        if table == "person" {
            // Both people stay, to be merged by hand; one keeps the RUT.
            // The loser's stamp is left as it is: every laptop clears it alike.
            let kind = ConflictKind::SameRut;
            self.conflict(&row, Some(&other.id), kind, kept)?;
            if file_wins {
                self.conn.execute("UPDATE person SET rut = NULL WHERE id = ?1", [&other.id])?;
                self.written.insert("person");
            } else {
                row.set_null("rut");
            }
            return self.write(&row, exists);
        }
        self.conflict(&row, Some(&other.id), ConflictKind::SameLink, kept)?;
        let delete = format!("DELETE FROM {table} WHERE id = ?1");
        if file_wins {
            self.conn.execute(&delete, [&other.id])?;
            return self.write(&row, exists);
        }
        if exists {
            self.conn.execute(&delete, [&row.id])?;
        }
        self.report.unchanged += 1;
        Ok(())
    }

    fn names_a_blocked_person(&self, row: &IncomingRow) -> Result<bool> {
        let table = row.table.name;
        let (Some(sql), Some(id)) = (
            super::lawful::names_a_blocked_person(table),
            row.text(if table == "feedback_event" { "feedback_id" } else { "person_id" }),
        ) else {
            return Ok(false);
        };
        Ok(self.conn.prepare_cached(sql)?.exists([id])?)
    }

    fn local(&self, row: &IncomingRow) -> Result<Option<LocalRow>> {
        let (erased, blocked) = if row.table.name == "person" {
            ("deleted_at IS NOT NULL AND merged_into IS NULL AND full_name = ''", "blocked_on IS NOT NULL")
        } else {
            ("0", "0")
        };
        let sql = format!("SELECT updated_at, {erased}, {blocked} FROM {} WHERE id = ?1", row.table.name);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt
            .query_row([&row.id], |r| Ok(LocalRow { updated_at: r.get(0)?, erased: r.get(1)?, blocked: r.get(2)? }))
            .optional()?)
    }

    /// The other row a unique rule forbids beside this one, if any.
    fn collider(&self, row: &IncomingRow) -> Result<Option<Collider>> {
        let table = row.table.name;
        let (sql, keys): (String, Vec<Value>) = if table == "person" {
            match (row.text("rut"), row.text("deleted_at")) {
                (Some(rut), None) => (
                    "SELECT id, created_at, 1 FROM person WHERE rut = ?1 AND deleted_at IS NULL AND id <> ?2".into(),
                    vec![Value::Text(rut.to_string())],
                ),
                _ => return Ok(None),
            }
        } else if row.table.natural_key.is_empty() {
            return Ok(None);
        } else {
            let mut keys = Vec::new();
            for column in row.table.natural_key {
                match row.text(column) {
                    Some(value) => keys.push(Value::Text(value.to_string())),
                    None => return Ok(None),
                }
            }
            let condition: Vec<String> =
                row.table.natural_key.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
            let sql = format!(
                "SELECT id, created_at, deleted_at IS NULL FROM {table} WHERE {} AND id <> ?{}",
                condition.join(" AND "),
                keys.len() + 1
            );
            (sql, keys)
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let params = keys.into_iter().chain([Value::Text(row.id.clone())]);
        Ok(stmt
            .query_row(params_from_iter(params), |r| {
                Ok(Collider { id: r.get(0)?, created_at: r.get(1)?, live: r.get(2)? })
            })
            .optional()?)
    }

    /// Inserts the row or replaces this laptop's version of it.
    fn write(&mut self, row: &IncomingRow, exists: bool) -> Result<()> {
        let table = row.table.name;
        let names: Vec<String> = row.values.iter().map(|(name, _)| format!("\"{name}\"")).collect();
        let sql = if exists {
            let sets: Vec<String> = names.iter().enumerate().map(|(i, n)| format!("{n} = ?{}", i + 1)).collect();
            format!("UPDATE {table} SET {} WHERE id = ?{}", sets.join(", "), names.len() + 1)
        } else {
            let slots: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
            format!("INSERT INTO {table} ({}) VALUES ({})", names.join(", "), slots.join(", "))
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let values = row.values.iter().map(|(_, v)| v.clone());
        let result = if exists {
            stmt.execute(params_from_iter(values.chain([Value::Text(row.id.clone())])))
        } else {
            stmt.execute(params_from_iter(values))
        };
        result.map_err(|error| match error.sqlite_error_code() {
            // A CHECK or NOT NULL rule the row breaks: the file is wrong.
            Some(rusqlite::ErrorCode::ConstraintViolation) => {
                SyncError::BadRow { line: row.line, table: table.to_string(), reason: "breaks a rule of the schema" }
            }
            _ => error.into(),
        })?;
        self.written.insert(table);
        if exists {
            self.report.changed += 1;
        } else {
            self.report.added += 1;
        }
        if self.oldest_applied.as_ref().is_none_or(|oldest| row.updated_at < *oldest) {
            self.oldest_applied = Some(row.updated_at.clone());
        }
        Ok(())
    }

    fn conflict(&mut self, row: &IncomingRow, other: Option<&str>, kind: ConflictKind, kept: Side) -> Result<()> {
        // An erased person's name is gone on one laptop at least: the file's
        // copy of it (stale, or the very name erased) is never shown.
        let label = if kind == ConflictKind::Erased { String::new() } else { self.label(row)? };
        self.report.conflicts.push(Conflict {
            table: row.table.name.to_string(),
            id: row.id.clone(),
            other_id: other.map(str::to_string),
            kind,
            kept,
            label,
        });
        Ok(())
    }

    /// Whom or what a conflict is about, for the person reading the report.
    fn label(&self, row: &IncomingRow) -> Result<String> {
        let lookup = |sql: &str, id: Option<&str>| -> Result<String> {
            let Some(id) = id else { return Ok(String::new()) };
            let found: Option<String> = self.conn.query_row(sql, [id], |r| r.get(0)).optional()?;
            Ok(found.unwrap_or_default())
        };
        match row.table.name {
            "person" => match row.text("full_name") {
                Some("") | None => lookup("SELECT full_name FROM person WHERE id = ?1", Some(&row.id)),
                Some(name) => Ok(name.to_string()),
            },
            "attendance" | "forum_facilitator" => {
                lookup("SELECT full_name FROM person WHERE id = ?1", row.text("person_id"))
            }
            "forum_commitment" => lookup("SELECT title FROM forum WHERE id = ?1", row.text("forum_id")),
            "forum" | "milestone" | "meeting_pack" => Ok(row.text("title").unwrap_or_default().to_string()),
            "organization" | "neighbourhood" => Ok(row.text("name").unwrap_or_default().to_string()),
            "feedback" => Ok(row.text("text").unwrap_or_default().chars().take(60).collect()),
            _ => Ok(String::new()),
        }
    }
}

/// Which of two clashing rows was there first: a live row before a removed
/// one, then the earlier `created_at`, then the smaller id. Depends only on
/// the two rows, so every laptop orders them alike.
fn first_recorded(row: &IncomingRow, other: &Collider) -> Ordering {
    let incoming_live = row.text("deleted_at").is_none();
    (!incoming_live, &row.created_at, &row.id).cmp(&(!other.live, &other.created_at, &other.id))
}
