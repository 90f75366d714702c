//! The printed documents of Ley 21.719 that do not come from the records:
//! the privacy notice of art. 14 ter (from the controller settings), to
//! post at the sign-in desk; the guardian's consent form for the children's
//! roundtable (art. 16 quáter); and the one-page consent form for keeping a
//! phone or e-mail.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::fonts::{Fonts, Weight};
use super::layout::{Flow, Frame, Mark};
use super::styles::{BODY, SECTION, SMALL, SUBSECTION};
use super::words::Words;
use super::{pdf, PackError, Paper};
use crate::i18n::Language;
use crate::store::controller::Controller;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    PrivacyNotice,
    GuardianConsent,
    ContactConsent,
}

impl DocumentKind {
    pub const ALL: &'static [DocumentKind] =
        &[DocumentKind::PrivacyNotice, DocumentKind::GuardianConsent, DocumentKind::ContactConsent];

    /// Its name on the command line and in file names.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::PrivacyNotice => "privacy-notice",
            DocumentKind::GuardianConsent => "guardian-consent",
            DocumentKind::ContactConsent => "contact-consent",
        }
    }
}

/// The PDF of `kind`, dated `today`. The privacy notice is refused until
/// the controller says who, where, why and for how long (`Invalid`).
pub fn document(
    kind: DocumentKind,
    controller: &Controller,
    language: Language,
    paper: Paper,
    today: NaiveDate,
) -> Result<Vec<u8>, PackError> {
    if kind == DocumentKind::PrivacyNotice {
        controller.ready_for_notice()?;
    }
    let fonts = Fonts::get()?;
    let frame = Frame::for_paper(paper);
    let (title, pages) = pages(fonts, frame, kind, controller, &Words::new(language), today);
    Ok(pdf::write(fonts, frame, &title, today, pages))
}

pub(super) fn pages(
    fonts: &Fonts,
    frame: Frame,
    kind: DocumentKind,
    controller: &Controller,
    words: &Words,
    today: NaiveDate,
) -> (String, Vec<Vec<Mark>>) {
    let mut flow = Flow::new(fonts, frame);
    let title = match kind {
        DocumentKind::PrivacyNotice => privacy_notice(&mut flow, controller, words, today),
        DocumentKind::GuardianConsent => guardian_consent(&mut flow, controller, words),
        DocumentKind::ContactConsent => contact_consent(&mut flow, controller, words),
    };
    let pages = flow.finish_with_footer(&title, words);
    (title, pages)
}

fn head(flow: &mut Flow, words: &Words, title_key: &str, subtitle_key: &str) -> String {
    let title = words.get(title_key);
    flow.heading(&title, SECTION, 40.0);
    flow.paragraph(&words.get(subtitle_key), SMALL);
    flow.space(8.0);
    title
}

fn section(flow: &mut Flow, words: &Words, key: &str) {
    flow.space(6.0);
    flow.heading(&words.get(key), SUBSECTION, 30.0);
}

