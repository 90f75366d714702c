//! Laptops that merge: one file carried on a USB stick or a shared folder.
//!
//! The file is gzip-compressed JSON, one object a line (see the README):
//! a header naming the format, its version and the schema, then one line
//! per row, then an end line with the row count, so a file cut short is
//! told apart from a complete one. Rows merge by UUID and the later
//! `updated_at` wins; tombstones travel like any change.

pub mod conflicts;
pub mod evidence;
pub mod export;
pub mod folder;
pub mod import;
mod lawful;
mod merge;
pub mod tables;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use crate::error::{ErrorCode, UserError};
use crate::store::StoreError;

pub const FORMAT: &str = "grupo-motor-sync";
/// The layout of the file. Bump it when a reader of this version could
/// not read the new files correctly. 2: evidence files after the rows
/// (`sync::evidence`); files of version 1 are still read.
pub const VERSION: u32 = 2;

/// The first line of a sync file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    /// The exporting database's schema version (`PRAGMA user_version`).
    pub schema: i64,
    pub exported_at: String,
    /// A random id this laptop keeps (setting `sync.laptop`).
    pub laptop: String,
    /// For an export to a colleague: only rows changed since this stamp.
    #[serde(default)]
    pub since: Option<String>,
}

#[derive(Debug, Error)]
pub enum SyncError {
    #[error("not a Grupo Motor sync file")]
    NotSyncFile,
    #[error("sync file from a newer app (format {version}, schema {schema})")]
    TooNew { version: u32, schema: i64 },
    #[error("the sync file is incomplete or damaged")]
    Truncated,
    #[error("line {line} of the sync file ({table}) is not valid: {reason}")]
    BadRow { line: u64, table: String, reason: &'static str },
    /// Free text the forms would refuse (too long, control characters,
    /// right-to-left overrides, empty where required).
    #[error("line {line} of the sync file has a value the forms refuse: {invalid}")]
    BadValue { line: u64, invalid: crate::domain::Invalid },
    /// A stamp later than this laptop's clock allows (see `import::FUTURE_TOLERANCE_HOURS`).
    #[error("line {line} of the sync file is stamped in the future: {stamp}")]
    FutureStamp { line: u64, stamp: String },
    #[error("the sync file refers to records this laptop does not have")]
    MissingReference,
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for SyncError {
    fn from(error: rusqlite::Error) -> Self {
        SyncError::Store(error.into())
    }
}

impl From<crate::output_file::OutputError> for SyncError {
    fn from(error: crate::output_file::OutputError) -> Self {
        SyncError::Store(error.into())
    }
}

impl From<crate::domain::Invalid> for SyncError {
    fn from(invalid: crate::domain::Invalid) -> Self {
        SyncError::Store(invalid.into())
    }
}

impl UserError for SyncError {
    fn code(&self) -> ErrorCode {
        match self {
            SyncError::Store(error) => error.code(),
            SyncError::TooNew { .. } => ErrorCode::TooNew,
            _ => ErrorCode::Invalid,
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            SyncError::Store(error) => error.message_key(),
            SyncError::NotSyncFile => "error-sync-not-sync-file",
            SyncError::TooNew { .. } => "error-sync-too-new",
            SyncError::Truncated => "error-sync-truncated",
            SyncError::BadRow { .. } => "error-sync-bad-row",
            SyncError::BadValue { .. } => "error-sync-bad-value",
            SyncError::FutureStamp { .. } => "error-sync-future-stamp",
            SyncError::MissingReference => "error-sync-missing-reference",
            SyncError::Io(_) => "error-file-access",
        }
    }

    fn details(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            SyncError::Store(error) => return error.details(),
            SyncError::TooNew { version, schema } => {
                vec![("version", version.to_string()), ("schema", schema.to_string())]
            }
            SyncError::BadRow { line, table, .. } => vec![("line", line.to_string()), ("table", table.clone())],
            SyncError::BadValue { line, invalid } => {
                // The rule's own arguments (a length's `max`) travel beside it.
                let mut details = invalid.args();
                details.insert("line".into(), line.to_string());
                details.insert("field".into(), invalid.field.to_string());
                details.insert("rule".into(), invalid.message_key.to_string());
                return details;
            }
            SyncError::FutureStamp { line, stamp } => vec![
                ("line", line.to_string()),
                ("date", stamp.get(..10).and_then(display_day).unwrap_or_default()),
                ("hours", import::FUTURE_TOLERANCE_HOURS.to_string()),
            ],
            _ => Vec::new(),
        };
        pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }

    fn is_internal(&self) -> bool {
        matches!(self, SyncError::Store(error) if error.is_internal())
    }
}

/// `9999-12-31` → `31-12-9999`, as dates are shown.
fn display_day(iso: &str) -> Option<String> {
    let date = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
    Some(date.format("%d-%m-%Y").to_string())
}

pub type Result<T> = std::result::Result<T, SyncError>;

/// What importing a file did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// The laptop that exported the file, and when.
    pub laptop: String,
    pub exported_at: String,
    #[ts(type = "number")]
    pub added: usize,
    #[ts(type = "number")]
    pub changed: usize,
    #[ts(type = "number")]
    pub unchanged: usize,
    pub conflicts: Vec<Conflict>,
    /// Evidence files received and kept (checked by their SHA-256).
    #[ts(type = "number")]
    pub files_received: usize,
    /// Files the file carried that this laptop already had.
    #[ts(type = "number")]
    pub files_already_here: usize,
    /// Files refused, each with why: not kept, the rest of the import is.
    pub files_refused: Vec<evidence::RefusedFile>,
    /// Rows changed on both laptops, merged field by field; they wait in
    /// *Conflictos* until reviewed.
    pub reviews: Vec<conflicts::Review>,
}

