use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::dates::parse_date;
use grupo_motor_core::domain::kinds::AttendanceRole;
use grupo_motor_core::domain::records::{Attendee, NeighbourhoodAttendees, PersonDraft};
use grupo_motor_core::store::{attendance, StoreError};

pub fn register_attendance(
    state: &AppState,
    forum_id: Uuid,
    person_id: Uuid,
    role: AttendanceRole,
) -> CommandResult<Attendee> {
    Ok(attendance::register(state.store.lock()?.conn(), forum_id, person_id, role)?)
}

pub fn register_new_person(
    state: &AppState,
    forum_id: Uuid,
    draft: PersonDraft,
    role: AttendanceRole,
) -> CommandResult<Attendee> {
    Ok(attendance::register_new_person(state.store.lock()?.conn_mut(), forum_id, &draft, role)?)
}

pub fn list_attendees(state: &AppState, forum_id: Uuid) -> CommandResult<Vec<Attendee>> {
    Ok(attendance::list(state.store.lock()?.conn(), forum_id)?)
}

pub fn remove_attendance(state: &AppState, attendance_id: Uuid) -> CommandResult<()> {
    Ok(attendance::remove(state.store.lock()?.conn(), attendance_id)?)
}

/// For one forum (`forum_id`) or every forum from `from` to `to` (dd-mm-yyyy).
pub fn attendees_by_neighbourhood(
    state: &AppState,
    forum_id: Option<Uuid>,
    from: String,
    to: String,
) -> CommandResult<Vec<NeighbourhoodAttendees>> {
    let (from, to) = match forum_id {
        Some(_) => (super::today(), super::today()),
        None => {
            (parse_date(&from, "from").map_err(StoreError::from)?, parse_date(&to, "to").map_err(StoreError::from)?)
        }
    };
    Ok(attendance::by_neighbourhood(state.store.lock()?.conn(), forum_id, from, to)?)
}
