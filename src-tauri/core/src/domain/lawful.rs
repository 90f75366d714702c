//! The one rule of what may be kept about a person under Ley 21.719, which
//! every path that stores a person calls (the desk, the People forms, the
//! CSV import, the sync import, a merge):
//! - a child under 14 (`AgeBand::Child`) is kept by name only with a
//!   guardian's consent (Art. 16 quáter); without it only an anonymous
//!   participant is recorded (age band and barrio);
//! - gender identity is sensitive (Art. 2 g) and kept only with express
//!   consent (Art. 16): a guardian's under 16. The age bands put 14 and 15
//!   with 16 and 17, so for every minor the guardian's consent is required.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::kinds::{AgeBand, ConsentGiver, ConsentMethod, Gender};
use super::text::{required_line, LINE_MAX, NAME_MAX};
use super::{dates, Invalid};

/// What the guardian-consent form sends: raw text, checked here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuardianConsentDraft {
    pub guardian_name: String,
    /// Mother, father, grandmother, legal guardian…
    pub relationship: String,
    /// `24-11-2026`
    pub given_on: String,
    pub purpose: String,
    pub method: ConsentMethod,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuardianConsent {
    pub guardian_name: String,
    pub relationship: String,
    pub given_on: NaiveDate,
    pub purpose: String,
    pub method: ConsentMethod,
}

/// What the gender-consent form sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GenderConsentDraft {
    /// `24-11-2026`
    pub given_on: String,
    pub given_by: ConsentGiver,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GenderConsent {
    pub given_on: NaiveDate,
    pub given_by: ConsentGiver,
}

/// Why a record recorded before the law is listed for review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewReason {
    /// A child under 14 kept by name with no guardian's consent.
    ChildWithoutGuardian,
    /// A gender recorded with no express consent.
    GenderWithoutConsent,
}

pub fn check_guardian(draft: &GuardianConsentDraft) -> Result<GuardianConsent, Invalid> {
    Ok(GuardianConsent {
        guardian_name: super::text::person_name(&draft.guardian_name)
            .map_err(|e| Invalid { field: "guardian_name", ..e })?,
        relationship: required_line(&draft.relationship, "relationship", NAME_MAX)?,
        given_on: dates::parse_date(&draft.given_on, "guardian_given_on")?,
        purpose: required_line(&draft.purpose, "guardian_purpose", LINE_MAX)?,
        method: draft.method,
    })
}

pub fn check_gender_consent(draft: &GenderConsentDraft) -> Result<GenderConsent, Invalid> {
    Ok(GenderConsent { given_on: dates::parse_date(&draft.given_on, "gender_given_on")?, given_by: draft.given_by })
}

/// Whether a person of this age band may be kept by name only with a
/// guardian's consent.
pub fn needs_guardian(age_band: Option<AgeBand>) -> bool {
    age_band == Some(AgeBand::Child)
}

/// Whether a person of this band can be kept by name with (or without) a
/// guardian's consent.
pub fn may_keep_name(age_band: Option<AgeBand>, has_guardian_consent: bool) -> bool {
    !needs_guardian(age_band) || has_guardian_consent
}

/// Whether a gender consent given by `by` counts for this band: a minor's
/// must be their guardian's.
pub fn gender_consent_fits(age_band: Option<AgeBand>, by: ConsentGiver) -> bool {
    match age_band {
        Some(AgeBand::Child | AgeBand::Adolescent) => by == ConsentGiver::Guardian,
        _ => true,
    }
}

/// The gender that may be kept, with its consent: none without a consent
/// that fits the band.
pub fn lawful_gender(
    age_band: Option<AgeBand>,
    gender: Option<Gender>,
    consent: Option<GenderConsent>,
) -> (Option<Gender>, Option<GenderConsent>) {
    match (gender, consent) {
        (Some(gender), Some(consent)) if gender_consent_fits(age_band, consent.given_by) => {
            (Some(gender), Some(consent))
        }
        _ => (None, None),
    }
}

/// A form's gender with its consent (a new one typed, or the one on
/// record): refused, not silently dropped, when the consent is missing or
/// does not fit the band, so the person at the keyboard knows why.
pub fn form_gender(
    age_band: Option<AgeBand>,
    gender: Option<Gender>,
    consent: Option<GenderConsent>,
) -> Result<(Option<Gender>, Option<GenderConsent>), Invalid> {
    let Some(gender) = gender else {
        return Ok((None, None));
    };
    let consent = consent.ok_or(Invalid::new("gender", "error-gender-needs-consent"))?;
    if !gender_consent_fits(age_band, consent.given_by) {
        return Err(Invalid::new("gender", "error-gender-needs-guardian"));
    }
    Ok((Some(gender), Some(consent)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consent(by: ConsentGiver) -> Option<GenderConsent> {
        Some(GenderConsent { given_on: NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"), given_by: by })
    }

    #[test]
    fn only_children_need_a_guardian_to_be_kept_by_name() {
        assert!(!may_keep_name(Some(AgeBand::Child), false));
        assert!(may_keep_name(Some(AgeBand::Child), true));
        for band in [None, Some(AgeBand::Adolescent), Some(AgeBand::Adult), Some(AgeBand::Senior)] {
            assert!(may_keep_name(band, false), "{band:?}");
        }
    }

    #[test]
    fn gender_needs_a_consent_that_fits_the_band() {
        let female = Some(Gender::Female);
        assert_eq!(lawful_gender(Some(AgeBand::Adult), female, None), (None, None));
        assert_eq!(lawful_gender(Some(AgeBand::Adult), female, consent(ConsentGiver::Person)).0, female);
        assert_eq!(lawful_gender(Some(AgeBand::Adolescent), female, consent(ConsentGiver::Person)), (None, None));
        assert_eq!(lawful_gender(Some(AgeBand::Child), female, consent(ConsentGiver::Guardian)).0, female);
        assert_eq!(lawful_gender(None, None, consent(ConsentGiver::Person)), (None, None), "no consent kept alone");
    }

    #[test]
    fn a_form_is_told_why_gender_was_refused() {
        let draft = GenderConsentDraft { given_on: "02-12-2026".into(), given_by: ConsentGiver::Person };
        let given = Some(check_gender_consent(&draft).expect("consent"));
        let refused = form_gender(Some(AgeBand::Adult), Some(Gender::Male), None).unwrap_err();
        assert_eq!(refused.message_key, "error-gender-needs-consent");
        let minor = form_gender(Some(AgeBand::Adolescent), Some(Gender::Male), given).unwrap_err();
        assert_eq!(minor.message_key, "error-gender-needs-guardian");
        assert!(form_gender(Some(AgeBand::Adult), Some(Gender::Male), given).is_ok());
    }

    #[test]
    fn a_guardians_consent_needs_every_field() {
        let good = GuardianConsentDraft {
            guardian_name: "Marta Quillay".into(),
            relationship: "Madre".into(),
            given_on: "02-12-2026".into(),
            purpose: "Mesa infantil".into(),
            method: ConsentMethod::SignedPaper,
        };
        assert_eq!(check_guardian(&good).expect("good").guardian_name, "Marta Quillay");
        let no_name = GuardianConsentDraft { guardian_name: " ".into(), ..good.clone() };
        assert_eq!(check_guardian(&no_name).unwrap_err().field, "guardian_name");
        let bad_day = GuardianConsentDraft { given_on: "31-02-2026".into(), ..good };
        assert_eq!(check_guardian(&bad_day).unwrap_err().field, "guardian_given_on");
    }
}
