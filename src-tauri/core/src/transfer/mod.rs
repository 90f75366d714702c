//! Spreadsheets in and out: people and attendance lists read from a CSV as
//! Excel or LibreOffice save it on a Chilean computer, and lists written so
//! that both open them cleanly. Plain Rust: no Tauri.

mod columns;
pub mod csv_export;
pub mod csv_import;
mod decode;
mod values;

use std::collections::BTreeMap;

use thiserror::Error;

use crate::error::{ErrorCode, UserError};
use crate::store::StoreError;

/// A spreadsheet larger than this is not a list of people: refused before
/// it is read into memory.
pub const MAX_CSV_BYTES: usize = 20 * 1024 * 1024;

/// Reads a spreadsheet the person chose: a regular file (a folder, a device
/// such as `/dev/zero` or a pipe is refused, since its size says nothing),
/// and never more than `MAX_CSV_BYTES`.
pub fn read_sheet(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read;
    if !std::fs::metadata(path)?.is_file() {
        return Err(TransferError::NotAFile { path: path.to_path_buf() });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(MAX_CSV_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_CSV_BYTES {
        return Err(TransferError::TooLarge);
    }
    Ok(bytes)
}

#[derive(Debug, Error)]
pub enum TransferError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {} MB", MAX_CSV_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("{} is not a regular file", path.display())]
    NotAFile { path: std::path::PathBuf },
    #[error("the file has a header but no rows")]
    NoRows,
    #[error("no column for {column}")]
    MissingColumn { column: &'static str },
    #[error("two columns mean the same: {header}")]
    DuplicateColumn { header: String },
    #[error("unreadable CSV near line {line}: {detail}")]
    Unreadable { line: u64, detail: String },
    #[error("a quote opened on line {line} is never closed")]
    UnclosedQuote { line: u64 },
    #[error("{count} rows cannot be imported")]
    BadRows { count: usize },
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<crate::domain::Invalid> for TransferError {
    fn from(invalid: crate::domain::Invalid) -> Self {
        TransferError::Store(invalid.into())
    }
}

impl From<crate::output_file::OutputError> for TransferError {
    fn from(error: crate::output_file::OutputError) -> Self {
        TransferError::Store(error.into())
    }
}

impl From<rusqlite::Error> for TransferError {
    fn from(error: rusqlite::Error) -> Self {
        TransferError::Store(error.into())
    }
}

/// Writing a sheet into memory fails only as an I/O error would.
impl From<csv::Error> for TransferError {
    fn from(error: csv::Error) -> Self {
        TransferError::Io(std::io::Error::other(error.to_string()))
    }
}

/// A spreadsheet that cannot be read is the person's to fix: `invalid`,
/// with what to fix in the details.
impl UserError for TransferError {
    fn code(&self) -> ErrorCode {
        match self {
            TransferError::Store(error) => error.code(),
            _ => ErrorCode::Invalid,
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            TransferError::Store(error) => error.message_key(),
            TransferError::Empty => "error-csv-empty",
            TransferError::TooLarge => "error-csv-too-large",
            TransferError::NotAFile { .. } => "error-csv-not-a-file",
            TransferError::NoRows => "error-csv-no-rows",
            TransferError::MissingColumn { .. } => "error-csv-missing-column",
            TransferError::DuplicateColumn { .. } => "error-csv-duplicate-column",
            TransferError::Unreadable { .. } => "error-csv-unreadable",
            TransferError::UnclosedQuote { .. } => "error-csv-unclosed-quote",
            TransferError::BadRows { .. } => "error-csv-bad-rows",
            TransferError::Io(_) => "error-file-access",
        }
    }

    fn details(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            TransferError::Store(error) => return error.details(),
            TransferError::TooLarge => vec![("max", (MAX_CSV_BYTES / 1024 / 1024).to_string())],
            TransferError::NotAFile { path } => vec![("path", path.display().to_string())],
            TransferError::MissingColumn { column } => vec![("column", (*column).to_string())],
            TransferError::DuplicateColumn { header } => vec![("column", header.clone())],
            TransferError::Unreadable { line, .. } | TransferError::UnclosedQuote { line } => {
                vec![("line", line.to_string())]
            }
            TransferError::BadRows { count } => vec![("count", count.to_string())],
            _ => Vec::new(),
        };
        pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
    }

    fn is_internal(&self) -> bool {
        matches!(self, TransferError::Store(error) if error.is_internal())
    }
}

pub type Result<T> = std::result::Result<T, TransferError>;

#[cfg(test)]
pub(crate) mod tests;
