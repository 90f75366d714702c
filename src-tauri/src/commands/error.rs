//! What a failed command sends to the UI: a stable code to match on, the
//! catalogue key of the message to show, and its arguments. Never a Rust
//! debug string.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

pub use grupo_motor_core::error::ErrorCode;
use grupo_motor_core::error::UserError;
use grupo_motor_core::pack::PackError;
use grupo_motor_core::store::StoreError;
use grupo_motor_core::sync::SyncError;
use grupo_motor_core::transfer::TransferError;

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

    /// The one conversion from any layer's error; an internal one is logged
    /// here, its text never sent.
    pub fn of(error: &dyn UserError) -> Self {
        crate::report::log_internal(error);
        Self { code: error.code(), message_key: error.message_key().to_string(), details: error.details() }
    }
}

macro_rules! from_user_error {
    ($($error:ty),+) => {$(
        impl From<$error> for IpcError {
            fn from(error: $error) -> Self {
                IpcError::of(&error)
            }
        }
    )+};
}

from_user_error!(StoreError, PackError, TransferError, SyncError);

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

    #[test]
    fn every_layer_crosses_through_the_same_conversion() {
        let transfer = IpcError::from(TransferError::MissingColumn { column: "nombre" });
        assert_eq!((transfer.code, transfer.message_key.as_str()), (ErrorCode::Invalid, "error-csv-missing-column"));
        assert_eq!(transfer.details.get("column").map(String::as_str), Some("nombre"));

        let nested = IpcError::from(SyncError::Store(StoreError::DuplicateRut { rut: "12.345.678-5".into() }));
        assert_eq!(nested.code, ErrorCode::DuplicateRut, "a store error inside a sync error keeps its own code");
        assert_eq!(nested.details.get("field").map(String::as_str), Some("rut"));

        let too_new = IpcError::from(SyncError::TooNew { version: 9, schema: 99 });
        assert_eq!((too_new.code, too_new.details.len()), (ErrorCode::TooNew, 2));

        let disk = IpcError::from(PackError::Io(std::io::Error::other("No space left on device")));
        assert_eq!((disk.code, disk.message_key.as_str()), (ErrorCode::Storage, "error-pack-write"));
        assert!(disk.details.is_empty(), "an internal fault's text is logged, not sent");
    }
}
