//! Sync files between laptops, from the window.

use std::path::PathBuf;

use super::{AppState, CommandResult};
use grupo_motor_core::sync::{export, import, ExportSummary, SyncReport};

/// Writes a sync file: everything, or only what changed since the last
/// export to `colleague`.
pub fn sync_export(state: &AppState, path: PathBuf, colleague: Option<String>) -> CommandResult<ExportSummary> {
    let colleague = colleague.as_deref().map(str::trim).filter(|c| !c.is_empty());
    let mut store = state.store.lock()?;
    let protected = store.protected();
    Ok(export::export_file(store.conn_mut(), &protected, &path, colleague)?)
}

/// Merges a sync file from another laptop and says what it did.
pub fn sync_import(state: &AppState, path: PathBuf) -> CommandResult<SyncReport> {
    Ok(import::import_file(state.store.lock()?.conn_mut(), &path)?)
}
