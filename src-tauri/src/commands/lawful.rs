//! Ley 21.719 on a person's record: a guardian's consent, a consented
//! gender, anonymising, blocking.

use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::kinds::Gender;
use grupo_motor_core::domain::lawful::{GenderConsentDraft, GuardianConsentDraft};
use grupo_motor_core::domain::records::Person;
use grupo_motor_core::store::{blocking, lawful, people};

pub fn record_guardian_consent(state: &AppState, id: Uuid, draft: GuardianConsentDraft) -> CommandResult<Person> {
    Ok(lawful::record_guardian_consent(state.store.lock()?.conn(), id, &draft)?)
}

/// `None` when the person was a child, and is now anonymous.
pub fn withdraw_guardian_consent(state: &AppState, id: Uuid) -> CommandResult<Option<Person>> {
    Ok(state.store.lock()?.write(|tx| lawful::withdraw_guardian_consent(tx, id))?)
}

pub fn record_gender(state: &AppState, id: Uuid, gender: Gender, draft: GenderConsentDraft) -> CommandResult<Person> {
    Ok(lawful::record_gender(state.store.lock()?.conn(), id, gender, &draft)?)
}

pub fn withdraw_gender_consent(state: &AppState, id: Uuid) -> CommandResult<Person> {
    Ok(lawful::withdraw_gender_consent(state.store.lock()?.conn(), id)?)
}

pub fn anonymise_person(state: &AppState, id: Uuid) -> CommandResult<()> {
    Ok(state.store.lock()?.write(|tx| lawful::anonymise(tx, id))?)
}

/// `on` as typed: `24-11-2026`.
pub fn block_person(state: &AppState, id: Uuid, reason: String, on: String) -> CommandResult<Person> {
    let on = blocking::parse_day(&on, "blocked_on")?;
    Ok(state.store.lock()?.write(|tx| {
        blocking::block(tx, id, &reason, on)?;
        people::get(tx, id)
    })?)
}

pub fn unblock_person(state: &AppState, id: Uuid, on: String) -> CommandResult<Person> {
    let on = blocking::parse_day(&on, "lifted_on")?;
    Ok(state.store.lock()?.write(|tx| {
        blocking::unblock(tx, id, on)?;
        people::get(tx, id)
    })?)
}
