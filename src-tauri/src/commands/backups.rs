//! Backups from the window: list them, make one, go back to one.

use std::path::PathBuf;

use super::{AppState, CommandResult};
use grupo_motor_core::store::backup::{self, BackupInfo};
use grupo_motor_core::store::restore;

pub fn list_backups(state: &AppState) -> CommandResult<Vec<BackupInfo>> {
    Ok(backup::list_backups(&state.database)?)
}

pub fn make_backup(state: &AppState) -> CommandResult<BackupInfo> {
    let store = state.store.lock()?;
    Ok(backup::take(store.conn(), &state.database, backup::MANUAL)?)
}

/// Replaces the database with the backup at `path` (one of the list, or a
/// copy brought on a USB stick). The current state is backed up first;
/// returns where it was kept.
pub fn restore_backup(state: &AppState, path: PathBuf) -> CommandResult<Option<PathBuf>> {
    // Held throughout, so no command writes between the copy and the reopen.
    let mut store = state.store.lock()?;
    let kept = restore::restore(&state.database, &path)?;
    store.reopen(&state.database)?;
    Ok(kept)
}
