use std::path::PathBuf;

use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::records::{CommitmentProgress, Evidence, MilestoneDraft, NoteDraft};
use grupo_motor_core::store::{evidence, milestones, StoreError};

pub fn commitment_progress(state: &AppState) -> CommandResult<Vec<CommitmentProgress>> {
    Ok(milestones::progress(state.store.lock()?.conn(), today())?)
}

pub fn create_milestone(state: &AppState, draft: MilestoneDraft) -> CommandResult<Uuid> {
    Ok(milestones::create(state.store.lock()?.conn(), &draft)?)
}

pub fn update_milestone(state: &AppState, id: Uuid, draft: MilestoneDraft) -> CommandResult<()> {
    Ok(milestones::update(state.store.lock()?.conn(), id, &draft)?)
}

pub fn add_milestone_note(state: &AppState, milestone_id: Uuid, draft: NoteDraft) -> CommandResult<Uuid> {
    Ok(state.store.lock()?.write(|tx| milestones::add_note(tx, milestone_id, &draft))?)
}

/// Copies the file at `path` (chosen in a dialog, or given by a test) into
/// the evidence folder.
pub fn add_evidence(
    state: &AppState,
    milestone_id: Uuid,
    note_id: Option<Uuid>,
    path: PathBuf,
) -> CommandResult<Evidence> {
    let folder = evidence::folder_for(&state.database);
    Ok(state.store.lock()?.write(|tx| evidence::add(tx, &folder, milestone_id, note_id, &path, today()))?)
}

/// Opens an evidence file with the system's viewer.
pub fn open_evidence(state: &AppState, id: Uuid) -> CommandResult<()> {
    let folder = evidence::folder_for(&state.database);
    let path = evidence::path_of(state.store.lock()?.conn(), &folder, id)?;
    open::that_detached(&path).map_err(StoreError::from)?;
    Ok(())
}
