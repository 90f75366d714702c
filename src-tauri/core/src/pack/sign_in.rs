//! Printable sign-in sheets, for a square with no laptop power left: row
//! number, code, name, neighbourhood, organization, RUT (optional) and
//! signature, pre-filled with the people likely to come (each with the code
//! the desk's paper mode takes), then numbered blank rows.

use rusqlite::Connection;
use uuid::Uuid;

use super::fonts::Fonts;
use super::layout::{wrap_at_most, Flow, Frame};
use super::styles::{BODY, SECTION, SMALL, TABLE};
use super::table::{Cell, Column, Table};
use super::words::Words;
use super::{pdf, PackError, Paper};
use crate::i18n::Language;
use crate::store::forums;
use crate::store::paper_sheet::{self, SheetLine};

/// The most lines the forum's title takes at the top of the sheet.
const TITLE_LINES: usize = 3;
/// Tall enough to write a name by hand.
const ROW_HEIGHT: f32 = 24.0;

pub fn sheet(conn: &Connection, forum_id: Uuid, language: Language, paper: Paper) -> Result<Vec<u8>, PackError> {
    let forum = forums::get(conn, forum_id)?;
    let rows = paper_sheet::sheet(conn, forum_id)?;
    let fonts = Fonts::get()?;
    let words = Words::new(language);
    let frame = Frame::for_paper(paper);
    let mut flow = Flow::new(fonts, frame);
    let when = forum.starts_at.format("%d-%m-%Y %H:%M").to_string();
    let details = [when, forum.place.clone(), forum.neighbourhood_name.clone().unwrap_or_default()];
    sheet_page(&mut flow, &words, &forum.title, &details, &rows.lines, rows.blank_rows);
    let header = format!("{} · {}", words.get("pack-sheet-title"), forum.title);
    let pages = flow.finish_with_footer(&header, &words);
    Ok(pdf::write(fonts, frame, &forum.title, forum.starts_at.date(), pages))
}

