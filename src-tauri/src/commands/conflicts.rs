//! *Conflictos*: rows both laptops changed, as a sync import settled them,
//! until a person reviews them.

use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::store::StoreError;
use grupo_motor_core::sync::conflicts::{self, Review};

pub fn list_conflicts(state: &AppState, with_reviewed: bool) -> CommandResult<Vec<Review>> {
    Ok(conflicts::list(state.store.lock()?.conn(), with_reviewed)?)
}

pub fn conflicts_waiting(state: &AppState) -> CommandResult<i64> {
    Ok(conflicts::waiting(state.store.lock()?.conn())?)
}

/// Keeps the other laptop's value instead (a new edit that travels), and
/// counts the conflict as reviewed.
pub fn keep_other_value(state: &AppState, id: Uuid) -> CommandResult<Review> {
    let mut store = state.store.lock()?;
    let tx = store.conn_mut().transaction().map_err(StoreError::from)?;
    let review = conflicts::keep_other(&tx, id)?;
    tx.commit().map_err(StoreError::from)?;
    Ok(review)
}

pub fn mark_conflict_reviewed(state: &AppState, id: Uuid) -> CommandResult<Review> {
    Ok(conflicts::mark_reviewed(state.store.lock()?.conn(), id)?)
}
