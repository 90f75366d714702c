use tauri::State;
use uuid::Uuid;

use super::{AppState, CommandResult};
use crate::domain::kinds::AttendanceRole;
use crate::domain::records::{Attendee, PersonDraft, PersonMatch};
use crate::store::{attendance, people};

/// More than a screenful of matches helps nobody at the desk.
const MAX_MATCHES: usize = 50;

#[tauri::command]
pub fn search_people(state: State<'_, AppState>, query: String, limit: usize) -> CommandResult<Vec<PersonMatch>> {
    Ok(people::search(state.store.lock()?.conn(), &query, limit.min(MAX_MATCHES))?)
}

#[tauri::command]
pub fn register_attendance(
    state: State<'_, AppState>,
    forum_id: Uuid,
    person_id: Uuid,
    role: AttendanceRole,
) -> CommandResult<Attendee> {
    Ok(attendance::register(state.store.lock()?.conn(), forum_id, person_id, role)?)
}

#[tauri::command]
pub fn register_new_person(
    state: State<'_, AppState>,
    forum_id: Uuid,
    draft: PersonDraft,
    role: AttendanceRole,
) -> CommandResult<Attendee> {
    Ok(attendance::register_new_person(state.store.lock()?.conn_mut(), forum_id, &draft, role)?)
}

#[tauri::command]
pub fn list_attendees(state: State<'_, AppState>, forum_id: Uuid) -> CommandResult<Vec<Attendee>> {
    Ok(attendance::list(state.store.lock()?.conn(), forum_id)?)
}

#[tauri::command]
pub fn remove_attendance(state: State<'_, AppState>, attendance_id: Uuid) -> CommandResult<()> {
    Ok(attendance::remove(state.store.lock()?.conn(), attendance_id)?)
}
