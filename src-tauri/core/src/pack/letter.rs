//! The answer letter to a rights request (Ley 21.719), on the pack's paper
//! and styles: the controller's letterhead (from the settings, left out
//! when empty), the requester, the right, when it was received, the
//! decision and, for a refusal, its reasons and the Agencia de Protección de
//! Datos Personales the person may go to.

use chrono::NaiveDate;

use super::fonts::Fonts;
use super::layout::{Flow, Frame, Mark, RULE};
use super::styles::{BODY, SECTION, SMALL, SUBSECTION, TABLE};
use super::table::{Cell, Column, Table};
use super::words::Words;
use super::{pdf, PackError, Paper};
use crate::domain::kinds::{RequestRight, RequestStatus};
use crate::domain::requests::RightsRequest;
use crate::i18n::Language;
use crate::store::requests::Controller;

/// The letter's PDF; dated the day of the decision, or `today` while the
/// request is still open.
pub fn request_letter(
    request: &RightsRequest,
    controller: &Controller,
    language: Language,
    paper: Paper,
    today: NaiveDate,
) -> Result<Vec<u8>, PackError> {
    let fonts = Fonts::get()?;
    let frame = Frame::for_paper(paper);
    let dated = request.decided_on.unwrap_or(today);
    let (title, pages) = pages(fonts, frame, request, controller, &Words::new(language), dated);
    Ok(pdf::write(fonts, frame, &title, dated, pages))
}

