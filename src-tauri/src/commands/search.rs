use tauri::State;

use super::{AppState, CommandResult};
use crate::domain::records::SearchResults;
use crate::store::search;

#[tauri::command]
pub fn search_everything(state: State<'_, AppState>, query: String) -> CommandResult<SearchResults> {
    Ok(search::everything(state.store.lock()?.conn(), &query, 10)?)
}
