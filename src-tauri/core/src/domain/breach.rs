//! A security incident involving personal data (Ley 21.719, art. 14
//! sexies): what happened, whose data, whether it put people at risk, what
//! was done and who was told. One check for the form and the store.
//!
//! Who must be told: a breach that puts people at risk goes to the Agencia
//! de Protección de Datos Personales; when it also concerns data of
//! children under 14 or sensitive data, each person affected is told too.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::dates::parse_date;
use super::text::{long_text, optional_line, required_line, LINE_MAX};
use super::Invalid;

/// What the breach form sends: raw text, checked by [`BreachDraft::check`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BreachDraft {
    /// The day it was found, `24-11-2026`.
    pub found_on: String,
    pub what_happened: String,
    /// Whose data: "asistentes del foro de Pehuén", say.
    pub whose_data: String,
    /// How many people; empty while nobody knows yet.
    pub people_affected: String,
    /// Which data: names, RUTs, phones…
    pub data_kinds: String,
    /// Data of children under 14 were involved.
    pub children_data: bool,
    /// Sensitive data (gender identity, health…) were involved.
    pub sensitive_data: bool,
    pub put_at_risk: bool,
    pub actions_taken: String,
    /// When the Agencia was told; empty: not yet.
    pub agency_notified_on: String,
    /// When the people affected were told; empty: not yet.
    pub people_notified_on: String,
    /// Who told whom, and how (letter, e-mail, in person).
    pub notified_how: String,
}

/// A recorded breach, with who must be told (derived, never stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Breach {
    pub id: Uuid,
    pub found_on: NaiveDate,
    pub what_happened: String,
    pub whose_data: String,
    pub people_affected: Option<u32>,
    pub data_kinds: String,
    pub children_data: bool,
    pub sensitive_data: bool,
    pub put_at_risk: bool,
    pub actions_taken: String,
    pub agency_notified_on: Option<NaiveDate>,
    pub people_notified_on: Option<NaiveDate>,
    pub notified_how: String,
    pub recorded_at: DateTime<Utc>,
    /// The Agencia must be told (it put people at risk).
    pub agency_notice_required: bool,
    /// Each person affected must be told too.
    pub people_notice_required: bool,
}

/// A draft that passed the check, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedBreach {
    pub found_on: NaiveDate,
    pub what_happened: String,
    pub whose_data: String,
    pub people_affected: Option<u32>,
    pub data_kinds: String,
    pub children_data: bool,
    pub sensitive_data: bool,
    pub put_at_risk: bool,
    pub actions_taken: String,
    pub agency_notified_on: Option<NaiveDate>,
    pub people_notified_on: Option<NaiveDate>,
    pub notified_how: String,
}

/// The Agencia is told of a breach that puts people at risk.
pub fn agency_notice_required(put_at_risk: bool) -> bool {
    put_at_risk
}

/// Each person affected is told too when the breach that put them at risk
/// concerns children under 14 or sensitive data.
pub fn people_notice_required(put_at_risk: bool, children_data: bool, sensitive_data: bool) -> bool {
    put_at_risk && (children_data || sensitive_data)
}

fn required_text(input: &str, field: &'static str) -> Result<String, Invalid> {
    let text = long_text(input, field)?;
    if text.is_empty() {
        return Err(Invalid::new(field, "error-required"));
    }
    Ok(text)
}

/// A notice date: not before the breach was found, not after today.
fn notice_date(
    input: &str,
    field: &'static str,
    found_on: NaiveDate,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, Invalid> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let day = parse_date(input, field)?;
    if day > today {
        return Err(Invalid::new(field, "error-breach-future"));
    }
    if day < found_on {
        return Err(Invalid::new(field, "error-breach-notice-before-found"));
    }
    Ok(Some(day))
}

