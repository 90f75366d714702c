//! Consents under Ley 21.719 recorded on a person's record, and the review
//! of records kept from before the law: a guardian's consent for a child
//! (withdrawn: the child is anonymised), an express consent for gender
//! (withdrawn: the gender goes). The rule itself is `domain::lawful`.

use rusqlite::{params, Connection, Transaction};
use uuid::Uuid;

use super::sql::day;
use super::{now, people, rights, Result};
use crate::domain::kinds::Gender;
use crate::domain::lawful::{self, GenderConsentDraft, GuardianConsentDraft};
use crate::domain::records::Person;
use crate::domain::Invalid;

/// The people an output may name (the person table as `p`): not erased or
/// anonymous, not blocked, and no child kept from before the law without a
/// guardian's consent (listed for review, never printed or exported).
pub const SHOWN_BY_NAME: &str = "(p.deleted_at IS NULL AND p.blocked_on IS NULL
     AND NOT (coalesce(p.age_band, '') = 'child' AND p.guardian_consent_on IS NULL))";

/// A person's gender as outputs may show it (`p`): only with a consent that
/// fits their band, as `domain::lawful::lawful_gender` decides.
pub const GENDER_SHOWN: &str = "(CASE WHEN p.gender_consent_on IS NOT NULL
          AND (p.gender_consent_by = 'guardian' OR coalesce(p.age_band, '') NOT IN ('child', 'adolescent'))
     THEN p.gender END)";

/// Records a guardian's consent; a child listed for review for want of it
/// is settled.
pub fn record_guardian_consent(conn: &Connection, id: Uuid, draft: &GuardianConsentDraft) -> Result<Person> {
    people::refuse_if_blocked(conn, id)?;
    let consent = lawful::check_guardian(draft)?;
    conn.execute(
        "UPDATE person SET guardian_name = ?2, guardian_relationship = ?3, guardian_consent_on = ?4,
                           guardian_purpose = ?5, guardian_method = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            id.to_string(),
            consent.guardian_name,
            consent.relationship,
            day(consent.given_on),
            consent.purpose,
            consent.method,
            now()
        ],
    )?;
    settle_review(conn, id)
}

/// Withdraws a guardian's consent. A child is then anonymised (name, RUT,
/// contacts and guardian gone; their sign-ins stay as anonymous counts) and
/// `None` is returned; anyone else keeps their record without it (and
/// without a gender only their guardian had consented to).
pub fn withdraw_guardian_consent(tx: &Transaction<'_>, id: Uuid) -> Result<Option<Person>> {
    people::refuse_if_blocked(tx, id)?;
    let person = people::get(tx, id)?;
    if lawful::needs_guardian(person.age_band) {
        anonymise(tx, id)?;
        return Ok(None);
    }
    tx.execute(
        "UPDATE person SET guardian_name = NULL, guardian_relationship = NULL, guardian_consent_on = NULL,
                           guardian_purpose = NULL, guardian_method = NULL, updated_at = ?2
         WHERE id = ?1",
        params![id.to_string(), now()],
    )?;
    if person.gender_consent.is_some_and(|c| c.given_by == crate::domain::kinds::ConsentGiver::Guardian) {
        return withdraw_gender_consent(tx, id).map(Some);
    }
    people::get(tx, id).map(Some)
}

/// Records a gender with the express consent that allows keeping it.
pub fn record_gender(conn: &Connection, id: Uuid, gender: Gender, draft: &GenderConsentDraft) -> Result<Person> {
    people::refuse_if_blocked(conn, id)?;
    let person = people::get(conn, id)?;
    let consent = lawful::check_gender_consent(draft)?;
    let (gender, consent) = lawful::form_gender(person.age_band, Some(gender), Some(consent))?;
    let consent = consent.ok_or(Invalid::new("gender", "error-gender-needs-consent"))?;
    conn.execute(
        "UPDATE person SET gender = ?2, gender_consent_on = ?3, gender_consent_by = ?4, updated_at = ?5 WHERE id = ?1",
        params![id.to_string(), gender, day(consent.given_on), consent.given_by, now()],
    )?;
    settle_review(conn, id)
}

/// Withdrawing the consent removes the gender with it.
pub fn withdraw_gender_consent(conn: &Connection, id: Uuid) -> Result<Person> {
    people::refuse_if_blocked(conn, id)?;
    conn.execute(
        "UPDATE person SET gender = NULL, gender_consent_on = NULL, gender_consent_by = NULL, updated_at = ?2
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), now()],
    )?;
    settle_review(conn, id)
}

/// Makes a person an anonymous participant: erased (see `rights::erase`),
/// with no guardian and no gender left. Their sign-ins stay as counts.
pub fn anonymise(tx: &Transaction<'_>, id: Uuid) -> Result<()> {
    rights::erase(tx, id)?;
    tx.execute(
        "UPDATE person SET guardian_name = NULL, guardian_relationship = NULL, guardian_consent_on = NULL,
                           guardian_purpose = NULL, guardian_method = NULL, gender = NULL,
                           gender_consent_on = NULL, gender_consent_by = NULL, needs_review = 0
         WHERE id = ?1",
        [id.to_string()],
    )?;
    Ok(())
}

/// Takes a record off the review list once nothing in it breaks the rule.
fn settle_review(conn: &Connection, id: Uuid) -> Result<Person> {
    let person = people::get(conn, id)?;
    if person.review.is_empty() {
        conn.execute("UPDATE person SET needs_review = 0 WHERE id = ?1", [id.to_string()])?;
    }
    people::get(conn, id)
}

#[cfg(test)]
mod tests;
