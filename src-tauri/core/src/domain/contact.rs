//! Contact details, kept only with recorded consent.

use super::text::{optional_line, required_line, LINE_MAX};
use super::Invalid;

/// A Chilean or international phone: digits with the usual separators,
/// 8 to 15 digits in all (`+56 9 1234 5678`, `22 123 4567`).
pub fn phone(input: &str) -> Result<Option<String>, Invalid> {
    let cleaned = optional_line(input, "phone", 30)?;
    if cleaned.is_empty() {
        return Ok(None);
    }
    let allowed = cleaned.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'));
    let digits = cleaned.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(8..=15).contains(&digits) || cleaned[1..].contains('+') {
        return Err(Invalid::new("phone", "error-phone-format"));
    }
    Ok(Some(cleaned))
}

/// An e-mail address, checked only for shape: one `@`, a dotted domain.
pub fn email(input: &str) -> Result<Option<String>, Invalid> {
    let cleaned = optional_line(input, "email", 254)?;
    if cleaned.is_empty() {
        return Ok(None);
    }
    let valid = match cleaned.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && !cleaned.contains(' ')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|part| !part.is_empty())
        }
        None => false,
    };
    if !valid {
        return Err(Invalid::new("email", "error-email-format"));
    }
    Ok(Some(cleaned))
}

/// What the person agreed their contact may be used for.
pub fn purpose(input: &str) -> Result<String, Invalid> {
    required_line(input, "purpose", LINE_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_the_usual_shapes() {
        assert_eq!(phone("+56 9 1234 5678"), Ok(Some("+56 9 1234 5678".into())));
        assert_eq!(phone("22 123 4567"), Ok(Some("22 123 4567".into())));
        assert_eq!(phone(" "), Ok(None));
        for bad in ["123", "9 1234 abcd", "+56 +9 1234 5678", "1234567890123456"] {
            assert_eq!(phone(bad).unwrap_err().message_key, "error-phone-format", "{bad}");
        }
    }

    #[test]
    fn emails_by_shape() {
        assert_eq!(email("rosa.nunez@correo.cl"), Ok(Some("rosa.nunez@correo.cl".into())));
        for bad in ["rosa", "rosa@", "@correo.cl", "rosa@correo", "ro sa@correo.cl", "a@b@c.cl", "rosa@correo..cl"] {
            assert_eq!(email(bad).unwrap_err().message_key, "error-email-format", "{bad}");
        }
    }
}
