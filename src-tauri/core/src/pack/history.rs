//! The packs made so far: recorded once saved, so the next pack knows since
//! when to report and earlier ones can be opened again. The SQL lives in
//! `store::meeting_packs`; this module keeps the pack's rules.

use std::path::Path;

use chrono::{Months, NaiveDate};
use rusqlite::Connection;
use uuid::Uuid;

use super::{PackError, PackRequest};
use crate::store::meeting_packs::{self, PackMade};

pub use crate::store::meeting_packs::PackRecord;

/// Records a pack saved at `file_path`.
pub fn record(conn: &Connection, request: &PackRequest, file_path: &Path) -> Result<Uuid, PackError> {
    let made = PackMade {
        meeting_date: request.meeting_date,
        place: &request.place,
        period_start: request.period_start,
        period_end: request.period_end,
        agenda: &request.agenda,
        language: request.language.tag(),
        paper: request.paper.as_str(),
        file_path,
    };
    Ok(meeting_packs::record(conn, &made)?)
}

/// Packs made so far, latest meeting first.
pub fn list(conn: &Connection) -> Result<Vec<PackRecord>, PackError> {
    Ok(meeting_packs::list(conn)?)
}

/// One pack made earlier.
pub fn get(conn: &Connection, id: Uuid) -> Result<PackRecord, PackError> {
    Ok(meeting_packs::get(conn, id)?)
}

/// The meeting date of the latest pack made for a meeting before `date`.
pub fn previous_meeting(conn: &Connection, date: NaiveDate) -> Result<Option<NaiveDate>, PackError> {
    Ok(meeting_packs::previous_meeting(conn, date)?)
}

/// The quarterly meeting recorded as a forum on `date`, as a pack needs it.
pub struct Meeting {
    pub title: String,
    pub place: String,
    /// One item a line of the forum's agenda.
    pub agenda: Vec<String>,
}

pub fn quarterly_meeting_on(conn: &Connection, date: NaiveDate) -> Result<Option<Meeting>, PackError> {
    let found = meeting_packs::quarterly_meeting_on(conn, date)?;
    Ok(found.map(|m| Meeting {
        title: m.title,
        place: m.place,
        agenda: m.agenda.lines().map(agenda_item).filter(|l| !l.is_empty()).map(str::to_string).collect(),
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

/// The period a pack for a meeting on `meeting_date` covers by default:
/// from the day after the previous pack's period to the day before the
/// meeting; without an earlier pack, the three months before the meeting.
pub fn default_period(conn: &Connection, meeting_date: NaiveDate) -> Result<(NaiveDate, NaiveDate), PackError> {
    let end = meeting_date.pred_opt().unwrap_or(meeting_date);
    let previous_end = meeting_packs::previous_period_end(conn, meeting_date)?;
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
