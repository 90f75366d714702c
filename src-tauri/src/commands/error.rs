//! What a failed command sends to the UI: a stable code to match on, the
//! catalogue key of the message to show, and its arguments. Never a Rust
//! debug string.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use grupo_motor_core::pack::PackError;
use grupo_motor_core::store::StoreError;
use grupo_motor_core::sync::SyncError;
use grupo_motor_core::transfer::TransferError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Invalid,
    NotFound,
    AlreadyRegistered,
    DuplicateRut,
    Storage,
    TooNew,
    Unexpected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message_key: String,
    /// For `invalid`: `field`. Otherwise the message's arguments.
    pub details: BTreeMap<String, String>,
}

impl IpcError {
    pub(crate) fn new(code: ErrorCode, message_key: &str) -> Self {
        Self { code, message_key: message_key.to_string(), details: BTreeMap::new() }
    }

    pub(crate) fn with(mut self, key: &str, value: impl Into<String>) -> Self {
        self.details.insert(key.to_string(), value.into());
        self
    }
}

impl From<StoreError> for IpcError {
    fn from(error: StoreError) -> Self {
        IpcError::from(&error)
    }
}

impl From<&StoreError> for IpcError {
    fn from(error: &StoreError) -> Self {
        match error {
            StoreError::Invalid(invalid) => {
                IpcError::new(ErrorCode::Invalid, invalid.message_key).with("field", invalid.field)
            }
            StoreError::NotFound { entity } => {
                IpcError::new(ErrorCode::NotFound, "error-not-found").with("entity", *entity)
            }
            StoreError::AlreadyRegistered => IpcError::new(ErrorCode::AlreadyRegistered, "error-already-registered"),
            StoreError::DuplicateRut { rut } => IpcError::new(ErrorCode::DuplicateRut, "error-duplicate-rut")
                .with("rut", rut.as_str())
                .with("field", "rut"),
            StoreError::TooNew => IpcError::new(ErrorCode::TooNew, "error-too-new"),
            // Met at start, before the window exists; their own keys say what to do.
            StoreError::Damaged => IpcError::new(ErrorCode::Storage, "error-damaged"),
            StoreError::AlreadyOpen => IpcError::new(ErrorCode::Storage, "error-already-open"),
            StoreError::NotABackup => IpcError::new(ErrorCode::Storage, "error-not-a-backup"),
            // A refused path is the person's to change (`invalid`, with no
            // field: the screen shows it in its banner); a failed write is
            // storage. Either way the message names the cause and the path.
            StoreError::Output(output) => {
                let code = if output.is_refused() { ErrorCode::Invalid } else { ErrorCode::Storage };
                IpcError::new(code, output.message_key()).with("path", output.path().display().to_string())
            }
            StoreError::Sqlite(_) | StoreError::Migration(_) | StoreError::Io(_) => {
                // The person sees a translated message; the detail goes to the log.
                eprintln!("grupo-motor: {error}");
                IpcError::new(ErrorCode::Storage, "error-storage")
            }
        }
    }
}

impl From<PackError> for IpcError {
    fn from(error: PackError) -> Self {
        match error {
            PackError::Store(error) => error.into(),
            PackError::Invalid(invalid) => StoreError::Invalid(invalid).into(),
            other => {
                eprintln!("grupo-motor: {other}");
                IpcError::new(ErrorCode::Storage, other.message_key())
            }
        }
    }
}

/// A spreadsheet that cannot be read is the person's to fix: `invalid`,
/// with what to fix in `details`.
impl From<TransferError> for IpcError {
    fn from(error: TransferError) -> Self {
        match error.store_error() {
            Some(store_error) => store_error.into(),
            None => with_details(IpcError::new(ErrorCode::Invalid, error.message_key()), error.details()),
        }
    }
}

impl From<SyncError> for IpcError {
    fn from(error: SyncError) -> Self {
        match error.store_error() {
            Some(store_error) => store_error.into(),
            None => {
                let code = match error {
                    SyncError::TooNew { .. } => ErrorCode::TooNew,
                    _ => ErrorCode::Invalid,
                };
                with_details(IpcError::new(code, error.message_key()), error.details())
            }
        }
    }
}

fn with_details(mut error: IpcError, details: BTreeMap<String, String>) -> IpcError {
    error.details.extend(details);
    error
}

/// The store lock is only poisoned if a command panicked mid-way.
impl<T> From<std::sync::PoisonError<T>> for IpcError {
    fn from(_: std::sync::PoisonError<T>) -> Self {
        IpcError::new(ErrorCode::Unexpected, "error-unexpected")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use grupo_motor_core::domain::Invalid;

    #[test]
    fn an_invalid_field_crosses_as_code_key_and_field() {
        let error = IpcError::from(StoreError::from(Invalid::new("rut", "error-rut-check-digit")));
        let json = serde_json::to_value(&error).expect("json");
        assert_eq!(
            json,
            serde_json::json!({ "code": "invalid", "messageKey": "error-rut-check-digit", "details": { "field": "rut" } })
        );
    }

    #[test]
    fn an_output_refused_or_not_written_names_its_cause_and_path() {
        use grupo_motor_core::output_file::OutputError;
        let path = std::path::PathBuf::from("/datos/grupo-motor.sqlite3");
        let refused = IpcError::from(StoreError::from(OutputError::Database { path: path.clone() }));
        let json = serde_json::to_value(&refused).expect("json");
        assert_eq!(
            json,
            serde_json::json!({
                "code": "invalid",
                "messageKey": "error-output-database",
                "details": { "path": "/datos/grupo-motor.sqlite3" }
            })
        );
        let full = OutputError::Write { path, source: std::io::Error::from(std::io::ErrorKind::StorageFull) };
        let error = IpcError::from(StoreError::from(full));
        assert_eq!((error.code, error.message_key.as_str()), (ErrorCode::Storage, "error-output-full"));
    }

    #[test]
    fn a_database_failure_does_not_leak_its_text() {
        let error = IpcError::from(StoreError::Sqlite(rusqlite::Error::InvalidQuery));
        assert_eq!((error.code, error.message_key.as_str()), (ErrorCode::Storage, "error-storage"));
        assert!(error.details.is_empty());
    }
}
