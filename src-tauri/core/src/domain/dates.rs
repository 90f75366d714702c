//! Dates as Chileans write them (24-11-2026) and as the store keeps them.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use super::Invalid;

/// Years outside this range are typing mistakes, not real forums.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Reads `24-11-2026`, `24/11/2026`, `24.11.2026` or ISO `2026-11-24`.
pub fn parse_date(input: &str, field: &'static str) -> Result<NaiveDate, Invalid> {
    let text = input.trim();
    let parsed = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok());
    match parsed {
        Some(date) if YEARS.contains(&date.year()) => Ok(date),
        Some(_) => Err(Invalid::new(field, "error-date-out-of-range")),
        None => Err(Invalid::new(field, "error-date-format")),
    }
}

/// Today in Maipú: the latest day a thing can have happened.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The day something happened (feedback received or answered, a step, a
/// note, evidence added): as `parse_date`, and not after today.
pub fn parse_past_date(input: &str, field: &'static str) -> Result<NaiveDate, Invalid> {
    let date = parse_date(input, field)?;
    not_in_future(date, field)?;
    Ok(date)
}

pub fn not_in_future(date: NaiveDate, field: &'static str) -> Result<(), Invalid> {
    not_after(date, today(), field)
}

/// The rule behind `not_in_future`, with the day given (a register that is
/// tested on a fixed day passes its own).
pub fn not_after(date: NaiveDate, today: NaiveDate, field: &'static str) -> Result<(), Invalid> {
    match date > today {
        true => Err(Invalid::new(field, "error-date-in-future")),
        false => Ok(()),
    }
}

/// Reads `18:30`, `8:05` or `1830`.
pub fn parse_time(input: &str, field: &'static str) -> Result<NaiveTime, Invalid> {
    let text = input.trim();
    ["%H:%M", "%H%M", "%H.%M"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(text, format).ok())
        .ok_or(Invalid::new(field, "error-time-format"))
}

/// A date and an optional time (a forum without a time starts at 00:00).
pub fn parse_date_time(date: &str, time: &str) -> Result<NaiveDateTime, Invalid> {
    let day = parse_date(date, "date")?;
    let at = if time.trim().is_empty() { NaiveTime::MIN } else { parse_time(time, "time")? };
    Ok(day.and_time(at))
}

/// `2026-11-24` → `24-11-2026`.
pub fn display_date(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn reads_chilean_and_iso_dates() {
        assert_eq!(parse_date("24-11-2026", "date"), Ok(day(2026, 11, 24)));
        assert_eq!(parse_date(" 24/11/2026 ", "date"), Ok(day(2026, 11, 24)));
        assert_eq!(parse_date("2026-11-24", "date"), Ok(day(2026, 11, 24)));
        assert_eq!(display_date(day(2026, 1, 5)), "05-01-2026");
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in ["31-02-2026", "00-01-2026", "24-13-2026", "mañana", "", "2026-11"] {
            assert_eq!(parse_date(bad, "date").unwrap_err().message_key, "error-date-format", "{bad:?}");
        }
        assert_eq!(parse_date("24-11-1890", "date").unwrap_err().message_key, "error-date-out-of-range");
    }

    #[test]
    fn a_day_that_happened_is_not_after_today() {
        let tomorrow = display_date(today() + chrono::Days::new(1));
        let refused = parse_past_date(&tomorrow, "received_on").unwrap_err();
        assert_eq!((refused.field, refused.message_key), ("received_on", "error-date-in-future"));
        assert_eq!(parse_past_date(&display_date(today()), "received_on"), Ok(today()));
        assert_eq!(parse_past_date("31-02-2026", "on").unwrap_err().message_key, "error-date-format");
    }

    #[test]
    fn reads_times() {
        assert_eq!(parse_time("18:30", "time").map(|t| t.to_string()), Ok("18:30:00".into()));
        assert_eq!(parse_time("0805", "time").map(|t| t.to_string()), Ok("08:05:00".into()));
        assert!(parse_time("25:00", "time").is_err());
        assert_eq!(parse_date_time("24-11-2026", "").map(|d| d.to_string()), Ok("2026-11-24 00:00:00".into()));
    }
}
