use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::SearchResults;
use grupo_motor_core::store::search;

pub fn search_everything(state: &AppState, query: String) -> CommandResult<SearchResults> {
    Ok(search::everything(state.store.lock()?.conn(), &query, 10)?)
}
