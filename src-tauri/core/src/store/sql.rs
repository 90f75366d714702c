//! Conversions between domain values and SQLite columns.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use uuid::Uuid;

use crate::domain::kinds::*;

/// The current UTC time as stored: RFC 3339 with milliseconds, so that text
/// order is time order.
pub fn now() -> String {
    stamp(Utc::now())
}

pub fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn new_id() -> Uuid {
    Uuid::new_v4()
}

/// Local date-times are stored as `YYYY-MM-DDTHH:MM:SS`.
pub fn local_stamp(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S").to_string()
}

pub fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The day after `to`, as stored: local start times before it fall on or
/// before `to`, so a range on `starts_at` can use its index.
pub fn day_after(to: NaiveDate) -> String {
    day(to.succ_opt().unwrap_or(to))
}

/// Vocabularies are stored as their snake_case text.
macro_rules! text_column {
    ($($name:ident),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| FromSqlError::Other(format!("unknown {}: {text}", stringify!($name)).into()))
            }
        }
    )+};
}

text_column!(
    ForumKind,
    InvitationMethod,
    AgeBand,
    Gender,
    ConsentMethod,
    ConsentGiver,
    AttendanceRole,
    OrganizationKind,
    FeedbackKind,
    Priority,
    FeedbackStatus,
    Completion
);
text_column!(RequestRight, RequestChannel, RequestStatus);

/// Reads a UUID kept as text.
pub fn uuid_at<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, index: I) -> rusqlite::Result<Uuid> {
    let text: String = row.get(index)?;
    Uuid::parse_str(&text).map_err(|e| conversion_error(e.into()))
}

pub fn opt_uuid_at<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, index: I) -> rusqlite::Result<Option<Uuid>> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| Uuid::parse_str(&t).map_err(|e| conversion_error(e.into()))).transpose()
}

pub fn utc_at<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, index: I) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(index)?;
    DateTime::parse_from_rfc3339(&text).map(|t| t.with_timezone(&Utc)).map_err(|e| conversion_error(e.into()))
}

pub fn local_at<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, index: I) -> rusqlite::Result<NaiveDateTime> {
    let text: String = row.get(index)?;
    NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M:%S").map_err(|e| conversion_error(e.into()))
}

/// Reads a `YYYY-MM-DD` column. A malformed date is an error, never a silent 1970-01-01:
/// every stored date is read through here.
pub fn date_at<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, index: I) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(index)?;
    parse_day(&text)
}

pub fn opt_date_at<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, index: I) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| parse_day(&t)).transpose()
}

fn parse_day(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| conversion_error(e.into()))
}

fn conversion_error(error: Box<dyn std::error::Error + Send + Sync>) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: Option<&str>) -> (rusqlite::Result<NaiveDate>, rusqlite::Result<Option<NaiveDate>>) {
        let conn = rusqlite::Connection::open_in_memory().expect("db");
        conn.query_row("SELECT ?1", [text], |row| Ok((date_at(row, 0), opt_date_at(row, 0)))).expect("row")
    }

    #[test]
    fn a_stored_date_reads_back_or_is_an_error_never_1970() {
        let (date, opt) = read(Some("2026-11-24"));
        let expected = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
        assert_eq!(date.expect("date"), expected);
        assert_eq!(opt.expect("date"), Some(expected));

        for damaged in ["24-11-2026", "2026-02-30", "", "ayer"] {
            let (date, opt) = read(Some(damaged));
            assert!(matches!(date, Err(rusqlite::Error::FromSqlConversionFailure(..))), "{damaged}: {date:?}");
            assert!(opt.is_err(), "{damaged}: {opt:?}");
        }

        let (date, opt) = read(None);
        assert!(date.is_err(), "a missing required date is an error: {date:?}");
        assert_eq!(opt.expect("null"), None);
    }
}
