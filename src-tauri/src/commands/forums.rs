use tauri::State;
use uuid::Uuid;

use super::{AppState, CommandResult};
use crate::domain::records::{Forum, ForumDraft, ForumSummary};
use crate::store::forums;

#[tauri::command]
pub fn list_forums(state: State<'_, AppState>) -> CommandResult<Vec<ForumSummary>> {
    Ok(forums::list(state.store.lock()?.conn())?)
}

#[tauri::command]
pub fn get_forum(state: State<'_, AppState>, id: Uuid) -> CommandResult<Forum> {
    Ok(forums::get(state.store.lock()?.conn(), id)?)
}

#[tauri::command]
pub fn create_forum(state: State<'_, AppState>, draft: ForumDraft) -> CommandResult<Forum> {
    let mut store = state.store.lock()?;
    let forum = store.write(|tx| {
        let id = forums::create(tx, &draft)?;
        forums::get(tx, id)
    })?;
    Ok(forum)
}
