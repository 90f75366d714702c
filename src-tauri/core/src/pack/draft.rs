//! The pack as the person fills it in on screen: dates typed as Chileans
//! write them, the agenda one item a line. The core checks it and turns it
//! into a `PackRequest`, or says which field to fix.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{PackRequest, Paper};
use crate::domain::dates::{display_date, parse_date};
use crate::domain::text::{optional_line, required_line, LINE_MAX};
use crate::domain::Invalid;
use crate::i18n::Language;

/// More items than fit on the cover is not an agenda.
const AGENDA_MAX_ITEMS: usize = 15;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackDraft {
    pub meeting_title: String,
    /// `24-11-2026`.
    pub meeting_date: String,
    pub place: String,
    /// One item a line.
    pub agenda: String,
    pub period_start: String,
    pub period_end: String,
    pub language: Language,
    pub paper: Paper,
    pub with_contacts: bool,
}

impl PackDraft {
    pub fn from_request(request: &PackRequest) -> Self {
        Self {
            meeting_title: request.meeting_title.clone(),
            meeting_date: display_date(request.meeting_date),
            place: request.place.clone(),
            agenda: request.agenda.join("\n"),
            period_start: display_date(request.period_start),
            period_end: display_date(request.period_end),
            language: request.language,
            paper: request.paper,
            with_contacts: request.with_contacts,
        }
    }

    pub fn validate(&self) -> Result<PackRequest, Invalid> {
        let period_start = parse_date(&self.period_start, "periodStart")?;
        let period_end = parse_date(&self.period_end, "periodEnd")?;
        if period_end < period_start {
            return Err(Invalid::new("periodEnd", "error-end-before-start"));
        }
        let agenda = self
            .agenda
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| required_line(line, "agenda", LINE_MAX))
            .collect::<Result<Vec<_>, _>>()?;
        if agenda.len() > AGENDA_MAX_ITEMS {
            return Err(Invalid::new("agenda", "error-agenda-too-long"));
        }
        Ok(PackRequest {
            meeting_title: required_line(&self.meeting_title, "meetingTitle", LINE_MAX)?,
            meeting_date: parse_date(&self.meeting_date, "meetingDate")?,
            place: optional_line(&self.place, "place", LINE_MAX)?,
            agenda,
            period_start,
            period_end,
            language: self.language,
            paper: self.paper,
            with_contacts: self.with_contacts,
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn draft() -> PackDraft {
        PackDraft {
            meeting_title: "Reunión trimestral".into(),
            meeting_date: "24-11-2026".into(),
            place: "Plaza de Maipú".into(),
            agenda: "Bienvenida\n\n  Avance de los compromisos  \n".into(),
            period_start: "01-08-2026".into(),
            period_end: "23-11-2026".into(),
            language: Language::EsCl,
            paper: Paper::A4,
            with_contacts: false,
        }
    }

    #[test]
    fn a_filled_in_draft_becomes_a_request_and_back() {
        let request = draft().validate().expect("valid");
        assert_eq!(request.meeting_date, NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"));
        assert_eq!(request.agenda, vec!["Bienvenida", "Avance de los compromisos"], "blank lines dropped, trimmed");
        let back = PackDraft::from_request(&request);
        assert_eq!((back.meeting_date.as_str(), back.period_end.as_str()), ("24-11-2026", "23-11-2026"));
        assert_eq!(back.validate(), Ok(request));
    }

    #[test]
    fn each_mistake_names_its_field() {
        type Spoil = fn(&mut PackDraft);
        let cases: [(Spoil, &str, &str); 5] = [
            (|d| d.meeting_title = "  ".into(), "meetingTitle", "error-required"),
            (|d| d.meeting_date = "31-02-2026".into(), "meetingDate", "error-date-format"),
            (|d| d.period_end = "01-07-2026".into(), "periodEnd", "error-end-before-start"),
            (|d| d.agenda = "x\n".repeat(AGENDA_MAX_ITEMS + 1), "agenda", "error-agenda-too-long"),
            (|d| d.place = "a".repeat(LINE_MAX + 1), "place", "error-too-long"),
        ];
        for (spoil, field, key) in cases {
            let mut d = draft();
            spoil(&mut d);
            let error = d.validate().expect_err(field);
            assert_eq!((error.field, error.message_key), (field, key));
        }
    }
}