impl BreachDraft {
    /// Every field checked in form order, so the first fault is the first
    /// field the person sees. `today` bounds the dates.
    pub fn check(&self, today: NaiveDate) -> Result<CheckedBreach, Invalid> {
        let found_on = parse_date(&self.found_on, "foundOn")?;
        if found_on > today {
            return Err(Invalid::new("foundOn", "error-breach-future"));
        }
        let what_happened = required_text(&self.what_happened, "whatHappened")?;
        let whose_data = required_line(&self.whose_data, "whoseData", LINE_MAX)?;
        let people_affected = match self.people_affected.trim() {
            "" => None,
            text => {
                let digits: String = text.chars().filter(|c| !matches!(c, '.' | ' ' | '\u{a0}')).collect();
                match digits.parse::<u32>() {
                    Ok(n) if n > 0 => Some(n),
                    _ => return Err(Invalid::new("peopleAffected", "error-breach-count")),
                }
            }
        };
        let data_kinds = required_line(&self.data_kinds, "dataKinds", LINE_MAX)?;
        let actions_taken = required_text(&self.actions_taken, "actionsTaken")?;
        let agency_notified_on = notice_date(&self.agency_notified_on, "agencyNotifiedOn", found_on, today)?;
        let people_notified_on = notice_date(&self.people_notified_on, "peopleNotifiedOn", found_on, today)?;
        let notified_how = optional_line(&self.notified_how, "notifiedHow", LINE_MAX * 2)?;
        if (agency_notified_on.is_some() || people_notified_on.is_some()) && notified_how.is_empty() {
            return Err(Invalid::new("notifiedHow", "error-breach-notified-how"));
        }
        Ok(CheckedBreach {
            found_on,
            what_happened,
            whose_data,
            people_affected,
            data_kinds,
            children_data: self.children_data,
            sensitive_data: self.sensitive_data,
            put_at_risk: self.put_at_risk,
            actions_taken,
            agency_notified_on,
            people_notified_on,
            notified_how,
        })
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).expect("day")
    }

    pub fn lost_sheet() -> BreachDraft {
        BreachDraft {
            found_on: "02-12-2026".into(),
            what_happened: "Se perdió la hoja de firmas de la mesa de niñas, niños y adolescentes en la plaza.".into(),
            whose_data: "Participantes de la mesa del 28-11-2026".into(),
            people_affected: "14".into(),
            data_kinds: "Nombres, edades y barrio".into(),
            children_data: true,
            sensitive_data: false,
            put_at_risk: true,
            actions_taken: "Se buscó en la plaza y en la sede; se avisó a la DIDECO.".into(),
            agency_notified_on: String::new(),
            people_notified_on: String::new(),
            notified_how: String::new(),
        }
    }

    fn refused(draft: BreachDraft) -> (&'static str, &'static str) {
        let invalid = draft.check(today()).expect_err("refused");
        (invalid.field, invalid.message_key)
    }

    #[test]
    fn a_complete_breach_passes_and_counts_are_read_as_people_write_them() {
        let checked = lost_sheet().check(today()).expect("valid");
        assert_eq!(checked.found_on, NaiveDate::from_ymd_opt(2026, 12, 2).expect("day"));
        assert_eq!(checked.people_affected, Some(14));
        let thousands = BreachDraft { people_affected: "1.250".into(), ..lost_sheet() }.check(today()).expect("valid");
        assert_eq!(thousands.people_affected, Some(1250));
        let unknown = BreachDraft { people_affected: "  ".into(), ..lost_sheet() }.check(today()).expect("valid");
        assert_eq!(unknown.people_affected, None, "not known yet");
    }

    #[test]
    fn required_fields_and_impossible_dates_are_refused_by_field() {
        assert_eq!(refused(BreachDraft { found_on: String::new(), ..lost_sheet() }), ("foundOn", "error-date-format"));
        assert_eq!(
            refused(BreachDraft { found_on: "04-12-2026".into(), ..lost_sheet() }),
            ("foundOn", "error-breach-future")
        );
        assert_eq!(
            refused(BreachDraft { what_happened: " \n ".into(), ..lost_sheet() }),
            ("whatHappened", "error-required")
        );
        assert_eq!(refused(BreachDraft { whose_data: String::new(), ..lost_sheet() }), ("whoseData", "error-required"));
        for bad in ["0", "-3", "muchos", "1,5"] {
            assert_eq!(
                refused(BreachDraft { people_affected: bad.into(), ..lost_sheet() }),
                ("peopleAffected", "error-breach-count"),
                "{bad}"
            );
        }
        assert_eq!(refused(BreachDraft { data_kinds: String::new(), ..lost_sheet() }), ("dataKinds", "error-required"));
        assert_eq!(
            refused(BreachDraft { actions_taken: String::new(), ..lost_sheet() }),
            ("actionsTaken", "error-required")
        );
        let told =
            |on: &str| BreachDraft { agency_notified_on: on.into(), notified_how: "Por correo".into(), ..lost_sheet() };
        assert_eq!(refused(told("01-12-2026")), ("agencyNotifiedOn", "error-breach-notice-before-found"));
        assert_eq!(refused(told("05-12-2026")), ("agencyNotifiedOn", "error-breach-future"));
        assert!(told("03-12-2026").check(today()).is_ok());
        let people = BreachDraft { people_notified_on: "31-02-2026".into(), ..told("03-12-2026") };
        assert_eq!(refused(people), ("peopleNotifiedOn", "error-date-format"));
        let silent = BreachDraft { agency_notified_on: "03-12-2026".into(), ..lost_sheet() };
        assert_eq!(refused(silent), ("notifiedHow", "error-breach-notified-how"));
    }

    #[test]
    fn who_must_be_told_follows_art_14_sexies() {
        assert!(!agency_notice_required(false) && agency_notice_required(true));
        assert!(people_notice_required(true, true, false), "children under 14");
        assert!(people_notice_required(true, false, true), "sensitive data");
        assert!(!people_notice_required(true, false, false), "the Agencia only");
        assert!(!people_notice_required(false, true, true), "no risk: no duty to tell");
    }
}
