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
