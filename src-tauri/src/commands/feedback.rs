use tauri::State;
use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::records::{FeedbackDraft, FeedbackFilter, FeedbackItem, StatusChange};
use grupo_motor_core::store::feedback;

#[tauri::command]
pub fn record_feedback(state: State<'_, AppState>, draft: FeedbackDraft) -> CommandResult<FeedbackItem> {
    Ok(state.store.lock()?.write(|tx| {
        let id = feedback::record(tx, &draft)?;
        feedback::get(tx, id, today())
    })?)
}

#[tauri::command]
pub fn change_feedback_status(
    state: State<'_, AppState>,
    id: Uuid,
    change: StatusChange,
) -> CommandResult<FeedbackItem> {
    Ok(state.store.lock()?.write(|tx| {
        feedback::change_status(tx, id, &change)?;
        feedback::get(tx, id, today())
    })?)
}

#[tauri::command]
pub fn list_feedback(state: State<'_, AppState>, filter: FeedbackFilter) -> CommandResult<Vec<FeedbackItem>> {
    Ok(feedback::list(state.store.lock()?.conn(), &filter, today())?)
}
