//! The packs made so far (table `meeting_pack`), and the quarterly meeting
//! forum a pack is for: the SQL behind `pack::history`, which keeps the
//! policy (which period a pack covers by default).

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{named_params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::sql::{date_at, day, opt_date_at, uuid_at};
use super::{new_id, now, Result, StoreError};

/// A pack made earlier.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackRecord {
    pub id: Uuid,
    pub meeting_date: NaiveDate,
    pub place: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub language: String,
    pub paper: String,
    pub file_path: Option<String>,
    /// UTC, RFC 3339.
    pub generated_at: Option<String>,
}

/// What is recorded of a pack once its file is saved.
pub struct PackMade<'a> {
    pub meeting_date: NaiveDate,
    pub place: &'a str,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub agenda: &'a [String],
    /// BCP 47 tag, e.g. `es-CL`.
    pub language: &'a str,
    pub paper: &'a str,
    pub file_path: &'a Path,
}

/// Records a saved pack, linked to the quarterly meeting forum of that day
/// when there is one.
pub fn record(conn: &Connection, pack: &PackMade<'_>) -> Result<Uuid> {
    let id = new_id();
    let stamp = now();
    conn.execute(
        "INSERT INTO meeting_pack (id, forum_id, meeting_date, place, period_start, period_end, agenda, language,
                                   paper, file_path, generated_at, created_at, updated_at)
         VALUES (:id, (SELECT id FROM forum WHERE kind = 'quarterly_meeting' AND deleted_at IS NULL
                       AND substr(starts_at, 1, 10) = :date ORDER BY starts_at LIMIT 1),
                 :date, :place, :start, :end, :agenda, :language, :paper, :path, :at, :at, :at)",
        named_params! {
            ":id": id.to_string(),
            ":date": day(pack.meeting_date),
            ":place": pack.place,
            ":start": day(pack.period_start),
            ":end": day(pack.period_end),
            ":agenda": pack.agenda.join("\n"),
            ":language": pack.language,
            ":paper": pack.paper,
            ":path": pack.file_path.to_string_lossy(),
            ":at": stamp,
        },
    )?;
    Ok(id)
}

const PACK_COLUMNS: &str =
    "SELECT id, meeting_date, place, period_start, period_end, language, paper, file_path, generated_at
     FROM meeting_pack WHERE deleted_at IS NULL";

fn pack_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<PackRecord> {
    Ok(PackRecord {
        id: uuid_at(r, 0)?,
        meeting_date: date_at(r, 1)?,
        place: r.get(2)?,
        period_start: date_at(r, 3)?,
        period_end: date_at(r, 4)?,
        language: r.get(5)?,
        paper: r.get(6)?,
        file_path: r.get(7)?,
        generated_at: r.get(8)?,
    })
}

/// Packs made so far, latest meeting first.
pub fn list(conn: &Connection) -> Result<Vec<PackRecord>> {
    let sql = format!("{PACK_COLUMNS} ORDER BY meeting_date DESC, generated_at DESC");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], pack_record)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One pack made earlier.
pub fn get(conn: &Connection, id: Uuid) -> Result<PackRecord> {
    let sql = format!("{PACK_COLUMNS} AND id = ?1");
    let found = conn.query_row(&sql, [id.to_string()], pack_record).optional()?;
    found.ok_or(StoreError::NotFound { entity: "meeting_pack" })
}

/// The meeting date of the latest pack made for a meeting before `date`.
pub fn previous_meeting(conn: &Connection, date: NaiveDate) -> Result<Option<NaiveDate>> {
    let previous = conn.query_row(
        "SELECT max(meeting_date) FROM meeting_pack WHERE deleted_at IS NULL AND meeting_date < ?1",
        [day(date)],
        |r| opt_date_at(r, 0),
    )?;
    Ok(previous)
}

/// The end of the period of the latest pack made for a meeting before `date`.
pub fn previous_period_end(conn: &Connection, date: NaiveDate) -> Result<Option<NaiveDate>> {
    let end = conn
        .query_row(
            "SELECT period_end FROM meeting_pack WHERE deleted_at IS NULL AND meeting_date < ?1
             ORDER BY meeting_date DESC, generated_at DESC LIMIT 1",
            [day(date)],
            |r| date_at(r, 0),
        )
        .optional()?;
    Ok(end)
}

/// The quarterly meeting forum of a day, as recorded.
pub struct QuarterlyMeeting {
    pub title: String,
    pub place: String,
    /// The forum's agenda text, one item a line.
    pub agenda: String,
}

pub fn quarterly_meeting_on(conn: &Connection, date: NaiveDate) -> Result<Option<QuarterlyMeeting>> {
    let found = conn
        .query_row(
            "SELECT title, place, agenda FROM forum WHERE kind = 'quarterly_meeting' AND deleted_at IS NULL
             AND substr(starts_at, 1, 10) = ?1 ORDER BY starts_at LIMIT 1",
            [day(date)],
            |r| Ok(QuarterlyMeeting { title: r.get(0)?, place: r.get(1)?, agenda: r.get(2)? }),
        )
        .optional()?;
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn a_damaged_stored_pack_is_an_error_not_a_nil_id_or_1970() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let made = PackMade {
            meeting_date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
            place: "Salón municipal",
            period_start: NaiveDate::from_ymd_opt(2026, 8, 1).expect("date"),
            period_end: NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
            agenda: &["Bienvenida".into()],
            language: "es-CL",
            paper: "a4",
            file_path: Path::new("/tmp/pack.pdf"),
        };
        let id = record(conn, &made).expect("record");
        assert_eq!(get(conn, id).expect("get").place, "Salón municipal");

        conn.execute("UPDATE meeting_pack SET id = 'no-es-un-uuid'", []).expect("damage id");
        assert!(list(conn).is_err(), "a bad id must not read as the nil UUID");
        conn.execute("UPDATE meeting_pack SET id = ?1, period_end = '23-11-2026'", [id.to_string()])
            .expect("damage date");
        assert!(get(conn, id).is_err(), "a bad date must not read as 1970-01-01");
        assert!(previous_period_end(conn, NaiveDate::from_ymd_opt(2027, 1, 1).expect("date")).is_err());
    }
}
