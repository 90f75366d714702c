use uuid::Uuid;

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::records::{FeedbackDraft, FeedbackFilter, FeedbackItem, StatusChange};
use grupo_motor_core::store::feedback;

pub fn record_feedback(state: &AppState, draft: FeedbackDraft) -> CommandResult<FeedbackItem> {
    Ok(state.store.lock()?.write(|tx| {
        let id = feedback::record(tx, &draft)?;
        feedback::get(tx, id, today())
    })?)
}

pub fn change_feedback_status(state: &AppState, id: Uuid, change: StatusChange) -> CommandResult<FeedbackItem> {
    Ok(state.store.lock()?.write(|tx| {
        feedback::change_status(tx, id, &change)?;
        feedback::get(tx, id, today())
    })?)
}

pub fn list_feedback(state: &AppState, filter: FeedbackFilter) -> CommandResult<Vec<FeedbackItem>> {
    Ok(feedback::list(state.store.lock()?.conn(), &filter, today())?)
}

/// One item, for a search result that opens it.
pub fn get_feedback(state: &AppState, id: Uuid) -> CommandResult<FeedbackItem> {
    Ok(feedback::get(state.store.lock()?.conn(), id, today())?)
}

pub fn correct_feedback_step(state: &AppState, step_id: Uuid, on: String) -> CommandResult<FeedbackItem> {
    Ok(state.store.lock()?.write(|tx| {
        let id = feedback::correct_step(tx, step_id, &on)?;
        feedback::get(tx, id, today())
    })?)
}
