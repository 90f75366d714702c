//! Free text typed by people: trimmed, inner spaces collapsed, bounded.

use super::Invalid;

/// Longest a person's or organization's name may be, in characters.
pub const NAME_MAX: usize = 120;
/// Longest a title or place may be.
pub const LINE_MAX: usize = 200;
/// Longest minutes, agendas or feedback may be.
pub const LONG_TEXT_MAX: usize = 20_000;

/// A required one-line value: trimmed, runs of white space made one space,
/// no control characters, between 1 and `max` characters.
pub fn required_line(input: &str, field: &'static str, max: usize) -> Result<String, Invalid> {
    let cleaned = optional_line(input, field, max)?;
    if cleaned.is_empty() {
        return Err(Invalid::new(field, "error-required"));
    }
    Ok(cleaned)
}

/// Like [`required_line`] but empty is allowed.
pub fn optional_line(input: &str, field: &'static str, max: usize) -> Result<String, Invalid> {
    if input.chars().any(|c| (c.is_control() && !c.is_whitespace()) || is_bidi_override(c)) {
        return Err(Invalid::new(field, "error-control-characters"));
    }
    let cleaned = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.chars().count() > max {
        return Err(Invalid::too_long(field, max));
    }
    Ok(cleaned)
}

/// Text compared the way people read it: lower-case, accents removed, runs
/// of white space made one space, ends trimmed ("NÚÑEZ  Peumo" and
/// "nunez peumo" are the same name).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(without_accent(c));
        }
    }
    out
}

/// The key that sorts names in Spanish alphabetical order: case and
/// accents ignored, ñ after n.
pub fn alphabetical_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len() + 2);
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'ñ' => key.push_str("n~"),
            other => key.push(without_accent(other)),
        }
    }
    key
}

/// The one accent table: a lower-case Spanish or common Latin letter
/// without its accent.
fn without_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// Marks that reorder text invisibly ("Trojan Source"): a name shown as
/// "Ana Boldo" could then sort, search and print as something else. Arabic
/// or Hebrew names need none of them.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Multi-line text (minutes, feedback): line breaks kept, ends trimmed.
pub fn long_text(input: &str, field: &'static str) -> Result<String, Invalid> {
    if input.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Invalid::new(field, "error-control-characters"));
    }
    let cleaned = input.trim().replace("\r\n", "\n");
    if cleaned.chars().count() > LONG_TEXT_MAX {
        return Err(Invalid::too_long(field, LONG_TEXT_MAX));
    }
    Ok(cleaned)
}

/// A person's name: a required line that holds at least one letter.
pub fn person_name(input: &str) -> Result<String, Invalid> {
    let name = required_line(input, "full_name", NAME_MAX)?;
    if !name.chars().any(char::is_alphabetic) {
        return Err(Invalid::new("full_name", "error-name-letters"));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_spacing_are_ignored() {
        assert_eq!(fold("  NÚÑEZ   Peumo "), "nunez peumo");
        assert_eq!(fold("Pehuén"), fold("PEHUEN"));
        assert_eq!(fold("Organización"), "organizacion");
        assert_eq!(fold("محمد"), "محمد", "other scripts are kept");
    }

    #[test]
    fn names_sort_in_spanish_order() {
        let mut names = vec!["Ñirre", "Nuñez", "Álamos", "Ocampo", "nadia"];
        names.sort_by_cached_key(|n| alphabetical_key(n));
        assert_eq!(names, ["Álamos", "nadia", "Nuñez", "Ñirre", "Ocampo"]);
    }

    #[test]
    fn trims_and_collapses_spaces_keeping_accents() {
        assert_eq!(person_name("  María   José\tÑuñez ").as_deref(), Ok("María José Ñuñez"));
    }

    #[test]
    fn rejects_empty_too_long_and_control_characters() {
        assert_eq!(person_name("   ").unwrap_err().message_key, "error-required");
        let too_long = person_name(&"a".repeat(NAME_MAX + 1)).unwrap_err();
        assert_eq!(
            (too_long.message_key, too_long.max),
            ("error-too-long", Some(NAME_MAX)),
            "the message says the limit"
        );
        assert!(person_name(&"ñ".repeat(NAME_MAX)).is_ok(), "the bound counts characters, not bytes");
        assert_eq!(person_name("Ana\u{0}").unwrap_err().message_key, "error-control-characters");
        assert_eq!(person_name("Ana \u{202E}odloB").unwrap_err().message_key, "error-control-characters");
        assert_eq!(person_name("محمد بن علي").as_deref(), Ok("محمد بن علي"), "right-to-left names are names");
        assert_eq!(person_name("12345").unwrap_err().message_key, "error-name-letters");
    }

    #[test]
    fn long_text_keeps_line_breaks() {
        assert_eq!(long_text(" uno\r\ndos \n", "minutes").as_deref(), Ok("uno\ndos"));
        assert!(long_text(&"x".repeat(LONG_TEXT_MAX + 1), "minutes").is_err());
    }
}
