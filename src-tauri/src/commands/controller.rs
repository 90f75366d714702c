//! The data controller's details (this laptop's settings).

use super::{AppState, CommandResult};
use grupo_motor_core::store::controller::{self, Controller};

pub fn get_controller(state: &AppState) -> CommandResult<Controller> {
    Ok(controller::get(state.store.lock()?.conn())?)
}

/// Checks and saves all six fields together; returns them as stored.
pub fn save_controller(state: &AppState, controller: Controller) -> CommandResult<Controller> {
    Ok(state.store.lock()?.write(|tx| controller::save(tx, &controller))?)
}
