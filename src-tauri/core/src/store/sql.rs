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
    AttendanceRole,
    OrganizationKind,
    FeedbackKind,
    Priority,
    FeedbackStatus,
    Completion
);

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

fn conversion_error(error: Box<dyn std::error::Error + Send + Sync>) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, error)
}
