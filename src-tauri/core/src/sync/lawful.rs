//! Ley 21.719 on the way in and out of a sync file: a blocked person (and
//! what names them) stays on this laptop; a person row that arrives is held
//! to the same rule as every other path (`domain::lawful`).

use rusqlite::types::Value;

use super::merge::IncomingRow;
use crate::domain::kinds::{AgeBand, ConsentGiver, Gender};
use crate::domain::lawful::{self, GenderConsent};

/// Who stays on this laptop: a blocked person, and a child recorded before
/// Ley 21.719 without a guardian's consent (under review here: their name
/// is not copied onto more laptops until the review gives them a consent or
/// an anonymous participant's shape).
pub const STAYS_HERE: &str = "blocked_on IS NOT NULL
     OR (needs_review = 1 AND age_band = 'child' AND guardian_consent_on IS NULL)";

/// What a table's export leaves out: the people who stay here, and the rows
/// that name them or hang on those rows.
pub fn held_back(table: &str) -> String {
    match table {
        "person" => format!(
            "AND NOT ({STAYS_HERE})
             AND (merged_into IS NULL OR merged_into NOT IN (SELECT id FROM person WHERE {STAYS_HERE}))"
        ),
        "attendance" | "forum_facilitator" | "feedback" => {
            format!("AND (person_id IS NULL OR person_id NOT IN (SELECT id FROM person WHERE {STAYS_HERE}))")
        }
        "feedback_event" => format!(
            "AND feedback_id NOT IN (SELECT id FROM feedback WHERE person_id IN
                 (SELECT id FROM person WHERE {STAYS_HERE}))"
        ),
        _ => String::new(),
    }
}

/// An incoming row that names a person blocked here (a colleague's sign-in
/// of them, say): the block freezes what is recorded about them, so it is
/// not applied. The SQL takes the row's `person_id`, or its `feedback_id`.
pub fn names_a_blocked_person(table: &str) -> Option<&'static str> {
    match table {
        "attendance" | "forum_facilitator" | "feedback" => {
            Some("SELECT 1 FROM person WHERE id = ?1 AND blocked_on IS NOT NULL")
        }
        "feedback_event" => Some(
            "SELECT 1 FROM feedback f JOIN person p ON p.id = f.person_id
             WHERE f.id = ?1 AND p.blocked_on IS NOT NULL",
        ),
        _ => None,
    }
}

/// A column as the file carries it: a gender only with its consent.
pub fn exported(table: &str, column: &str) -> String {
    match (table, column) {
        ("person", "gender") => "CASE WHEN gender_consent_on IS NOT NULL THEN gender END".to_string(),
        _ => format!("\"{column}\""),
    }
}

fn text<'r>(row: &'r IncomingRow, column: &str) -> Option<&'r str> {
    row.values.iter().find(|(name, _)| name == column).and_then(|(_, value)| match value {
        Value::Text(text) => Some(text.as_str()),
        _ => None,
    })
}

fn set(row: &mut IncomingRow, column: &str, value: Value) {
    match row.values.iter_mut().find(|(name, _)| name == column) {
        Some((_, slot)) => *slot = value,
        None => row.values.push((column.to_string(), value)),
    }
}

/// Holds an incoming person row to the rule. A row from an app that knew
/// the rule (it has `needs_review`) and is not under review: a child
/// without a guardian's consent becomes an anonymous participant, a gender
/// without a fitting consent is dropped. A row from an older app is marked
/// for review, as this laptop's migration marked its own records.
pub fn hold_to_the_rule(row: &mut IncomingRow) {
    if row.table.name != "person" || text(row, "deleted_at").is_some() {
        return;
    }
    let age_band = text(row, "age_band").and_then(AgeBand::parse);
    let has_guardian = text(row, "guardian_consent_on").is_some() && text(row, "guardian_method").is_some();
    let gender = text(row, "gender").and_then(Gender::parse);
    let consent = match (text(row, "gender_consent_on"), text(row, "gender_consent_by").and_then(ConsentGiver::parse)) {
        (Some(on), Some(given_by)) => {
            chrono::NaiveDate::parse_from_str(on, "%Y-%m-%d").ok().map(|given_on| GenderConsent { given_on, given_by })
        }
        _ => None,
    };
    let unlawful_name = !lawful::may_keep_name(age_band, has_guardian);
    let (lawful_gender, _) = lawful::lawful_gender(age_band, gender, consent);
    let unlawful_gender = gender.is_some() && lawful_gender.is_none();
    let review = row.values.iter().find(|(name, _)| name == "needs_review").map(|(_, v)| v.clone());
    match review {
        Some(Value::Integer(1)) => {}
        None if unlawful_name || unlawful_gender => set(row, "needs_review", Value::Integer(1)),
        None => {}
        Some(_) => {
            if unlawful_name {
                anonymise(row);
            } else if unlawful_gender {
                for column in ["gender", "gender_consent_on", "gender_consent_by"] {
                    set(row, column, Value::Null);
                }
            }
        }
    }
}

/// The row as an anonymous participant: an erased person's shape.
fn anonymise(row: &mut IncomingRow) {
    set(row, "full_name", Value::Text(String::new()));
    for column in [
        "rut",
        "organization_id",
        "gender",
        "phone",
        "email",
        "consent_at",
        "consent_purpose",
        "guardian_name",
        "guardian_relationship",
        "guardian_consent_on",
        "guardian_purpose",
        "guardian_method",
        "gender_consent_on",
        "gender_consent_by",
        "merged_into",
    ] {
        set(row, column, Value::Null);
    }
    set(row, "is_driving_group", Value::Integer(0));
    let stamp = row.updated_at.clone();
    set(row, "deleted_at", Value::Text(stamp));
}
