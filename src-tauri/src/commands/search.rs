use tauri::State;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::SearchResults;
use grupo_motor_core::store::search;

#[tauri::command]
pub fn search_everything(state: State<'_, AppState>, query: String) -> CommandResult<SearchResults> {
    Ok(search::everything(state.store.lock()?.conn(), &query, 10)?)
}
