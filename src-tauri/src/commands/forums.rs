use std::path::PathBuf;

use tauri::State;
use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::{Forum, ForumDetail, ForumDraft, ForumSummary};
use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::ical;
use grupo_motor_core::output_file;
use grupo_motor_core::store::{forums, StoreError};

#[tauri::command]
pub fn list_forums(state: State<'_, AppState>) -> CommandResult<Vec<ForumSummary>> {
    Ok(forums::list(state.store.lock()?.conn())?)
}

#[tauri::command]
pub fn get_forum(state: State<'_, AppState>, id: Uuid) -> CommandResult<Forum> {
    Ok(forums::get(state.store.lock()?.conn(), id)?)
}

#[tauri::command]
pub fn get_forum_detail(state: State<'_, AppState>, id: Uuid) -> CommandResult<ForumDetail> {
    Ok(forums::detail(state.store.lock()?.conn(), id)?)
}

#[tauri::command]
pub fn create_forum(state: State<'_, AppState>, draft: ForumDraft) -> CommandResult<Forum> {
    Ok(state.store.lock()?.write(|tx| {
        let id = forums::create(tx, &draft)?;
        forums::get(tx, id)
    })?)
}

#[tauri::command]
pub fn update_forum(state: State<'_, AppState>, id: Uuid, draft: ForumDraft) -> CommandResult<Forum> {
    Ok(state.store.lock()?.write(|tx| forums::update(tx, id, &draft))?)
}

#[tauri::command]
pub fn set_facilitators(state: State<'_, AppState>, id: Uuid, people: Vec<Uuid>) -> CommandResult<ForumDetail> {
    Ok(state.store.lock()?.write(|tx| {
        forums::set_facilitators(tx, id, &people)?;
        forums::detail(tx, id)
    })?)
}

/// Writes every forum, or the chosen ones, to an iCalendar file at `path`.
#[tauri::command]
pub fn export_calendar(
    state: State<'_, AppState>,
    path: PathBuf,
    forum_ids: Option<Vec<Uuid>>,
    language: Language,
) -> CommandResult<usize> {
    let (chosen, protected) = {
        let store = state.store.lock()?;
        let ids: Vec<Uuid> = match forum_ids {
            Some(ids) => ids,
            None => forums::list(store.conn())?.into_iter().map(|f| f.id).collect(),
        };
        let chosen = ids.into_iter().map(|id| forums::get(store.conn(), id)).collect::<Result<Vec<_>, _>>()?;
        (chosen, store.protected())
    };
    let text = ical::forums_calendar(&chosen, &Catalogue::new(language));
    output_file::write(&protected, &path, text.as_bytes()).map_err(StoreError::from)?;
    Ok(chosen.len())
}
