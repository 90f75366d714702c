use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::{Commitment, Neighbourhood, Organization};
use grupo_motor_core::store::{organizations, reference};

pub fn list_neighbourhoods(state: &AppState) -> CommandResult<Vec<Neighbourhood>> {
    Ok(reference::neighbourhoods(state.store.lock()?.conn())?)
}

pub fn list_commitments(state: &AppState) -> CommandResult<Vec<Commitment>> {
    Ok(reference::commitments(state.store.lock()?.conn())?)
}

pub fn list_organizations(state: &AppState) -> CommandResult<Vec<Organization>> {
    Ok(organizations::list(state.store.lock()?.conn())?)
}
