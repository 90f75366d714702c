use super::{AppState, CommandResult};
use grupo_motor_core::domain::Invalid;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::store::settings;

const LANGUAGE: &str = "language";

pub fn get_language(state: &AppState) -> CommandResult<Language> {
    let stored = settings::get(state.store.lock()?.conn(), LANGUAGE)?;
    Ok(stored.as_deref().and_then(Language::parse).unwrap_or_default())
}

pub fn set_language(state: &AppState, language: String) -> CommandResult<()> {
    let language = Language::parse(&language).ok_or_else(|| {
        grupo_motor_core::store::StoreError::from(Invalid::new("language", "error-unknown-reference"))
    })?;
    Ok(settings::set(state.store.lock()?.conn(), LANGUAGE, language.tag())?)
}
