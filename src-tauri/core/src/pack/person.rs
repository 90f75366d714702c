//! Everything stored about one person, on paper: the printable twin of the
//! JSON export, for the right of access (Ley 19.628 as amended by Ley
//! 21.719). Same data as `store::rights::export`.

use chrono::NaiveDate;

use super::fonts::Fonts;
use super::layout::{Flow, Frame, Mark};
use super::styles::{BODY, SECTION, SMALL, SUBSECTION, TABLE};
use super::table::{Cell, Column, Table};
use super::words::Words;
use super::{pdf, PackError, Paper};
use crate::domain::records::PersonData;
use crate::domain::rut::display as display_rut;
use crate::i18n::Language;

/// The PDF of `data`, as of `today` (its date is printed and dates the file).
pub fn person_data(
    data: &PersonData,
    language: Language,
    paper: Paper,
    today: NaiveDate,
) -> Result<Vec<u8>, PackError> {
    let fonts = Fonts::get()?;
    let frame = Frame::for_paper(paper);
    let (title, pages) = pages(fonts, frame, data, &Words::new(language), today);
    Ok(pdf::write(fonts, frame, &title, today, pages))
}

fn pages(fonts: &Fonts, frame: Frame, data: &PersonData, words: &Words, today: NaiveDate) -> (String, Vec<Vec<Mark>>) {
    let mut flow = Flow::new(fonts, frame);
    let person = &data.person;
    let title = words.with("person-pdf-title", &[("name", person.full_name.clone())]);

    flow.heading(&title, SECTION, 60.0);
    flow.paragraph(&words.with("person-pdf-intro", &[("date", words.date(today))]), SMALL);
    flow.space(8.0);

    let yes_no = |value: bool| words.get(if value { "csv-yes" } else { "csv-no" });
    let label = |key: &str, value: Option<&str>| (words.get(key), value.unwrap_or("—").to_string());
    let consent = match (&person.consent_on, &person.consent_purpose) {
        (Some(on), purpose) => format!("{} · {}", words.date(*on), purpose.clone().unwrap_or_default()),
        (None, _) => words.get("person-pdf-no-consent"),
    };
    let facts = [
        label("csv-col-name", Some(&person.full_name)),
        label("csv-col-rut", person.rut.as_deref().map(display_rut).as_deref()),
        label("csv-col-neighbourhood", person.neighbourhood_name.as_deref()),
        label("csv-col-organization", person.organization_name.as_deref()),
        label("csv-col-age-band", person.age_band.map(|b| words.get(&format!("age-band-{}", b.as_str()))).as_deref()),
        label("csv-col-gender", person.gender.map(|g| words.get(&format!("gender-{}", g.as_str()))).as_deref()),
        (words.get("csv-col-driving-group"), yes_no(person.is_driving_group)),
        label("csv-col-phone", person.phone.as_deref()),
        label("csv-col-email", person.email.as_deref()),
        (words.get("csv-col-consent"), consent),
        (words.get("person-pdf-recorded"), words.date(data.recorded_on.date_naive())),
        (words.get("person-pdf-changed"), words.date(data.last_changed.date_naive())),
    ];
    let mut table = Table::new(vec![Column::new("", 1.0), Column::new("", 2.4)], TABLE);
    table.show_header = false;
    table.rows = facts.into_iter().map(|(k, v)| vec![Cell::text(k), Cell::text(v)]).collect();
    flow.table(&table);

    flow.space(10.0);
    flow.heading(&words.get("person-pdf-participation"), SUBSECTION, 40.0);
    if data.participation.is_empty() {
        flow.paragraph(&words.get("person-pdf-none"), BODY);
    } else {
        let mut table = Table::new(
            vec![
                Column::new(words.get("pack-col-date"), 1.0),
                Column::new(words.get("csv-col-forum"), 2.6),
                Column::new(words.get("pack-cover-place"), 1.8),
                Column::new(words.get("csv-col-role"), 1.3),
            ],
            TABLE,
        );
        table.rows = data
            .participation
            .iter()
            .map(|p| {
                vec![
                    Cell::text(words.date(p.starts_at.date())),
                    Cell::text(&p.forum_title),
                    Cell::text(&p.place),
                    Cell::text(words.get(&format!("role-{}", p.role.as_str()))),
                ]
            })
            .collect();
        flow.table(&table);
    }

    flow.space(10.0);
    flow.heading(&words.get("person-pdf-said"), SUBSECTION, 40.0);
    if data.said.is_empty() {
        flow.paragraph(&words.get("person-pdf-none"), BODY);
    } else {
        let mut table = Table::new(
            vec![
                Column::new(words.get("pack-col-date"), 1.0),
                Column::new(words.get("csv-col-said"), 3.0),
                Column::new(words.get("csv-col-status"), 1.0),
                Column::new(words.get("csv-col-answer"), 2.6),
            ],
            TABLE,
        );
        table.rows = data
            .said
            .iter()
            .map(|s| {
                vec![
                    Cell::text(words.date(s.received_on)),
                    Cell::text(&s.text),
                    Cell::text(words.get(&format!("feedback-status-{}", s.status.as_str()))),
                    Cell::text(s.answer.clone().unwrap_or_default()),
                ]
            })
            .collect();
        flow.table(&table);
    }

    if !data.facilitated.is_empty() {
        flow.space(10.0);
        flow.heading(&words.get("person-pdf-facilitated"), SUBSECTION, 30.0);
        for forum in &data.facilitated {
            flow.indented(&format!("• {forum}"), BODY, 8.0);
        }
    }
    flow.space(12.0);
    flow.paragraph(&words.get("person-pdf-rights"), SMALL);

    let pages = flow.finish_with_footer(&title, words);
    (title, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::layout::tests::{fonts, texts};
    use crate::store::{people, rights, Store};

    #[test]
    fn the_paper_copy_holds_what_the_json_export_holds() {
        let mut store = Store::open_in_memory().expect("store");
        crate::demo::load(store.conn_mut(), NaiveDate::from_ymd_opt(2026, 11, 30).expect("day")).expect("demo");
        let rosa = people::search(store.conn(), "Rosa Núñez Peumo", 1).expect("search")[0].id;
        let data = rights::export(store.conn(), rosa).expect("export");
        assert!(!data.participation.is_empty(), "the demo's Rosa came to forums");
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).expect("day");
        let (title, pages) = pages(fonts(), Frame::for_paper(Paper::A4), &data, &Words::new(Language::EsCl), today);
        assert_eq!(title, "Datos personales de Rosa Núñez Peumo");
        let all: Vec<&str> = pages.iter().flat_map(|p| texts(p)).collect();
        for wanted in
            ["Rosa Núñez Peumo", "Pehuén", "Junta de Vecinos Pehuén", "Persona mayor (60 o más)", "02-12-2026"]
        {
            assert!(all.iter().any(|t| t.contains(wanted)), "{wanted:?} is printed");
        }
        let first = &data.participation[0];
        assert!(all.iter().any(|t| t.contains(first.forum_title.as_str())), "each forum attended");
        let pdf = person_data(&data, Language::En, Paper::Letter, today).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
