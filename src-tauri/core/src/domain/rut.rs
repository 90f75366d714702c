//! Chile's RUT (Rol Único Tributario): a number and a módulo-11 check digit.

use super::Invalid;

const FIELD: &str = "rut";

/// Accepts the usual ways of writing a RUT (`12.345.678-5`, `12345678-5`,
/// `123456785`, `12345678-k`) and returns it normalised as `12345678-5`
/// (no dots, upper-case K), or why it is not a RUT.
pub fn normalise(input: &str) -> Result<String, Invalid> {
    let compact: String = input.chars().filter(|c| !matches!(c, '.' | '-' | ' ' | '\u{a0}')).collect();
    let mut chars = compact.chars();
    let check = chars.next_back().ok_or(Invalid::new(FIELD, "error-rut-format"))?.to_ascii_uppercase();
    let body = chars.as_str();
    let body_is_number = !body.is_empty() && body.len() <= 8 && body.bytes().all(|b| b.is_ascii_digit());
    if !body_is_number || !(check.is_ascii_digit() || check == 'K') {
        return Err(Invalid::new(FIELD, "error-rut-format"));
    }
    let number: u32 = body.parse().map_err(|_| Invalid::new(FIELD, "error-rut-format"))?;
    if number == 0 {
        return Err(Invalid::new(FIELD, "error-rut-format"));
    }
    if check_digit(number) != check {
        return Err(Invalid::new(FIELD, "error-rut-check-digit"));
    }
    Ok(format!("{number}-{check}"))
}

/// The módulo-11 check digit: weights 2..7 from the right, repeating.
pub fn check_digit(number: u32) -> char {
    let mut rest = number;
    let mut sum = 0;
    let mut weight = 2;
    while rest > 0 {
        sum += (rest % 10) * weight;
        rest /= 10;
        weight = if weight == 7 { 2 } else { weight + 1 };
    }
    match 11 - sum % 11 {
        11 => '0',
        10 => 'K',
        digit => char::from_digit(digit, 10).unwrap_or('0'),
    }
}

/// `12345678-5` → `12.345.678-5`, as Chileans read it.
pub fn display(normalised: &str) -> String {
    let Some((body, check)) = normalised.split_once('-') else {
        return normalised.to_string();
    };
    let mut grouped = String::new();
    for (i, digit) in body.chars().enumerate() {
        if i > 0 && (body.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    format!("{grouped}-{check}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_usual_spellings() {
        assert_eq!(normalise("12.345.678-5").as_deref(), Ok("12345678-5"));
        assert_eq!(normalise("12345678-5").as_deref(), Ok("12345678-5"));
        assert_eq!(normalise(" 123456785 ").as_deref(), Ok("12345678-5"));
        assert_eq!(normalise("11.111.111-1").as_deref(), Ok("11111111-1"));
    }

    #[test]
    fn k_is_accepted_in_either_case_and_stored_upper() {
        // 10.000.013: weights give a remainder that makes the digit K.
        assert_eq!(check_digit(10_000_013), 'K');
        assert_eq!(normalise("10000013-k").as_deref(), Ok("10000013-K"));
        assert_eq!(normalise("10.000.013-K").as_deref(), Ok("10000013-K"));
    }

    #[test]
    fn a_zero_check_digit_is_computed() {
        assert_eq!(check_digit(10_000_004), '0');
        assert!(normalise("10000004-0").is_ok());
    }

    #[test]
    fn wrong_check_digit_is_told_apart_from_bad_format() {
        assert_eq!(normalise("12.345.678-9").unwrap_err().message_key, "error-rut-check-digit");
        for bad in ["", "-", "abc", "12.345.678-X", "123456789012-3", "0-0", "12a45678-5"] {
            assert_eq!(normalise(bad).unwrap_err().message_key, "error-rut-format", "{bad:?}");
        }
    }

    #[test]
    fn displays_with_dots() {
        assert_eq!(display("12345678-5"), "12.345.678-5");
        assert_eq!(display("1234567-4"), "1.234.567-4");
        assert_eq!(display("999-7"), "999-7");
    }
}
