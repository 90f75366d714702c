//! Types and rules of the driving force group's records. Plain Rust: no SQL,
//! no Tauri. Everything a person types is checked here before it is stored.

pub mod breach;
pub mod contact;
pub mod dates;
pub mod fields;

pub mod holidays;
pub mod kinds;
pub mod lawful;
pub mod milestones;
pub mod records;
pub mod requests;
pub mod rut;
pub mod sheet_code;
pub mod text;

use thiserror::Error;

/// A rule a value broke: which field, and the catalogue key of the message
/// to show next to it (see `assets/i18n/*.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid {field}: {message_key}")]
pub struct Invalid {
    pub field: &'static str,
    pub message_key: &'static str,
}

impl Invalid {
    pub fn new(field: &'static str, message_key: &'static str) -> Self {
        Self { field, message_key }
    }
}

impl crate::error::UserError for Invalid {
    fn code(&self) -> crate::error::ErrorCode {
        crate::error::ErrorCode::Invalid
    }

    fn message_key(&self) -> &'static str {
        self.message_key
    }

    fn details(&self) -> std::collections::BTreeMap<String, String> {
        crate::error::details([("field", self.field.to_string())])
    }
}
