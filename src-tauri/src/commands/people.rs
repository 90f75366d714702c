use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::{ConsentDraft, Person, PersonDraft, PersonFilter, PersonMatch, PersonRow};
use grupo_motor_core::store::people;

/// More than a screenful of matches helps nobody at the desk.
const MAX_MATCHES: usize = 50;
const MAX_PAGE: usize = 500;

pub fn search_people(state: &AppState, query: String, limit: usize) -> CommandResult<Vec<PersonMatch>> {
    Ok(people::search(state.store.lock()?.conn(), &query, limit.min(MAX_MATCHES))?)
}

pub fn list_people(
    state: &AppState,
    filter: PersonFilter,
    limit: usize,
    offset: usize,
) -> CommandResult<Vec<PersonRow>> {
    Ok(people::list(state.store.lock()?.conn(), &filter, limit.min(MAX_PAGE), offset)?)
}

pub fn get_person(state: &AppState, id: Uuid) -> CommandResult<Person> {
    Ok(people::get(state.store.lock()?.conn(), id)?)
}

pub fn update_person(state: &AppState, id: Uuid, draft: PersonDraft) -> CommandResult<Person> {
    Ok(state.store.lock()?.write(|tx| people::update(tx, id, &draft))?)
}

pub fn set_driving_group(state: &AppState, id: Uuid, member: bool) -> CommandResult<Person> {
    Ok(people::set_driving_group(state.store.lock()?.conn(), id, member)?)
}

pub fn record_consent(state: &AppState, id: Uuid, draft: ConsentDraft) -> CommandResult<Person> {
    Ok(people::record_consent(state.store.lock()?.conn(), id, &draft)?)
}

pub fn withdraw_consent(state: &AppState, id: Uuid) -> CommandResult<Person> {
    Ok(people::withdraw_consent(state.store.lock()?.conn(), id)?)
}

pub fn merge_people(state: &AppState, survivor: Uuid, duplicate: Uuid) -> CommandResult<Person> {
    Ok(state.store.lock()?.write(|tx| people::merge(tx, survivor, duplicate))?)
}
