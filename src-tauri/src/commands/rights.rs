use std::path::PathBuf;

use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::records::PersonData;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, Paper};
use grupo_motor_core::store::retention::{self, RetentionRule};
use grupo_motor_core::store::{rights, StoreError};

pub fn person_data(state: &AppState, id: Uuid) -> CommandResult<PersonData> {
    Ok(rights::export(state.store.lock()?.conn(), id)?)
}

/// Saves everything stored about a person as JSON at `path` (portability).
pub fn export_person_data(state: &AppState, id: Uuid, path: PathBuf) -> CommandResult<()> {
    let store = state.store.lock()?;
    let data = rights::export(store.conn(), id)?;
    let json = serde_json::to_vec_pretty(&data).map_err(|e| StoreError::from(std::io::Error::other(e)))?;
    output_file::write(&store.protected(), &path, &json).map_err(StoreError::from)?;
    Ok(())
}

/// Saves the same as a printable PDF at `path` (access).
pub fn export_person_pdf(state: &AppState, id: Uuid, path: PathBuf, language: Language) -> CommandResult<()> {
    let (data, protected) = {
        let store = state.store.lock()?;
        (rights::export(store.conn(), id)?, store.protected())
    };
    let bytes = pack::person_data(&data, language, Paper::A4, today())?;
    output_file::write(&protected, &path, &bytes).map_err(StoreError::from)?;
    Ok(())
}

pub fn erase_person(state: &AppState, id: Uuid) -> CommandResult<()> {
    Ok(state.store.lock()?.write(|tx| rights::erase(tx, id))?)
}

/// People's *Borrar contactos antiguos*: the contact-details retention rule
/// with the months typed there.
pub fn purge_stale_contacts(state: &AppState, months: u32) -> CommandResult<usize> {
    let rule = RetentionRule::ContactDetails { months };
    Ok(state.store.lock()?.write(|tx| retention::anonymise(tx, rule, today()))?)
}
