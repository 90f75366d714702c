//! Cell values as people type them in a spreadsheet: "niña", "Adulto
//! mayor", "34", "F", "Sí"… and the labels our own exports write, so that
//! an exported list imports back.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::domain::dates::parse_date;
use crate::domain::kinds::{AgeBand, AttendanceRole, Gender};
use crate::domain::text::fold;
use crate::domain::Invalid;
use crate::i18n::{Catalogue, Language};

const AGE_BANDS: &[(AgeBand, &[&str])] = &[
    (AgeBand::Child, &["nino", "nina", "nino/a", "nina/o", "ninos", "ninas", "nna", "child", "children", "kid"]),
    (AgeBand::Adolescent, &["adolescente", "adolescentes", "adolescent", "teen", "teenager"]),
    (AgeBand::Adult, &["adulto", "adulta", "adulto/a", "adultos", "adult", "adults"]),
    (
        AgeBand::Senior,
        &["adulto mayor", "adulta mayor", "adulto/a mayor", "persona mayor", "mayor", "senior", "older adult", "elder"],
    ),
];

const GENDERS: &[(Gender, &[&str])] = &[
    (Gender::Female, &["f", "femenino", "mujer", "female", "woman", "w"]),
    (Gender::Male, &["m", "masculino", "hombre", "varon", "male", "man"]),
    (Gender::Other, &["otro", "otra", "no binario", "no binarie", "x", "other", "non-binary", "nonbinary"]),
];

/// Answers that mean "not recorded".
const NO_GENDER: &[&str] = &["", "-", "prefiero no decir", "no informa", "sin informacion", "n/a", "prefer not to say"];

const ROLES: &[(AttendanceRole, &[&str])] = &[
    (AttendanceRole::Neighbour, &["vecino", "vecina", "vecino/a", "neighbour", "neighbor", "resident"]),
    (AttendanceRole::Leader, &["dirigente", "dirigenta", "lider", "lideresa", "leader"]),
    (AttendanceRole::Official, &["funcionario", "funcionaria", "funcionario/a", "municipal", "official"]),
    (AttendanceRole::Monitor, &["monitor", "monitora", "monitor/a"]),
    (AttendanceRole::Observer, &["observador", "observadora", "observador/a", "observer"]),
];

const YES: &[&str] = &["si", "s", "yes", "y", "x", "1", "true", "verdadero", "acepta", "autoriza", "ok"];

/// Catalogue labels in both languages, notes in brackets dropped:
/// "Niña o niño (menor de 14)" → "nina o nino".
fn labels<T: Copy>(prefix: &str, values: &[(T, &str)]) -> HashMap<String, T> {
    let mut map = HashMap::new();
    for language in [Language::EsCl, Language::En] {
        let catalogue = Catalogue::new(language);
        for (value, suffix) in values {
            let label = catalogue.text(&format!("{prefix}-{suffix}"), &[]);
            map.insert(fold(label.split('(').next().unwrap_or_default()), *value);
        }
    }
    map
}

static AGE_LABELS: LazyLock<HashMap<String, AgeBand>> =
    LazyLock::new(|| labels("age-band", &AgeBand::ALL.iter().map(|a| (*a, a.as_str())).collect::<Vec<_>>()));
static GENDER_LABELS: LazyLock<HashMap<String, Gender>> =
    LazyLock::new(|| labels("gender", &Gender::ALL.iter().map(|g| (*g, g.as_str())).collect::<Vec<_>>()));
static ROLE_LABELS: LazyLock<HashMap<String, AttendanceRole>> =
    LazyLock::new(|| labels("role", &AttendanceRole::ALL.iter().map(|r| (*r, r.as_str())).collect::<Vec<_>>()));

fn lookup<T: Copy>(key: &str, aliases: &[(T, &[&str])], labels: &HashMap<String, T>) -> Option<T> {
    aliases.iter().find(|(_, names)| names.contains(&key)).map(|(value, _)| *value).or_else(|| labels.get(key).copied())
}

fn key(cell: &str) -> String {
    fold(cell.split('(').next().unwrap_or_default())
}

/// An age band by name, or an age in years (under 14 a child, 14–17 an
/// adolescent, 60 or over a senior). Empty is "not recorded".
pub fn age_band(cell: &str) -> Result<Option<AgeBand>, Invalid> {
    let key = key(cell);
    if key.is_empty() {
        return Ok(None);
    }
    if let Ok(years) = key.trim_end_matches(" anos").trim_end_matches(" years").parse::<u32>() {
        return match years {
            0..=13 => Ok(Some(AgeBand::Child)),
            14..=17 => Ok(Some(AgeBand::Adolescent)),
            18..=59 => Ok(Some(AgeBand::Adult)),
            60..=120 => Ok(Some(AgeBand::Senior)),
            _ => Err(Invalid::new("age_band", "error-csv-age-band")),
        };
    }
    lookup(&key, AGE_BANDS, &AGE_LABELS).map(Some).ok_or(Invalid::new("age_band", "error-csv-age-band"))
}

