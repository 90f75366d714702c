//! Deleting a record with its cascade, and undoing it; the two sides of a
//! merge. The rules are in `store::deletion` and `store::merge_sides`.

use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::store::deletion::{self, DeletePreview, Deletion, RecordKind};
use grupo_motor_core::store::merge_sides::{self, MergeSide};

pub fn preview_delete(state: &AppState, kind: RecordKind, id: Uuid) -> CommandResult<DeletePreview> {
    Ok(deletion::preview(state.store.lock()?.conn(), kind, id)?)
}

pub fn delete_record(state: &AppState, kind: RecordKind, id: Uuid) -> CommandResult<Deletion> {
    Ok(state.store.lock()?.write(|tx| deletion::delete(tx, kind, id))?)
}

pub fn undo_delete(state: &AppState, deletion: Deletion) -> CommandResult<()> {
    Ok(state.store.lock()?.write(|tx| deletion::undo(tx, &deletion))?)
}

/// The survivor first, then the duplicate.
pub fn merge_sides(state: &AppState, survivor: Uuid, duplicate: Uuid) -> CommandResult<Vec<MergeSide>> {
    let store = state.store.lock()?;
    Ok(vec![merge_sides::side(store.conn(), survivor)?, merge_sides::side(store.conn(), duplicate)?])
}
