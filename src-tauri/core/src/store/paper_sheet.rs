//! A forum's paper sign-in sheet as data: the pre-filled people with their
//! short codes and row numbers, then the numbered blank rows. The printed
//! sheet and the desk's "paper" mode read this one list, so a code typed at
//! the desk is the code printed beside the name.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::attendance::{self, RegularAttendee};
use super::{evidence, forums, Result};
use crate::domain::records::ForumEvidence;
use crate::domain::sheet_code;

/// Blank rows after the pre-filled names.
pub const BLANK_ROWS: u32 = 20;
/// How many of the neighbourhood's earlier forums pre-fill the sheet.
pub const EARLIER_FORUMS: usize = 3;

/// A pre-filled row of the sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetLine {
    /// The row's number on paper (1, 2, …).
    pub number: u32,
    /// Three or four characters, unique in the sheet.
    pub code: String,
    pub person_id: Uuid,
    pub full_name: String,
    pub neighbourhood_name: Option<String>,
    pub organization_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PaperSheet {
    pub forum_id: Uuid,
    pub lines: Vec<SheetLine>,
    /// The number of the first blank row; blank rows run on from it.
    pub first_blank: u32,
    pub blank_rows: u32,
    /// Photos or scans of the signed sheet kept as the forum's evidence.
    pub signed: Vec<ForumEvidence>,
}

pub fn sheet(conn: &Connection, forum_id: Uuid) -> Result<PaperSheet> {
    forums::get(conn, forum_id)?;
    let people = attendance::regular_attendees(conn, forum_id, EARLIER_FORUMS)?;
    let lines = lines_of(forum_id, people);
    Ok(PaperSheet {
        forum_id,
        first_blank: lines.len() as u32 + 1,
        lines,
        blank_rows: BLANK_ROWS,
        signed: evidence::of_forum(conn, forum_id)?,
    })
}

fn lines_of(forum_id: Uuid, people: Vec<RegularAttendee>) -> Vec<SheetLine> {
    let ids: Vec<Uuid> = people.iter().map(|p| p.id).collect();
    let codes = sheet_code::assign(forum_id, &ids);
    people
        .into_iter()
        .zip(codes)
        .enumerate()
        .map(|(i, (person, code))| SheetLine {
            number: i as u32 + 1,
            code,
            person_id: person.id,
            full_name: person.full_name,
            neighbourhood_name: person.neighbourhood,
            organization_name: person.organization,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AttendanceRole;
    use crate::domain::records::{ForumDraft, PersonDraft};
    use crate::store::forums::tests::draft;
    use crate::store::{people, reference, Store};

    #[test]
    fn the_sheet_numbers_its_rows_and_gives_each_name_a_code_that_does_not_change() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let forum = |title: &str, date: &str| {
            forums::create(conn, &ForumDraft { neighbourhood_id: pehuen, ..draft(title, date) }).expect("forum")
        };
        let earlier = forum("Octubre", "10-10-2026");
        let coming = forum("Noviembre", "24-11-2026");
        for name in ["Rosa Núñez", "Ana Boldo", "Tomás Peumo"] {
            let draft = PersonDraft { full_name: name.into(), neighbourhood_id: pehuen, ..Default::default() };
            let id = people::create(conn, &draft).expect("person");
            attendance::register(conn, earlier, id, AttendanceRole::Neighbour).expect("register");
        }
        let paper = sheet(conn, coming).expect("sheet");
        let names: Vec<&str> = paper.lines.iter().map(|l| l.full_name.as_str()).collect();
        assert_eq!(names, ["Ana Boldo", "Rosa Núñez", "Tomás Peumo"]);
        assert_eq!(paper.lines.iter().map(|l| l.number).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!((paper.first_blank, paper.blank_rows), (4, BLANK_ROWS));
        assert!(paper.lines.iter().all(|l| l.code.len() == 3));
        assert_eq!(sheet(conn, coming).expect("again"), paper, "printing again gives the same codes");
        assert!(paper.signed.is_empty());
        assert!(sheet(conn, Uuid::new_v4()).is_err());
    }
}
