//! How a failure is told to the person. Every layer's error enum says, once,
//! its stable code, the catalogue key of its message, the message's
//! arguments and whether it is internal (a fault the person cannot fix: they
//! see a general message, the detail goes to the log). The shell turns any of
//! them into the UI's `IpcError` or the CLI's printed sentence with one
//! conversion each, and logs internal ones there, once.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

/// What kind of failure, for the UI to match on.
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

/// An error as the person is told it.
pub trait UserError: std::error::Error {
    fn code(&self) -> ErrorCode;

    /// The catalogue key of the message to show.
    fn message_key(&self) -> &'static str;

    /// The message's arguments, and `field` when one field is at fault.
    fn details(&self) -> BTreeMap<String, String> {
        BTreeMap::new()
    }

    /// A fault of the machine or the program rather than of what the person
    /// typed or chose: its text is logged, never shown.
    fn is_internal(&self) -> bool {
        false
    }
}

/// Arguments as the catalogue's `details` map.
pub fn details<const N: usize>(pairs: [(&str, String); N]) -> BTreeMap<String, String> {
    pairs.into_iter().map(|(key, value)| (key.to_string(), value)).collect()
}
