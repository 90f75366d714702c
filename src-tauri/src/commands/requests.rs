//! The register of rights requests and the retention periods: thin
//! wrappers over `store::requests`, `store::retention` and the letter.

use std::path::PathBuf;

use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::kinds::RequestStatus;
use grupo_motor_core::domain::requests::{RequestDraft, RequestStep, RequestsDue, RightsRequest};
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, Paper};
use grupo_motor_core::store::retention::{self, RetentionCase, RetentionRule};
use grupo_motor_core::store::{requests, rights, StoreError};

pub fn list_requests(state: &AppState) -> CommandResult<Vec<RightsRequest>> {
    Ok(requests::list(state.store.lock()?.conn(), today())?)
}

pub fn requests_due(state: &AppState) -> CommandResult<RequestsDue> {
    Ok(requests::due(state.store.lock()?.conn(), today())?)
}

pub fn record_request(state: &AppState, draft: RequestDraft) -> CommandResult<RightsRequest> {
    let day = today();
    let mut store = state.store.lock()?;
    let id = store.write(|tx| requests::record(tx, &draft, day))?;
    Ok(requests::get(store.conn(), id, day)?)
}

pub fn start_request(state: &AppState, id: Uuid, step: RequestStep) -> CommandResult<RightsRequest> {
    Ok(state.store.lock()?.write(|tx| requests::start(tx, id, &step, today()))?)
}

pub fn extend_request(state: &AppState, id: Uuid, step: RequestStep) -> CommandResult<RightsRequest> {
    Ok(state.store.lock()?.write(|tx| requests::extend(tx, id, &step, today()))?)
}

/// Answers (`answered`) or refuses a request; granting a suppression erases
/// the person in the same transaction.
pub fn decide_request(
    state: &AppState,
    id: Uuid,
    outcome: RequestStatus,
    step: RequestStep,
) -> CommandResult<RightsRequest> {
    Ok(state.store.lock()?.write(|tx| requests::decide(tx, id, outcome, &step, today()))?)
}

/// Saves the person's data (JSON for portability, the PDF for access) at
/// `path`, then records that it was sent today.
pub fn send_request_data(
    state: &AppState,
    id: Uuid,
    path: PathBuf,
    as_pdf: bool,
    language: Language,
) -> CommandResult<RightsRequest> {
    let day = today();
    let mut store = state.store.lock()?;
    let request = requests::get(store.conn(), id, day)?;
    let data = rights::export(store.conn(), requests::subject(&request)?)?;
    let bytes = if as_pdf {
        pack::person_data(&data, language, Paper::A4, day)?
    } else {
        serde_json::to_vec_pretty(&data).map_err(|e| StoreError::from(std::io::Error::other(e)))?
    };
    output_file::write(&store.protected(), &path, &bytes).map_err(StoreError::from)?;
    Ok(store.write(|tx| requests::mark_sent(tx, id, day, day))?)
}

/// Saves the answer letter at `path`.
pub fn export_request_letter(state: &AppState, id: Uuid, path: PathBuf, language: Language) -> CommandResult<()> {
    let (request, controller, protected) = {
        let store = state.store.lock()?;
        (requests::get(store.conn(), id, today())?, requests::controller(store.conn())?, store.protected())
    };
    let bytes = pack::request_letter(&request, &controller, language, Paper::A4, today())?;
    output_file::write(&protected, &path, &bytes).map_err(StoreError::from)?;
    Ok(())
}

pub fn retention_review(state: &AppState) -> CommandResult<Vec<RetentionCase>> {
    Ok(retention::review(state.store.lock()?.conn(), today())?)
}

pub fn set_retention(state: &AppState, rule: RetentionRule) -> CommandResult<Vec<RetentionCase>> {
    let store = state.store.lock()?;
    retention::set_rule(store.conn(), rule)?;
    Ok(retention::review(store.conn(), today())?)
}

/// Anonymises what passed `rule` (the screen asked first); how many people.
pub fn apply_retention(state: &AppState, rule: RetentionRule) -> CommandResult<usize> {
    Ok(state.store.lock()?.write(|tx| retention::anonymise(tx, rule, today()))?)
}