fn pages(
    fonts: &Fonts,
    frame: Frame,
    request: &RightsRequest,
    controller: &Controller,
    words: &Words,
    dated: NaiveDate,
) -> (String, Vec<Vec<Mark>>) {
    let mut flow = Flow::new(fonts, frame);
    let right = words.get(&format!("request-right-{}", request.right.as_str()));
    let title = words.with("letter-title", &[("right", request.right.as_str().to_string())]);

    if !controller.name.is_empty() {
        flow.paragraph(&controller.name, SUBSECTION);
    }
    for line in [&controller.unit, &controller.address, &controller.contact] {
        if !line.is_empty() {
            flow.paragraph(line, SMALL);
        }
    }
    if controller != &Controller::default() {
        flow.space(4.0);
        let (left, right_edge, top) = (flow.left(), flow.left() + flow.width(), flow.block(1.0));
        flow.rule(left, top, right_edge, top, 0.5, RULE);
        flow.space(10.0);
    }
    flow.paragraph(&words.with("letter-place-date", &[("date", words.date(dated))]), BODY);
    flow.space(10.0);
    flow.paragraph(
        &words.with("letter-to", &[("name", request.requester_name.clone())]),
        BODY.with_weight(SUBSECTION.weight),
    );
    flow.space(12.0);
    flow.heading(&title, SECTION, 60.0);
    flow.space(4.0);

    let mut facts = vec![
        (words.get("letter-right"), right),
        (words.get("letter-received"), words.date(request.received_on)),
        (words.get("letter-channel"), words.get(&format!("request-channel-{}", request.channel.as_str()))),
    ];
    if let Some(subject) = request.subject_name.as_ref().filter(|s| *s != &request.requester_name) {
        facts.push((words.get("letter-subject"), subject.clone()));
    }
    if let (Some(on), Some(reason)) = (request.extended_on, &request.extension_reason) {
        facts.push((
            words.get("letter-extended"),
            words.with("letter-extended-value", &[("date", words.date(on)), ("reason", reason.clone())]),
        ));
    }
    facts.push((words.get("letter-due"), words.date(request.due_on)));
    let mut table = Table::new(vec![Column::new("", 1.0), Column::new("", 2.4)], TABLE);
    table.show_header = false;
    table.rows = facts.into_iter().map(|(k, v)| vec![Cell::text(k), Cell::text(v)]).collect();
    flow.table(&table);
    flow.space(12.0);

    flow.heading(&words.get("letter-decision"), SUBSECTION, 30.0);
    match (request.status, request.decided_on) {
        (RequestStatus::Answered, Some(on)) => {
            flow.paragraph(&words.with("letter-granted", &[("date", words.date(on))]), BODY);
            if !request.decision.is_empty() {
                flow.space(4.0);
                flow.paragraph(&request.decision, BODY);
            }
        }
        (RequestStatus::Refused, Some(on)) => {
            flow.paragraph(&words.with("letter-refused", &[("date", words.date(on))]), BODY);
            flow.space(4.0);
            flow.paragraph(&request.decision, BODY);
            flow.space(6.0);
            flow.paragraph(&words.get("letter-agencia"), BODY);
        }
        _ => flow.paragraph(&words.with("letter-pending", &[("date", words.date(request.due_on))]), BODY),
    }
    if let (RequestRight::Access | RequestRight::Portability, Some(sent)) = (request.right, request.sent_on) {
        flow.space(4.0);
        flow.paragraph(&words.with("letter-sent", &[("date", words.date(sent))]), BODY);
    }
    flow.space(8.0);
    flow.paragraph(&words.get("letter-free"), SMALL);

    flow.space(48.0);
    let (left, top) = (flow.left(), flow.block(1.0));
    flow.rule(left, top, left + 200.0, top, 0.5, RULE);
    flow.space(4.0);
    let signer = [controller.name.as_str(), controller.unit.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    if !signer.is_empty() {
        flow.paragraph(&signer, SMALL);
    }

    let pages = flow.finish_with_footer(&title, words);
    (title, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::RequestChannel;
    use crate::domain::requests::{due_on, Urgency};
    use crate::pack::layout::tests::{fonts, texts};
    use uuid::Uuid;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn refused() -> RightsRequest {
        RightsRequest {
            id: Uuid::nil(),
            received_on: d(2026, 11, 2),
            requester_id: None,
            requester_name: "Rosa Núñez Peumo".into(),
            subject_id: None,
            subject_name: Some("Rosa Núñez Peumo".into()),
            right: RequestRight::Suppression,
            channel: RequestChannel::Letter,
            notes: String::new(),
            status: RequestStatus::Refused,
            started_on: Some(d(2026, 11, 3)),
            extended_on: None,
            extension_reason: None,
            decided_on: Some(d(2026, 11, 20)),
            decision: "Las listas de asistencia respaldan la rendición de cuentas del plan.".into(),
            sent_on: None,
            due_on: due_on(RequestRight::Suppression, d(2026, 11, 2), false),
            urgency: Urgency::Settled,
        }
    }

    fn all_text(pages: &[Vec<Mark>]) -> String {
        pages.iter().flat_map(|p| texts(p)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_refusal_gives_its_reasons_and_names_the_agencia_under_the_letterhead() {
        let controller = Controller {
            name: "Municipalidad de Maipú".into(),
            unit: "DIDECO".into(),
            contact: "transparencia@maipu.cl".into(),
            address: "Av. Cinco de Abril 0260".into(),
        };
        let words = Words::new(Language::EsCl);
        let (title, pages) =
            pages(fonts(), Frame::for_paper(Paper::A4), &refused(), &controller, &words, d(2026, 11, 20));
        assert_eq!(title, "Respuesta a su solicitud de supresión");
        let text = all_text(&pages);
        for wanted in [
            "Municipalidad de Maipú",
            "DIDECO",
            "Rosa Núñez Peumo",
            "02-11-2026",
            "20-11-2026",
            "respaldan la rendición",
            "Agencia de Protección de Datos Personales",
        ] {
            assert!(text.contains(wanted), "{wanted:?} in {text}");
        }
    }

    #[test]
    fn every_right_and_channel_has_words_and_a_title_of_its_own_in_both_languages() {
        for language in [Language::EsCl, Language::En] {
            let words = Words::new(language);
            let titles: std::collections::BTreeSet<String> = RequestRight::ALL
                .iter()
                .map(|r| words.with("letter-title", &[("right", r.as_str().to_string())]))
                .collect();
            assert_eq!(titles.len(), RequestRight::ALL.len(), "{titles:?}");
            for right in RequestRight::ALL {
                assert!(!words.get(&format!("request-right-{right}")).starts_with("request-"), "{right}");
            }
            for channel in RequestChannel::ALL {
                assert!(!words.get(&format!("request-channel-{channel}")).starts_with("request-"), "{channel}");
            }
        }
    }

    #[test]
    fn without_a_controller_the_letter_still_prints_and_an_answer_names_no_agencia() {
        let mut request = refused();
        request.right = RequestRight::Access;
        request.status = RequestStatus::Answered;
        request.decision = String::new();
        request.sent_on = Some(d(2026, 11, 20));
        let words = Words::new(Language::En);
        let (_, pages) =
            pages(fonts(), Frame::for_paper(Paper::Letter), &request, &Controller::default(), &words, d(2026, 11, 20));
        let text = all_text(&pages);
        assert!(text.contains("Access") && text.contains("granted"), "{text}");
        assert!(text.contains("sent to you on 20-11-2026"), "{text}");
        assert!(!text.contains("Agencia"), "only a refusal sends the person to the Agencia");
        assert!(request_letter(&request, &Controller::default(), Language::En, Paper::A4, d(2026, 12, 3))
            .expect("pdf")
            .starts_with(b"%PDF-"));
    }
}
