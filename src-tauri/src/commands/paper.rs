//! Paper sign-in sheets typed back at the desk, and the signed sheet kept
//! as the forum's evidence.

use std::path::PathBuf;

use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::records::ForumEvidence;
use grupo_motor_core::store::evidence;
use grupo_motor_core::store::paper_sheet::{self, PaperSheet};

/// The sheet as printed: codes, row numbers, and the signed sheet if kept.
pub fn paper_sheet(state: &AppState, forum_id: Uuid) -> CommandResult<PaperSheet> {
    Ok(paper_sheet::sheet(state.store.lock()?.conn(), forum_id)?)
}

/// Copies the photo or scan at `path` into the evidence folder as the
/// forum's signed sheet.
pub fn add_signed_sheet(state: &AppState, forum_id: Uuid, path: PathBuf) -> CommandResult<ForumEvidence> {
    let folder = evidence::folder_for(&state.database);
    Ok(state.store.lock()?.write(|tx| evidence::add_to_forum(tx, &folder, forum_id, &path, today()))?)
}
