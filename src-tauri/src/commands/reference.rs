use tauri::State;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::{Commitment, Neighbourhood, Organization};
use grupo_motor_core::store::{organizations, reference};

#[tauri::command]
pub fn list_neighbourhoods(state: State<'_, AppState>) -> CommandResult<Vec<Neighbourhood>> {
    Ok(reference::neighbourhoods(state.store.lock()?.conn())?)
}

#[tauri::command]
pub fn list_commitments(state: State<'_, AppState>) -> CommandResult<Vec<Commitment>> {
    Ok(reference::commitments(state.store.lock()?.conn())?)
}

#[tauri::command]
pub fn list_organizations(state: State<'_, AppState>) -> CommandResult<Vec<Organization>> {
    Ok(organizations::list(state.store.lock()?.conn())?)
}
