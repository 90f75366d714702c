//! Printable documents of Ley 21.719 (privacy notice, consent forms) and
//! the breach log with its report for the Agencia.

use std::path::PathBuf;

use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::breach::{Breach, BreachDraft};
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, DocumentKind, Paper};
use grupo_motor_core::store::{breaches, controller, StoreError};

/// Saves the document at `path`, from the controller as recorded now.
pub fn export_document(
    state: &AppState,
    kind: DocumentKind,
    path: PathBuf,
    paper: Paper,
    language: Language,
) -> CommandResult<()> {
    let (controller, protected) = {
        let store = state.store.lock()?;
        (controller::get(store.conn())?, store.protected())
    };
    let bytes = pack::document(kind, &controller, language, paper, today())?;
    output_file::write(&protected, &path, &bytes).map_err(StoreError::from)?;
    Ok(())
}

pub fn list_breaches(state: &AppState) -> CommandResult<Vec<Breach>> {
    Ok(breaches::list(state.store.lock()?.conn())?)
}

pub fn record_breach(state: &AppState, draft: BreachDraft) -> CommandResult<Breach> {
    Ok(breaches::create(state.store.lock()?.conn(), &draft, today())?)
}

pub fn update_breach(state: &AppState, id: Uuid, draft: BreachDraft) -> CommandResult<Breach> {
    Ok(breaches::update(state.store.lock()?.conn(), id, &draft, today())?)
}

/// Saves the report of one breach for the Agencia at `path`.
pub fn export_breach_report(
    state: &AppState,
    id: Uuid,
    path: PathBuf,
    paper: Paper,
    language: Language,
) -> CommandResult<()> {
    let (breach, controller, protected) = {
        let store = state.store.lock()?;
        (breaches::get(store.conn(), id)?, controller::get(store.conn())?, store.protected())
    };
    let bytes = pack::breach_report(&breach, &controller, language, paper, today())?;
    output_file::write(&protected, &path, &bytes).map_err(StoreError::from)?;
    Ok(())
}
