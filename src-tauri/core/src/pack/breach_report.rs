//! A recorded breach on paper, for the Agencia de Protección de Datos
//! Personales (Ley 21.719, art. 14 sexies): the facts, what was done, who
//! was told and when, and who still must be.

use chrono::NaiveDate;

use super::fonts::{Fonts, Weight};
use super::layout::{Flow, Frame, Mark};
use super::styles::{BODY, SECTION, SMALL, TABLE};
use super::table::{Cell, Column, Table};
use super::words::Words;
use super::{pdf, PackError, Paper};
use crate::domain::breach::Breach;
use crate::i18n::Language;
use crate::store::controller::Controller;

/// The report of `breach`, printed on `today`.
pub fn breach_report(
    breach: &Breach,
    controller: &Controller,
    language: Language,
    paper: Paper,
    today: NaiveDate,
) -> Result<Vec<u8>, PackError> {
    let fonts = Fonts::get()?;
    let frame = Frame::for_paper(paper);
    let (title, pages) = pages(fonts, frame, breach, controller, &Words::new(language));
    Ok(pdf::write(fonts, frame, &title, today, pages))
}

/// "El 03-12-2026", "Pendiente: la ley lo exige" or "No exigido".
fn notice(words: &Words, on: Option<NaiveDate>, required: bool) -> String {
    match (on, required) {
        (Some(day), _) => words.with("breach-notified-on", &[("date", words.date(day))]),
        (None, true) => words.get("breach-notice-pending"),
        (None, false) => words.get("breach-notice-not-required"),
    }
}

pub(super) fn pages(
    fonts: &Fonts,
    frame: Frame,
    breach: &Breach,
    controller: &Controller,
    words: &Words,
) -> (String, Vec<Vec<Mark>>) {
    let mut flow = Flow::new(fonts, frame);
    let title = words.get("breach-report-title");
    flow.heading(&title, SECTION, 40.0);
    flow.paragraph(&words.get("breach-report-subtitle"), SMALL);
    flow.space(8.0);

    let yes_no = |value: bool| words.get(if value { "csv-yes" } else { "csv-no" });
    let controller_text = [&controller.name, &controller.unit, &controller.address, &controller.contact]
        .into_iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ");
    let count = match breach.people_affected {
        Some(n) => words.number(n.into()),
        None => words.get("breach-count-unknown"),
    };
    let facts = [
        ("breach-report-controller", if controller_text.is_empty() { "—".to_string() } else { controller_text }),
        ("breach-label-found-on", words.date(breach.found_on)),
        ("breach-label-what", breach.what_happened.clone()),
        ("breach-label-whose", breach.whose_data.clone()),
        ("breach-label-count", count),
        ("breach-label-kinds", breach.data_kinds.clone()),
        ("breach-label-children", yes_no(breach.children_data)),
        ("breach-label-sensitive", yes_no(breach.sensitive_data)),
        ("breach-label-risk", yes_no(breach.put_at_risk)),
        ("breach-label-actions", breach.actions_taken.clone()),
        ("breach-label-agency", notice(words, breach.agency_notified_on, breach.agency_notice_required)),
        ("breach-label-people", notice(words, breach.people_notified_on, breach.people_notice_required)),
        (
            "breach-label-how",
            if breach.notified_how.is_empty() { "—".to_string() } else { breach.notified_how.clone() },
        ),
    ];
    let mut table = Table::new(vec![Column::new("", 1.3), Column::new("", 2.6)], TABLE);
    table.show_header = false;
    table.rows = facts.into_iter().map(|(k, v)| vec![Cell::Bold(words.get(k)), Cell::text(v)]).collect();
    flow.table(&table);

    flow.space(10.0);
    let duties = match (breach.agency_notice_required, breach.people_notice_required) {
        (_, true) => vec!["breach-duty-agency", "breach-duty-people"],
        (true, false) => vec!["breach-duty-agency"],
        (false, _) => vec!["breach-duty-none"],
    };
    for key in duties {
        flow.paragraph(&words.get(key), BODY.with_weight(Weight::Bold));
        flow.space(3.0);
    }
    flow.space(6.0);
    flow.paragraph(
        &words.with("breach-report-recorded", &[("date", words.date(breach.recorded_at.date_naive()))]),
        SMALL,
    );
    flow.space(16.0);
    flow.signatures(&[words.get("breach-signature"), words.get("doc-signature-date")]);

    let pages = flow.finish_with_footer(&title, words);
    (title, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::breach::tests::{lost_sheet, today};
    use crate::pack::layout::tests::{fonts, texts};
    use crate::store::{breaches, controller::tests::maipu, Store};

    #[test]
    fn the_report_holds_the_facts_and_says_who_still_must_be_told() {
        let store = Store::open_in_memory().expect("store");
        let breach = breaches::create(store.conn(), &lost_sheet(), today()).expect("breach");
        let controller = maipu().checked().expect("valid");
        let printed = |language| {
            let (_, pages) = pages(fonts(), Frame::for_paper(Paper::A4), &breach, &controller, &Words::new(language));
            pages.iter().flat_map(|p| texts(p)).collect::<Vec<_>>().join(" ")
        };
        let text = printed(Language::EsCl);
        for wanted in
            ["Ilustre Municipalidad de Maipú", "02-12-2026", "niñas, niños", "14", "Pendiente", "cada persona afectada"]
        {
            assert!(text.contains(wanted), "{wanted:?} in {text}");
        }
        let english = printed(Language::En);
        assert!(english.contains("Pending") && english.contains("each person affected"), "{english}");
        let pdf = breach_report(&breach, &controller, Language::En, Paper::Letter, today()).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
