//! The packs made so far (table `meeting_pack`): recorded once saved, so
//! the next pack knows since when to report and earlier ones can be
//! opened again.

use std::path::Path;

use chrono::{Months, NaiveDate};
use rusqlite::{named_params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::{PackError, PackRequest};
use crate::store::{date_at, new_id, now, opt_date_at, StoreError};

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

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Records a pack saved at `file_path`. Linked to the quarterly meeting
/// forum of that day, when there is one.
pub fn record(conn: &Connection, request: &PackRequest, file_path: &Path) -> Result<Uuid, PackError> {
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
            ":date": day(request.meeting_date),
            ":place": request.place,
            ":start": day(request.period_start),
            ":end": day(request.period_end),
            ":agenda": request.agenda.join("\n"),
            ":language": request.language.tag(),
            ":paper": request.paper.as_str(),
            ":path": file_path.to_string_lossy(),
            ":at": stamp,
        },
    )
    .map_err(crate::store::StoreError::from)?;
    Ok(id)
}

const PACK_COLUMNS: &str =
    "SELECT id, meeting_date, place, period_start, period_end, language, paper, file_path, generated_at
     FROM meeting_pack WHERE deleted_at IS NULL";

fn pack_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<PackRecord> {
    let text: String = r.get(0)?;
    Ok(PackRecord {
        id: Uuid::parse_str(&text).unwrap_or_default(),
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
pub fn list(conn: &Connection) -> Result<Vec<PackRecord>, PackError> {
    let sql = format!("{PACK_COLUMNS} ORDER BY meeting_date DESC, generated_at DESC");
    let mut stmt = conn.prepare(&sql).map_err(StoreError::from)?;
    let rows = stmt
        .query_map([], pack_record)
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::from)?;
    Ok(rows)
}

/// One pack made earlier.
pub fn get(conn: &Connection, id: Uuid) -> Result<PackRecord, PackError> {
    let sql = format!("{PACK_COLUMNS} AND id = ?1");
    let found = conn.query_row(&sql, [id.to_string()], pack_record).optional().map_err(StoreError::from)?;
    Ok(found.ok_or(StoreError::NotFound { entity: "meeting_pack" })?)
}

/// The quarterly meeting recorded as a forum on `date`, as a pack needs it.
pub struct Meeting {
    pub title: String,
    pub place: String,
    /// One item a line of the forum's agenda.
    pub agenda: Vec<String>,
}

pub fn quarterly_meeting_on(conn: &Connection, date: NaiveDate) -> Result<Option<Meeting>, PackError> {
    let found = conn
        .query_row(
            "SELECT title, place, agenda FROM forum WHERE kind = 'quarterly_meeting' AND deleted_at IS NULL
             AND substr(starts_at, 1, 10) = ?1 ORDER BY starts_at LIMIT 1",
            [day(date)],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
        )
        .optional()
        .map_err(StoreError::from)?;
    Ok(found.map(|(title, place, agenda)| Meeting {
        title,
        place,
        agenda: agenda.lines().map(agenda_item).filter(|l| !l.is_empty()).map(str::to_string).collect(),
    }))
}

/// A forum's agenda line without its own numbering or bullet ("1. Bienvenida",
/// "2) Avance", "- Acuerdos"): the pack numbers the items itself.
fn agenda_item(line: &str) -> &str {
    let line = line.trim();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &line[digits..];
    let unmarked = match rest.chars().next() {
        Some('.' | ')') if digits > 0 => &rest[1..],
        Some('-' | '•' | '*') if digits == 0 => &rest[rest.chars().next().map_or(0, char::len_utf8)..],
        _ => return line,
    };
    if unmarked.starts_with(char::is_whitespace) {
        unmarked.trim_start()
    } else {
        line
    }
}

/// The meeting date of the latest pack made for a meeting before `date`.
pub fn previous_meeting(conn: &Connection, date: NaiveDate) -> Result<Option<NaiveDate>, PackError> {
    let previous: Option<NaiveDate> = conn
        .query_row(
            "SELECT max(meeting_date) FROM meeting_pack WHERE deleted_at IS NULL AND meeting_date < ?1",
            [day(date)],
            |r| opt_date_at(r, 0),
        )
        .optional()
        .map_err(crate::store::StoreError::from)?
        .flatten();
    Ok(previous)
}

/// The period a pack for a meeting on `meeting_date` covers by default:
/// from the day after the previous pack's period to the day before the
/// meeting; without an earlier pack, the three months before the meeting.
pub fn default_period(conn: &Connection, meeting_date: NaiveDate) -> Result<(NaiveDate, NaiveDate), PackError> {
    let end = meeting_date.pred_opt().unwrap_or(meeting_date);
    let previous_end: Option<NaiveDate> = conn
        .query_row(
            "SELECT period_end FROM meeting_pack WHERE deleted_at IS NULL AND meeting_date < ?1
             ORDER BY meeting_date DESC, generated_at DESC LIMIT 1",
            [day(meeting_date)],
            |r| date_at(r, 0),
        )
        .optional()
        .map_err(crate::store::StoreError::from)?;
    let start = match previous_end.and_then(|d| d.succ_opt()) {
        Some(start) if start <= end => start,
        _ => meeting_date.checked_sub_months(Months::new(3)).unwrap_or(meeting_date),
    };
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agenda_line_loses_its_own_numbering_but_not_its_words() {
        assert_eq!(agenda_item(" 1. Bienvenida "), "Bienvenida");
        assert_eq!(agenda_item("12) Avance de los compromisos"), "Avance de los compromisos");
        assert_eq!(agenda_item("- Acuerdos"), "Acuerdos");
        assert_eq!(agenda_item("• Palabra a los vecinos"), "Palabra a los vecinos");
        assert_eq!(agenda_item("2026: el año de los planes"), "2026: el año de los planes");
        assert_eq!(agenda_item("1.5 millones de pesos"), "1.5 millones de pesos");
        assert_eq!(agenda_item("-5 grados en la plaza"), "-5 grados en la plaza");
    }
    use crate::i18n::Language;
    use crate::pack::Paper;
    use crate::store::Store;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn request(meeting: NaiveDate, start: NaiveDate, end: NaiveDate) -> PackRequest {
        PackRequest {
            meeting_title: "Reunión trimestral".into(),
            meeting_date: meeting,
            place: "Salón municipal".into(),
            agenda: vec!["Bienvenida".into(), "Acuerdos".into()],
            period_start: start,
            period_end: end,
            language: Language::EsCl,
            paper: Paper::A4,
            with_contacts: false,
        }
    }

    #[test]
    fn a_recorded_pack_sets_the_next_default_period_and_is_listed() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        assert_eq!(default_period(conn, day(8, 20)).expect("period"), (day(5, 20), day(8, 19)));
        assert_eq!(previous_meeting(conn, day(8, 20)).expect("previous"), None);

        let may = request(day(5, 20), day(2, 1), day(5, 10));
        record(conn, &may, Path::new("/tmp/pack-mayo.pdf")).expect("record");
        assert_eq!(default_period(conn, day(8, 20)).expect("period"), (day(5, 11), day(8, 19)));
        assert_eq!(previous_meeting(conn, day(8, 20)).expect("previous"), Some(day(5, 20)));
        assert_eq!(previous_meeting(conn, day(5, 20)).expect("previous"), None, "not itself");

        let listed = list(conn).expect("list");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].file_path.as_deref(), Some("/tmp/pack-mayo.pdf"));
        assert_eq!((listed[0].period_start, listed[0].period_end), (day(2, 1), day(5, 10)));
        assert!(listed[0].generated_at.is_some());
    }
}
