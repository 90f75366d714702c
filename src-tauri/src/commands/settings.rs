//! This laptop's preferences (*Configuración*) and *Acerca de*.

use super::{AppState, CommandResult};
use crate::logging;
use grupo_motor_core::domain::Invalid;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::store::about::{self, About};
use grupo_motor_core::store::preferences::{self, Preferences};
use grupo_motor_core::store::{settings, StoreError};

const LANGUAGE: &str = "language";

pub fn get_language(state: &AppState) -> CommandResult<Language> {
    Ok(preferences::load(state.store.lock()?.conn())?.language)
}

pub fn set_language(state: &AppState, language: String) -> CommandResult<()> {
    let language = Language::parse(&language)
        .ok_or_else(|| StoreError::from(Invalid::new("language", "error-unknown-reference")))?;
    Ok(settings::set(state.store.lock()?.conn(), LANGUAGE, language.tag())?)
}

pub fn get_preferences(state: &AppState) -> CommandResult<Preferences> {
    Ok(preferences::load(state.store.lock()?.conn())?)
}

pub fn set_preferences(state: &AppState, preferences: Preferences) -> CommandResult<Preferences> {
    Ok(state.store.lock()?.write(|tx| preferences::save(tx, &preferences))?)
}

pub fn about(state: &AppState) -> CommandResult<About> {
    let store = state.store.lock()?;
    let log_folder = logging::folder_for(&state.database);
    Ok(about::about(store.conn(), &state.database, env!("CARGO_PKG_VERSION"), log_folder)?)
}

/// Opens the folder that holds the database, its backups, evidence and logs
/// in the system's file manager.
pub fn open_data_folder(state: &AppState) -> CommandResult<()> {
    open::that_detached(about::data_folder(&state.database)).map_err(StoreError::from)?;
    Ok(())
}