/// Two versions that could not both be kept, and how it was settled. The
/// rule depends only on the two rows, so every laptop settles it alike.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub table: String,
    /// The row from the file.
    pub id: String,
    /// The row of this laptop it clashed with, when another.
    pub other_id: Option<String>,
    pub kind: ConflictKind,
    pub kept: Side,
    /// Whom or what it concerns (a person's name, a forum's title).
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Two people with one RUT: the first recorded keeps it, the other is
    /// kept without it, to be merged by hand.
    SameRut,
    /// The same link (sign-in, facilitator, commitment of a forum) made
    /// twice: the first recorded stays.
    SameLink,
    /// A person erased on one laptop and edited on the other: the erasure
    /// wins, whatever the dates.
    Erased,
}

impl ConflictKind {
    pub fn message_key(self) -> &'static str {
        match self {
            ConflictKind::SameRut => "sync-conflict-same-rut",
            ConflictKind::SameLink => "sync-conflict-same-link",
            ConflictKind::Erased => "sync-conflict-erased",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    ThisLaptop,
    File,
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportSummary {
    #[ts(type = "number")]
    pub rows: usize,
    /// Only rows changed since this stamp (an export to a colleague).
    pub since: Option<String>,
    /// Evidence files carried, and their total size in bytes.
    #[ts(type = "number")]
    pub files: usize,
    #[ts(type = "number")]
    pub file_bytes: u64,
}

/// What an export would hold, before it is made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportPlan {
    #[ts(type = "number")]
    pub rows: usize,
    pub since: Option<String>,
    pub files: evidence::FilesPlan,
}

/// Setting keys: this laptop's id, and per colleague the stamp of the last
/// export to them.
const LAPTOP_KEY: &str = "sync.laptop";
const SENT_TO_PREFIX: &str = "sync.sent_to.";

#[cfg(test)]
mod conflicts_tests;
#[cfg(test)]
mod evidence_tests;
#[cfg(test)]
pub(crate) mod tests;