pub fn gender(cell: &str) -> Result<Option<Gender>, Invalid> {
    let key = key(cell);
    if let Some(gender) = lookup(&key, GENDERS, &GENDER_LABELS) {
        return Ok(Some(gender));
    }
    let not_recorded =
        NO_GENDER.contains(&key.as_str()) || [fold("Sin registrar"), fold("Not recorded")].contains(&key);
    if not_recorded {
        Ok(None)
    } else {
        Err(Invalid::new("gender", "error-csv-gender"))
    }
}

/// The role at a forum; a neighbour when the cell is empty.
pub fn role(cell: &str) -> Result<AttendanceRole, Invalid> {
    let key = key(cell);
    if key.is_empty() {
        return Ok(AttendanceRole::Neighbour);
    }
    lookup(&key, ROLES, &ROLE_LABELS).ok_or(Invalid::new("role", "error-csv-role"))
}

/// What a consent cell says: only an explicit yes, or the date consent was
/// given, allows keeping contact details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    Given(Option<NaiveDate>),
    NotGiven,
}

/// A cell written as a date that is not one (`31-02-2026`) is an error on
/// its line, not "no consent": the phone and e-mail would be dropped
/// without a word.
pub fn consent(cell: &str) -> Result<Consent, Invalid> {
    let key = fold(cell);
    if YES.contains(&key.as_str()) {
        return Ok(Consent::Given(None));
    }
    match parse_date(cell, "consent") {
        Ok(day) => Ok(Consent::Given(Some(day))),
        Err(invalid) if invalid.message_key == "error-date-out-of-range" => Err(invalid),
        Err(_) if looks_like_a_date(cell) => Err(Invalid::new("consent", "error-date-impossible")),
        Err(_) => Ok(Consent::NotGiven),
    }
}

/// Three groups of digits joined by `-`, `/` or `.`: `31-02-2026`.
fn looks_like_a_date(cell: &str) -> bool {
    let parts: Vec<&str> = cell.trim().split(['-', '/', '.']).collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bands_by_word_label_or_years() {
        for (cell, band) in [
            ("Niña", AgeBand::Child),
            ("NIÑO", AgeBand::Child),
            ("child", AgeBand::Child),
            ("Adolescente", AgeBand::Adolescent),
            ("adulto", AgeBand::Adult),
            ("Adulto Mayor", AgeBand::Senior),
            ("Persona mayor (60 o más)", AgeBand::Senior),
            ("Niña o niño (menor de 14)", AgeBand::Child),
            ("Older person (60 or over)", AgeBand::Senior),
            ("9", AgeBand::Child),
            ("15 años", AgeBand::Adolescent),
            ("34", AgeBand::Adult),
            ("72", AgeBand::Senior),
        ] {
            assert_eq!(age_band(cell), Ok(Some(band)), "{cell}");
        }
        assert_eq!(age_band(" "), Ok(None));
        for bad in ["bebé", "-3", "200", "treinta"] {
            assert_eq!(age_band(bad).unwrap_err().message_key, "error-csv-age-band", "{bad}");
        }
    }

    #[test]
    fn genders_roles_and_consent() {
        assert_eq!(gender("Mujer"), Ok(Some(Gender::Female)));
        assert_eq!(gender("M"), Ok(Some(Gender::Male)));
        assert_eq!(gender("Sin registrar"), Ok(None));
        assert_eq!(gender(""), Ok(None));
        assert!(gender("helicóptero").is_err());
        assert_eq!(role(""), Ok(AttendanceRole::Neighbour));
        assert_eq!(role("Dirigenta"), Ok(AttendanceRole::Leader));
        assert_eq!(role("Funcionario municipal"), Ok(AttendanceRole::Official));
        assert!(role("alcalde").is_err());
        assert_eq!(consent("Sí"), Ok(Consent::Given(None)));
        assert_eq!(consent("x"), Ok(Consent::Given(None)));
        assert_eq!(consent("24-11-2026"), Ok(Consent::Given(NaiveDate::from_ymd_opt(2026, 11, 24))));
        for no in ["", "No", "no sé"] {
            assert_eq!(consent(no), Ok(Consent::NotGiven), "{no}");
        }
        for impossible in ["31-02-2026", "29/02/2026", "2026-13-01"] {
            assert_eq!(consent(impossible).map_err(|e| e.message_key), Err("error-date-impossible"), "{impossible}");
        }
        assert_eq!(consent("24-11-1850").map_err(|e| e.message_key), Err("error-date-out-of-range"));
    }
}