/// The sheet itself: a heading, what the gathering is, and the table.
pub fn sheet_page(flow: &mut Flow, words: &Words, title: &str, details: &[String], people: &[SheetLine], blanks: u32) {
    flow.heading(&words.get("pack-sheet-title"), SECTION, 80.0);
    // A title is one line when typed here; one from an older file or another
    // laptop may be thousands of characters: the sheet stays a sheet.
    let bold = BODY.with_weight(super::fonts::Weight::Bold);
    for line in wrap_at_most(flow.fonts(), title, bold, flow.width(), TITLE_LINES) {
        flow.paragraph(&line, bold);
    }
    let details: Vec<&str> = details.iter().map(String::as_str).filter(|d| !d.is_empty()).collect();
    flow.paragraph(&details.join(" · "), BODY);
    flow.space(4.0);
    flow.paragraph(&words.get("pack-sheet-note"), SMALL);
    if !people.is_empty() {
        flow.paragraph(&words.get("pack-sheet-codes-note"), SMALL);
    }
    flow.space(8.0);
    let mut table = Table::new(
        vec![
            Column::new(words.get("pack-col-row"), 0.45),
            Column::new(words.get("pack-col-code"), 0.75),
            Column::new(words.get("pack-col-name"), 2.4),
            Column::new(words.get("pack-col-neighbourhood"), 1.3),
            Column::new(words.get("pack-col-organization"), 1.6),
            Column::new(words.get("pack-col-rut"), 1.2),
            Column::new(words.get("pack-col-signature"), 1.5),
        ],
        TABLE,
    );
    table.min_row_height = ROW_HEIGHT;
    table.grid = true;
    table.continued =
        Some(words.with("pack-continued", &[("title", format!("{} · {title}", words.get("pack-sheet-title")))]));
    for person in people {
        table.rows.push(vec![
            Cell::text(person.number.to_string()),
            Cell::Bold(person.code.clone()),
            Cell::text(&person.full_name),
            Cell::text(person.neighbourhood_name.clone().unwrap_or_default()),
            Cell::text(person.organization_name.clone().unwrap_or_default()),
            Cell::text(""),
            Cell::text(""),
        ]);
    }
    let first_blank = people.len() as u32 + 1;
    for number in first_blank..first_blank + blanks {
        let mut row = vec![Cell::text(number.to_string())];
        row.extend(std::iter::repeat_n(Cell::text(""), 6));
        table.rows.push(row);
    }
    flow.table(&table);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AttendanceRole;
    use crate::domain::records::PersonDraft;
    use crate::store::forums::tests::draft;
    use crate::store::paper_sheet::EARLIER_FORUMS;
    use crate::store::{attendance, people, reference, Store};

    #[test]
    fn the_sheet_lists_the_last_three_forums_of_the_neighbourhood_alphabetically() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let forum = |title: &str, date: &str, barrio| {
            forums::create(conn, &crate::domain::records::ForumDraft { neighbourhood_id: barrio, ..draft(title, date) })
                .expect("forum")
        };
        let person = |name: &str| {
            people::create(
                conn,
                &PersonDraft { full_name: name.into(), neighbourhood_id: pehuen, ..Default::default() },
            )
            .expect("person")
        };
        let oldest = forum("Enero", "10-01-2026", pehuen);
        let earlier: Vec<Uuid> =
            ["10-02-2026", "10-03-2026", "10-04-2026"].iter().map(|d| forum("Sesión", d, pehuen)).collect();
        let elsewhere = forum("Otro barrio", "15-04-2026", None);
        let coming = forum("Próxima", "10-05-2026", pehuen);
        let who = [
            (oldest, "Zoila Antigua"),
            (earlier[0], "Óscar Litre"),
            (earlier[2], "Ana Ñirre"),
            (elsewhere, "Luis Lejos"),
        ];
        for (at, name) in who {
            attendance::register(conn, at, person(name), AttendanceRole::Neighbour).expect("register");
        }
        attendance::register(conn, earlier[1], person("Ñusta Boldo"), AttendanceRole::Neighbour).expect("register");
        let names: Vec<String> = attendance::regular_attendees(conn, coming, EARLIER_FORUMS)
            .expect("q")
            .into_iter()
            .map(|p| p.full_name)
            .collect();
        assert_eq!(names, ["Ana Ñirre", "Ñusta Boldo", "Óscar Litre"], "ñ after n, accents ignored");
        assert!(attendance::regular_attendees(conn, elsewhere, 3).expect("q").is_empty(), "no neighbourhood: none");

        let pdf = sheet(conn, coming, Language::EsCl, Paper::Letter).expect("sheet");
        assert!(pdf.starts_with(b"%PDF"));
        assert!(matches!(sheet(conn, Uuid::new_v4(), Language::EsCl, Paper::A4), Err(PackError::Store(_))));
    }

    /// A title of 8,000 characters (from a sync file of an older app, or a
    /// database edited by hand) once made pages for ever: the "continued"
    /// line over each page's table did not fit on a page.
    #[test]
    fn a_title_longer_than_a_page_makes_a_sheet_of_a_few_pages() {
        let title = "Cabildo abierto ".repeat(500);
        let words = Words::new(Language::EsCl);
        let mut flow = Flow::new(Fonts::get().expect("fonts"), Frame::for_paper(Paper::A4));
        sheet_page(&mut flow, &words, &title, &["10-05-2026 18:30".to_string()], &[], 0);
        assert!((1..=2).contains(&flow.page_count()), "{} pages", flow.page_count());

        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let id = forums::create(conn, &draft("Foro", "10-05-2026")).expect("forum");
        conn.execute("UPDATE forum SET title = ?1 WHERE id = ?2", rusqlite::params![title, id.to_string()])
            .expect("a long title, as an older file brought it");
        let pdf = sheet(conn, id, Language::EsCl, Paper::A4).expect("sheet");
        assert!(pdf.starts_with(b"%PDF") && pdf.len() < 2_000_000, "{} bytes", pdf.len());
    }

    #[test]
    fn the_sheet_is_a_pdf() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let coming = forums::create(conn, &draft("Próxima", "10-05-2026")).expect("forum");
        let pdf = sheet(conn, coming, Language::EsCl, Paper::Letter).expect("sheet");
        assert!(pdf.starts_with(b"%PDF"));
        assert!(matches!(sheet(conn, Uuid::new_v4(), Language::EsCl, Paper::A4), Err(PackError::Store(_))));
    }
}
