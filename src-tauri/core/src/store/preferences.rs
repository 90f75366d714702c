//! This laptop's preferences, typed, over the `setting` table (never synced:
//! each leader's laptop keeps its own). A missing or unreadable value reads
//! as its default, so an older database or a hand-edited row never stops
//! the app from starting.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{settings, Result};
use crate::domain::text::{optional_line, NAME_MAX};
use crate::i18n::Language;
use crate::pack::Paper;

const LANGUAGE: &str = "language";
const PAPER: &str = "paper";
const LEADER_NAME: &str = "leader_name";
const LARGE_TEXT: &str = "large_text";
const HIGH_CONTRAST: &str = "high_contrast";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    pub language: Language,
    /// Pre-chosen in the pack form and for sign-in sheets.
    pub paper: Paper,
    /// The leader who uses this laptop: pre-filled as the author of notes
    /// and the facilitator of new forums. Empty when not given.
    pub leader_name: String,
    pub large_text: bool,
    /// The high-contrast theme, for reading in the sun.
    pub high_contrast: bool,
}

pub fn load(conn: &Connection) -> Result<Preferences> {
    let flag = |key| -> Result<bool> { Ok(settings::get(conn, key)?.as_deref() == Some("1")) };
    Ok(Preferences {
        language: settings::get(conn, LANGUAGE)?.as_deref().and_then(Language::parse).unwrap_or_default(),
        paper: settings::get(conn, PAPER)?.as_deref().and_then(Paper::parse).unwrap_or_default(),
        leader_name: settings::get(conn, LEADER_NAME)?.unwrap_or_default(),
        large_text: flag(LARGE_TEXT)?,
        high_contrast: flag(HIGH_CONTRAST)?,
    })
}

/// Validates and stores every preference; returns them as stored (the name
/// trimmed). Several rows: one transaction, so a refused name changes nothing.
pub fn save(tx: &rusqlite::Transaction, preferences: &Preferences) -> Result<Preferences> {
    let leader_name = optional_line(&preferences.leader_name, "leader_name", NAME_MAX)?;
    let flag = |on: bool| if on { "1" } else { "0" };
    settings::set(tx, LANGUAGE, preferences.language.tag())?;
    settings::set(tx, PAPER, preferences.paper.as_str())?;
    settings::set(tx, LEADER_NAME, &leader_name)?;
    settings::set(tx, LARGE_TEXT, flag(preferences.large_text))?;
    settings::set(tx, HIGH_CONTRAST, flag(preferences.high_contrast))?;
    Ok(Preferences { leader_name, ..preferences.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::store;

    #[test]
    fn a_new_database_has_the_defaults() {
        let store = store();
        let loaded = load(store.conn()).expect("load");
        assert_eq!(loaded, Preferences::default());
        assert_eq!((loaded.language, loaded.paper), (Language::EsCl, Paper::A4));
    }

    #[test]
    fn what_is_saved_is_what_is_loaded_the_name_trimmed() {
        let mut store = store();
        let chosen = Preferences {
            language: Language::En,
            paper: Paper::Letter,
            leader_name: "  Rosa   Núñez Peumo ".into(),
            large_text: true,
            high_contrast: true,
        };
        let saved = store.write(|tx| save(tx, &chosen)).expect("save");
        assert_eq!(saved.leader_name, "Rosa Núñez Peumo");
        assert_eq!(load(store.conn()).expect("load"), saved);
        let back = Preferences { large_text: false, high_contrast: false, ..saved };
        store.write(|tx| save(tx, &back)).expect("save");
        assert_eq!(load(store.conn()).expect("load"), back, "a flag turned off stays off");
    }

    #[test]
    fn a_too_long_name_is_refused_and_nothing_changes() {
        let mut store = store();
        let chosen = Preferences { paper: Paper::Letter, leader_name: "a".repeat(NAME_MAX + 1), ..Default::default() };
        let error = store.write(|tx| save(tx, &chosen)).expect_err("too long");
        assert!(matches!(error, crate::store::StoreError::Invalid(ref i) if i.field == "leader_name"), "{error:?}");
        assert_eq!(load(store.conn()).expect("load").paper, Paper::A4);
    }

    #[test]
    fn an_unreadable_value_reads_as_its_default() {
        let store = store();
        settings::set(store.conn(), PAPER, "A3").expect("set");
        settings::set(store.conn(), LANGUAGE, "fr").expect("set");
        let loaded = load(store.conn()).expect("load");
        assert_eq!((loaded.paper, loaded.language), (Paper::A4, Language::EsCl));
    }
}
