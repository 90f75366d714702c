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
    /// For a value too long: the most characters allowed, so the message says it.
    pub max: Option<usize>,
}

impl Invalid {
    pub fn new(field: &'static str, message_key: &'static str) -> Self {
        Self { field, message_key, max: None }
    }

    /// More than `max` characters: "Es demasiado largo: como máximo 120 caracteres."
    pub fn too_long(field: &'static str, max: usize) -> Self {
        Self { field, message_key: "error-too-long", max: Some(max) }
    }

    /// The message's arguments besides the field.
    pub fn args(&self) -> std::collections::BTreeMap<String, String> {
        self.max.map(|max| ("max".to_string(), max.to_string())).into_iter().collect()
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
        let mut details = self.args();
        details.insert("field".to_string(), self.field.to_string());
        details
    }
}
