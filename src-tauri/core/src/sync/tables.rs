//! What travels between laptops: every table but this laptop's settings and
//! the search indexes (rebuilt by triggers), in the order their references
//! need. Columns are read from the schema, so a column a later migration
//! adds travels without a change here; a new table fails a test until it
//! is listed.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};
use rusqlite::types::Value;
use rusqlite::Connection;
use uuid::Uuid;

use crate::domain::kinds::*;
use crate::domain::rut;
use crate::i18n::Language;

#[derive(Debug)]
pub struct SyncedTable {
    pub name: &'static str,
    /// Columns unique together besides the id: two laptops may create the
    /// same link under two ids.
    pub natural_key: &'static [&'static str],
}

/// Dependency order: a row's references come before it.
pub const TABLES: &[SyncedTable] = &[
    SyncedTable { name: "neighbourhood", natural_key: &[] },
    SyncedTable { name: "organization", natural_key: &[] },
    SyncedTable { name: "person", natural_key: &[] },
    SyncedTable { name: "commitment", natural_key: &[] },
    SyncedTable { name: "milestone", natural_key: &[] },
    SyncedTable { name: "milestone_note", natural_key: &[] },
    SyncedTable { name: "evidence", natural_key: &[] },
    SyncedTable { name: "forum", natural_key: &[] },
    SyncedTable { name: "forum_commitment", natural_key: &["forum_id", "commitment_id"] },
    SyncedTable { name: "forum_facilitator", natural_key: &["forum_id", "person_id"] },
    SyncedTable { name: "attendance", natural_key: &["forum_id", "person_id"] },
    SyncedTable { name: "feedback", natural_key: &[] },
    SyncedTable { name: "feedback_event", natural_key: &[] },
    SyncedTable { name: "meeting_pack", natural_key: &[] },
    SyncedTable { name: "rights_request", natural_key: &[] },
];

/// Tables that never travel: this laptop's settings (the data controller's
/// among them), the FTS indexes, its record of exchanges (`sync_base`,
/// `sync_conflict`), blocks (a blocked person does not travel at all) and the
/// breach log (a record of who was exposed is not copied onto more USB
/// sticks; it is printed for the Agencia).
pub fn is_local_only(table: &str) -> bool {
    matches!(table, "setting" | "person_block" | "breach") || table.contains("_search") || table.starts_with("sync_")
}

/// Columns that only make sense on this laptop: where a PDF was saved here,
/// and since when a person is blocked here.
const LOCAL_COLUMNS: &[(&str, &str)] = &[("meeting_pack", "file_path"), ("person", "blocked_on")];

pub fn find(name: &str) -> Option<&'static SyncedTable> {
    TABLES.iter().find(|t| t.name == name)
}

/// A column as the schema declares it.
#[derive(Debug, Clone)]
pub struct ColumnInfo {
    pub name: String,
    pub integer: bool,
    pub not_null: bool,
}

/// The synced columns of a table, in schema order.
pub fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<ColumnInfo>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let rows = stmt.query_map([], |row| {
        let declared: String = row.get(2)?;
        Ok(ColumnInfo { name: row.get(1)?, integer: declared.eq_ignore_ascii_case("INTEGER"), not_null: row.get(3)? })
    })?;
    let all = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(all.into_iter().filter(|c| !LOCAL_COLUMNS.contains(&(table, c.name.as_str()))).collect())
}

/// Whether a text value is well formed for its column: ids are UUIDs,
/// stamps are ours (RFC 3339 UTC with milliseconds, so text order is time
/// order), dates are ISO, vocabularies known, RUTs normalised and evidence
/// file names cannot leave the evidence folder. The app reads these back
/// without checking, so nothing else may enter.
pub fn text_is_valid(table: &str, column: &str, text: &str) -> bool {
    match (table, column) {
        (_, "id" | "merged_into") => is_uuid(text),
        (_, c) if c.ends_with("_id") => is_uuid(text),
        (_, "created_at" | "updated_at" | "deleted_at" | "arrived_at" | "generated_at") => is_stamp(text),
        (
            _,
            "planned_start"
            | "planned_end"
            | "noted_on"
            | "added_on"
            | "answered_on"
            | "received_on"
            | "happened_on"
            | "meeting_date"
            | "period_start"
            | "period_end"
            | "consent_at"
            | "guardian_consent_on"
            | "gender_consent_on",
        ) => is_day(text),
        ("forum", "starts_at") => NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").is_ok(),
        ("forum", "kind") => ForumKind::parse(text).is_some(),
        ("forum", "invitation") => InvitationMethod::parse(text).is_some(),
        ("organization", "kind") => OrganizationKind::parse(text).is_some(),
        ("person", "age_band") => AgeBand::parse(text).is_some(),
        ("person", "gender") => Gender::parse(text).is_some(),
        ("person", "guardian_method") => ConsentMethod::parse(text).is_some(),
        ("person", "gender_consent_by") => ConsentGiver::parse(text).is_some(),
        ("person", "rut") => rut::normalise(text).is_ok_and(|n| n == text),
        ("milestone", "completion") | ("milestone_note", "completion_before" | "completion_after") => {
            Completion::parse(text).is_some()
        }
        ("attendance", "role") => AttendanceRole::parse(text).is_some(),
        ("feedback", "kind") => FeedbackKind::parse(text).is_some(),
        ("feedback", "priority") => Priority::parse(text).is_some(),
        ("feedback" | "feedback_event", "status") => FeedbackStatus::parse(text).is_some(),
        ("evidence", "stored_name") => is_safe_file_name(text),
        ("meeting_pack", "language") => Language::parse(text).is_some(),
        ("meeting_pack", "paper") => matches!(text, "a4" | "letter"),
        ("rights_request", "started_on" | "extended_on" | "decided_on" | "sent_on") => is_day(text),
        ("rights_request", "kind") => RequestRight::parse(text).is_some(),
        ("rights_request", "channel") => RequestChannel::parse(text).is_some(),
        ("rights_request", "status") => RequestStatus::parse(text).is_some(),
        _ => true,
    }
}