/// "Ilustre Municipalidad de Maipú · DIDECO", or empty when not recorded.
fn controller_name(controller: &Controller) -> String {
    [controller.name.as_str(), controller.unit.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Where to withdraw consent or ask: the recorded contact, or the group.
fn contact(controller: &Controller, words: &Words) -> String {
    if controller.contact.is_empty() {
        words.get("doc-contact-fallback")
    } else {
        controller.contact.clone()
    }
}

/// "Responsable de los datos: …" under a form's title, when recorded.
fn controller_line(flow: &mut Flow, controller: &Controller, words: &Words) {
    let name = controller_name(controller);
    if !name.is_empty() {
        flow.paragraph(&words.with("doc-controller-line", &[("controller", name)]), BODY);
        flow.space(4.0);
    }
}

fn privacy_notice(flow: &mut Flow, controller: &Controller, words: &Words, today: NaiveDate) -> String {
    let title = head(flow, words, "doc-notice-title", "doc-notice-subtitle");
    let bold = BODY.with_weight(Weight::Bold);

    section(flow, words, "doc-notice-who");
    let facts = [
        ("doc-label-controller", controller.name.as_str()),
        ("doc-label-unit", controller.unit.as_str()),
        ("doc-label-address", controller.address.as_str()),
        ("doc-label-contact", controller.contact.as_str()),
    ];
    for (key, value) in facts.into_iter().filter(|(_, v)| !v.is_empty()) {
        flow.paragraph(&format!("{}: {value}", words.get(key)), BODY);
    }

    section(flow, words, "doc-notice-what");
    let what: Vec<String> = (1..=7).map(|n| words.get(&format!("doc-notice-what-{n}"))).collect();
    flow.bullets(&what, BODY);
    flow.space(3.0);
    flow.paragraph(&words.get("doc-notice-children"), BODY);
    flow.paragraph(&words.get("doc-notice-where"), BODY);

    section(flow, words, "doc-notice-why");
    flow.bullets(&controller.purposes, BODY);

    section(flow, words, "doc-notice-how-long");
    flow.paragraph(&controller.retention, BODY);

    section(flow, words, "doc-notice-rights");
    flow.paragraph(&words.get("doc-notice-rights-text"), BODY);
    flow.space(3.0);
    flow.paragraph(&words.with("doc-notice-how", &[("contact", controller.contact.clone())]), bold);
    flow.space(3.0);
    flow.paragraph(&words.get("doc-notice-agency"), BODY);
    flow.space(10.0);
    flow.paragraph(&words.with("doc-updated", &[("date", words.date(today))]), SMALL);
    title
}

fn guardian_consent(flow: &mut Flow, controller: &Controller, words: &Words) -> String {
    let title = head(flow, words, "doc-guardian-title", "doc-guardian-subtitle");
    controller_line(flow, controller, words);
    flow.paragraph(&words.get("doc-guardian-intro"), BODY);

    section(flow, words, "doc-section-child");
    flow.field(&words.get("doc-field-name"));
    flow.field_pair(&words.get("doc-field-age"), &words.get("doc-field-barrio"));

    section(flow, words, "doc-section-guardian");
    flow.field(&words.get("doc-field-name"));
    flow.field_pair(&words.get("doc-field-rut"), &words.get("doc-field-relationship"));

    section(flow, words, "doc-section-purposes");
    let purposes = if controller.purposes.is_empty() {
        vec![words.get("doc-guardian-default-purpose")]
    } else {
        controller.purposes.clone()
    };
    flow.bullets(&purposes, BODY);

    section(flow, words, "doc-section-recorded");
    flow.paragraph(&words.get("doc-guardian-recorded"), BODY);
    flow.space(4.0);
    flow.checkbox(&words.get("doc-guardian-gender"), BODY);

    section(flow, words, "doc-section-withdrawal");
    flow.paragraph(&words.with("doc-guardian-withdrawal", &[("contact", contact(controller, words))]), BODY);

    flow.space(8.0);
    flow.checkbox(&words.get("doc-guardian-agree"), BODY.with_weight(Weight::Bold));
    flow.space(6.0);
    flow.signatures(&[words.get("doc-signature-guardian"), words.get("doc-signature-date")]);
    flow.signatures(&[words.get("doc-signature-received"), words.get("doc-signature-date")]);
    title
}

fn contact_consent(flow: &mut Flow, controller: &Controller, words: &Words) -> String {
    let title = head(flow, words, "doc-contact-title", "doc-contact-subtitle");
    controller_line(flow, controller, words);
    flow.paragraph(&words.get("doc-contact-intro"), BODY);
    flow.space(4.0);
    flow.field(&words.get("doc-field-name"));
    flow.field(&words.get("doc-field-phone"));
    flow.field(&words.get("doc-field-email"));

    section(flow, words, "doc-section-contact-purposes");
    flow.checkbox(&words.get("doc-contact-purpose-1"), BODY);
    flow.checkbox(&words.get("doc-contact-purpose-2"), BODY);
    flow.checkbox(&words.get("doc-contact-purpose-other"), BODY);
    flow.field("");

    section(flow, words, "doc-section-withdrawal");
    flow.paragraph(&words.with("doc-contact-withdrawal", &[("contact", contact(controller, words))]), BODY);
    flow.space(3.0);
    flow.paragraph(&words.get("doc-contact-rights"), SMALL);

    flow.space(10.0);
    flow.signatures(&[words.get("doc-signature-person"), words.get("doc-signature-date")]);
    title
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::layout::tests::{fonts, texts};
    use crate::store::controller::tests::maipu;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).expect("day")
    }

    fn printed(kind: DocumentKind, controller: &Controller, language: Language, paper: Paper) -> (usize, String) {
        let (_, pages) = pages(fonts(), Frame::for_paper(paper), kind, controller, &Words::new(language), day());
        let all: Vec<&str> = pages.iter().flat_map(|p| texts(p)).collect();
        (pages.len(), all.join(" "))
    }

    #[test]
    fn the_notice_says_who_what_why_how_long_and_how_to_ask() {
        let controller = maipu().checked().expect("valid");
        let (_, text) = printed(DocumentKind::PrivacyNotice, &controller, Language::EsCl, Paper::A4);
        for wanted in [
            "Ilustre Municipalidad de Maipú",
            "DIDECO",
            "datos@ejemplo.cl",
            "Registrar la participación en los foros",
            "Los contactos se borran tras 24 meses",
            "consentimiento expreso",
            "Agencia de Protección de Datos Personales",
            "03-12-2026",
        ] {
            assert!(text.contains(wanted), "{wanted:?} in {text}");
        }
        let (_, english) = printed(DocumentKind::PrivacyNotice, &controller, Language::En, Paper::Letter);
        assert!(english.contains("Privacy notice") && english.contains("Ilustre Municipalidad de Maipú"), "{english}");
    }

    #[test]
    fn no_notice_without_a_controller_the_forms_print_anyway() {
        let refused = document(DocumentKind::PrivacyNotice, &Controller::default(), Language::EsCl, Paper::A4, day());
        assert!(matches!(refused, Err(PackError::Invalid(i)) if i.message_key == "error-controller-incomplete"));
        for kind in [DocumentKind::GuardianConsent, DocumentKind::ContactConsent] {
            let pdf = document(kind, &Controller::default(), Language::EsCl, Paper::A4, day()).expect("form");
            assert!(pdf.starts_with(b"%PDF-"));
        }
    }

    #[test]
    fn each_consent_form_fits_on_one_page_in_both_languages_and_papers() {
        let controller = maipu().checked().expect("valid");
        for language in [Language::EsCl, Language::En] {
            for paper in [Paper::A4, Paper::Letter] {
                for kind in [DocumentKind::GuardianConsent, DocumentKind::ContactConsent] {
                    let (count, _) = printed(kind, &controller, language, paper);
                    assert_eq!(count, 1, "{kind:?} {language:?} {paper:?}");
                }
            }
        }
        let (_, guardian) = printed(DocumentKind::GuardianConsent, &Controller::default(), Language::EsCl, Paper::A4);
        assert!(guardian.contains("Registrar su participación en la mesa"), "a default purpose when none is recorded");
        assert!(!guardian.contains("Responsable de los datos:"), "no empty controller line");
    }
}
