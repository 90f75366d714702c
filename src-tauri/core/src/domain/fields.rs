//! The rule of every free-text column, by table and column: the same
//! functions the forms and the CSV importer call (`text`, `contact`), so a
//! value another laptop sends passes exactly the checks a value typed here
//! passes. Stored text is already clean, so a value arriving as stored must
//! come out of its rule unchanged.

use super::text::{long_text, optional_line, person_name, required_line, LINE_MAX, NAME_MAX};
use super::{contact, Invalid};

/// The column's field name as the person reads it (`csv-field-…`,
/// `field-…` keys): never the raw column name.
pub type Field = &'static str;

/// Checks `text` for `table.column` as the forms would, giving back the
/// cleaned value; `None` when the column holds no free text (ids, dates and
/// vocabularies are checked by the sync's own column rules).
pub fn clean(table: &str, column: &str, text: &str) -> Option<Result<String, Invalid>> {
    let line = |field: Field, max| Some(required_line(text, field, max));
    let optional = |field: Field, max| Some(optional_line(text, field, max));
    let long = |field: Field| Some(long_text(text, field));
    match (table, column) {
        // An erased person keeps no name: the tombstone's empty name is
        // checked with the row (`person_row_is_valid`).
        ("person", "full_name") if text.is_empty() => Some(Ok(String::new())),
        ("person", "full_name") => Some(person_name(text)),
        ("person", "phone") => Some(contact::phone(text).map(Option::unwrap_or_default)),
        ("person", "email") => Some(contact::email(text).map(Option::unwrap_or_default)),
        ("person", "consent_purpose") => Some(contact::purpose(text)),
        ("neighbourhood", "name") | ("organization", "name") => line("organization_name", NAME_MAX),
        ("neighbourhood", "sector_code") => optional("sector_code", LINE_MAX),
        ("commitment", "title") | ("milestone", "title") | ("forum", "title") => line("title", LINE_MAX),
        ("commitment", "lead_directorate") => line("lead_directorate", LINE_MAX),
        ("commitment", "description") => long("description"),
        ("milestone_note", "author") => line("author", NAME_MAX),
        ("milestone_note", "text") | ("feedback", "text") => long("text"),
        ("evidence", "original_name") => line("file", LINE_MAX),
        ("evidence", "sha256") => Some(sha256(text)),
        ("forum", "place") | ("meeting_pack", "place") => optional("place", LINE_MAX),
        ("forum", "agenda") | ("meeting_pack", "agenda") => long("agenda"),
        ("forum", "minutes") => long("minutes"),
        ("feedback", "forwarded_to") | ("feedback", "answer") | ("feedback_event", "note") => long("detail"),
        _ => None,
    }
}

/// Whether a stored value is one the forms could have stored: its rule
/// gives it back unchanged (a value with a control character, a
/// right-to-left override or 10,000 characters is not).
pub fn is_clean(table: &str, column: &str, text: &str) -> bool {
    match clean(table, column, text) {
        Some(Ok(cleaned)) => cleaned == text,
        Some(Err(_)) => false,
        None => true,
    }
}

/// The rule a stored value breaks, for the report; `None` when clean.
pub fn broken_rule(table: &str, column: &str, text: &str) -> Option<Invalid> {
    match clean(table, column, text) {
        Some(Ok(cleaned)) if cleaned == text => None,
        // Clean in substance but not as the app stores it (spaces).
        Some(Ok(_)) => Some(Invalid::new("text", "error-control-characters")),
        Some(Err(invalid)) => Some(invalid),
        None => None,
    }
}

/// An empty name is an erased person's only: a live person needs one.
pub fn person_row_is_valid(full_name: Option<&str>, deleted: bool) -> bool {
    deleted || full_name.is_none_or(|name| !name.is_empty())
}

fn sha256(text: &str) -> Result<String, Invalid> {
    if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
        Ok(text.to_string())
    } else {
        Err(Invalid::new("file", "error-evidence-file"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_form_refuses_is_not_clean_when_stored() {
        let long_name = "a".repeat(10_000);
        for bad in [long_name.as_str(), "Ana \u{202E}odloB", "Ana\u{7}", "  Ana  ", "12345"] {
            assert!(!is_clean("person", "full_name", bad), "{bad:?}");
            assert!(person_name(bad).map_or(true, |n| n != bad), "the form refuses or changes {bad:?} too");
        }
        assert!(is_clean("person", "full_name", "María José Ñuñez"));
        assert!(is_clean("person", "full_name", ""), "an erased person's tombstone");
        assert!(!is_clean("forum", "title", &"x".repeat(8_000)));
        assert!(is_clean("forum", "title", &"x".repeat(LINE_MAX)));
        assert!(!is_clean("feedback", "text", "hola\u{0}"));
        assert!(is_clean("feedback", "text", "uno\ndos"));
        assert!(!is_clean("person", "email", "no es correo"));
        assert!(is_clean("person", "phone", "+56 9 1234 5678"));
        assert!(is_clean("forum", "kind", "anything: vocabularies are checked elsewhere"));
        assert_eq!(broken_rule("forum", "title", &"x".repeat(201)).map(|i| i.message_key), Some("error-too-long"));
        assert!(!person_row_is_valid(Some(""), false));
        assert!(person_row_is_valid(Some(""), true));
    }
}
