//! Sync files between laptops, from the window. Evidence files travel in
//! them, from and into the evidence folder beside the database.

use std::path::PathBuf;

use super::{AppState, CommandResult};
use grupo_motor_core::store::evidence;
use grupo_motor_core::sync::folder::{self, FolderReport};
use grupo_motor_core::sync::{export, import, ExportPlan, ExportSummary, SyncReport};

fn colleague_of(colleague: &Option<String>) -> Option<&str> {
    colleague.as_deref().map(str::trim).filter(|c| !c.is_empty())
}

/// What an export would hold (rows, evidence files and their size), told
/// before the person exports.
pub fn sync_export_plan(state: &AppState, colleague: Option<String>) -> CommandResult<ExportPlan> {
    let folder = evidence::folder_for(&state.database);
    Ok(export::plan(state.store.lock()?.conn(), colleague_of(&colleague), Some(&folder))?)
}

/// Writes a sync file: everything, or only what changed since the last
/// export to `colleague`, with the evidence files among it.
pub fn sync_export(state: &AppState, path: PathBuf, colleague: Option<String>) -> CommandResult<ExportSummary> {
    let folder = evidence::folder_for(&state.database);
    let mut store = state.store.lock()?;
    let protected = store.protected();
    Ok(export::export_file_with(store.conn_mut(), &protected, &path, colleague_of(&colleague), Some(&folder))?)
}

/// Merges a sync file from another laptop and says what it did.
pub fn sync_import(state: &AppState, path: PathBuf) -> CommandResult<SyncReport> {
    let folder = evidence::folder_for(&state.database);
    Ok(import::import_file_with(state.store.lock()?.conn_mut(), &path, Some(&folder))?)
}

/// The shared folder chosen on this laptop, if any.
pub fn sync_folder(state: &AppState) -> CommandResult<Option<PathBuf>> {
    Ok(folder::chosen(state.store.lock()?.conn())?)
}

/// Chooses the shared folder and syncs through it at once.
pub fn choose_sync_folder(state: &AppState, path: PathBuf) -> CommandResult<FolderReport> {
    folder::choose(state.store.lock()?.conn(), &path)?;
    sync_folder_now(state)
}

/// Imports the colleagues' new files from the shared folder and writes this
/// laptop's own. At start (the window calls it once) and on demand.
pub fn sync_folder_now(state: &AppState) -> CommandResult<FolderReport> {
    let evidence_folder = evidence::folder_for(&state.database);
    let mut store = state.store.lock()?;
    let Some(shared) = folder::chosen(store.conn())? else {
        return Err(grupo_motor_core::store::StoreError::from(grupo_motor_core::domain::Invalid::new(
            "folder",
            "error-sync-folder-none",
        ))
        .into());
    };
    let protected = store.protected();
    Ok(folder::sync(store.conn_mut(), &protected, &shared, Some(&evidence_folder))?)
}
