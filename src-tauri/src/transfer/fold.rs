//! Text compared the way people read it: case, accents and spacing ignored
//! ("NÚÑEZ  Peumo" and "nunez peumo" are the same name).

/// Lower-case, Spanish and common Latin accents removed, runs of white
/// space made one space, ends trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(plain(c));
        }
    }
    out
}

fn plain(c: char) -> char {
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

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn case_accents_and_spacing_are_ignored() {
        assert_eq!(fold("  NÚÑEZ   Peumo "), "nunez peumo");
        assert_eq!(fold("Pehuén"), fold("PEHUEN"));
        assert_eq!(fold("Organización"), "organizacion");
        assert_eq!(fold("محمد"), "محمد", "other scripts are kept");
    }
}