/// Integers where the schema bounds them.
pub fn integer_is_valid(table: &str, column: &str, value: i64) -> bool {
    match (table, column) {
        ("person", "is_driving_group" | "needs_review") => matches!(value, 0 | 1),
        ("milestone", "progress") | ("milestone_note", "progress_before" | "progress_after") => {
            (0..=100).contains(&value)
        }
        ("evidence", "size_bytes") => value >= 0,
        _ => true,
    }
}

/// `2026-11-24`, a real day.
fn is_day(text: &str) -> bool {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok_and(|d| d.format("%Y-%m-%d").to_string() == text)
}

/// Lower-case and hyphenated, as the app writes them: the same id always
/// has the same text.
fn is_uuid(text: &str) -> bool {
    Uuid::parse_str(text).is_ok_and(|u| u.to_string() == text)
}

/// `2026-11-24T18:30:00.000Z`, exactly as `store::now` writes it.
fn is_stamp(text: &str) -> bool {
    DateTime::parse_from_rfc3339(text)
        .is_ok_and(|t| t.with_timezone(&Utc).to_rfc3339_opts(SecondsFormat::Millis, true) == text)
}

/// A name the app chose (`<uuid>.<ext>`): no folder, no `..`, no hidden file.
fn is_safe_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && !name.starts_with('.')
        && !name.contains("..")
}

/// A stored value as JSON (the schema holds text, integers and NULL).
pub fn to_json(value: Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(n) => n.into(),
        Value::Real(x) => x.into(),
        Value::Text(t) => t.into(),
        Value::Blob(b) => String::from_utf8_lossy(&b).into_owned().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_of_the_schema_is_synced_or_known_local() {
        let store = crate::store::Store::open_in_memory().expect("store");
        let mut stmt = store
            .conn()
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .expect("tables");
        let names: Vec<String> =
            stmt.query_map([], |r| r.get(0)).expect("q").collect::<rusqlite::Result<_>>().expect("names");
        for name in names.iter().filter(|n| !is_local_only(n)) {
            assert!(find(name).is_some(), "table {name} is neither synced nor local-only: add it to TABLES");
        }
        for table in TABLES {
            assert!(names.iter().any(|n| n == table.name), "{} is not in the schema", table.name);
            let cols = columns(store.conn(), table.name).expect("columns");
            for needed in ["id", "created_at", "updated_at", "deleted_at"] {
                assert!(cols.iter().any(|c| c.name == needed), "{}.{needed}", table.name);
            }
        }
    }

    #[test]
    fn values_are_checked_by_column() {
        assert!(text_is_valid("person", "updated_at", "2026-11-24T18:30:00.000Z"));
        assert!(!text_is_valid("person", "updated_at", "2026-11-24T18:30:00Z"));
        assert!(!text_is_valid("person", "updated_at", "2026-02-31T18:30:00.000Z"));
        assert!(!text_is_valid("feedback", "received_on", "31-02-2026"));
        assert!(!text_is_valid("person", "rut", "12.345.678-5"));
        assert!(text_is_valid("person", "rut", "12345678-5"));
        assert!(!text_is_valid("person", "age_band", "toddler"));
        assert!(!text_is_valid("evidence", "stored_name", "../../etc/passwd"));
        assert!(!text_is_valid("evidence", "stored_name", "a/b.pdf"));
        assert!(text_is_valid("evidence", "stored_name", "6d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40.pdf"));
        assert!(!text_is_valid("attendance", "forum_id", "'; DROP TABLE person; --"));
        assert!(!integer_is_valid("milestone", "progress", 101));
        assert!(!integer_is_valid("milestone_note", "progress_after", 101));
        assert!(!integer_is_valid("milestone_note", "progress_before", -1));
        assert!(integer_is_valid("milestone_note", "progress_after", 100));
        assert!(text_is_valid("rights_request", "kind", "blocking"));
        assert!(!text_is_valid("rights_request", "kind", "everything"));
        assert!(!text_is_valid("rights_request", "status", "lost"));
        assert!(!text_is_valid("rights_request", "sent_on", "03-12-2026"));
        assert!(!text_is_valid("rights_request", "subject_person_id", "rosa"));
    }
}
