//! The quarterly meeting pack: a printable PDF that accounts for a period
//! (forums, people reached, commitments, what neighbours said and the
//! answers given), and printable sign-in sheets. Two steps: `gather` reads
//! the database into a plain `PackData`, `render` sets it on paper.
//! Plain Rust: callers write the bytes wherever the person chose, through
//! `output_file`.

mod breach_report;
mod chart;
mod documents;
mod draft;
mod fonts;
mod form;
pub mod gather;
pub mod history;
mod layout;
mod letter;
mod pdf;
mod person;
mod render;
mod sign_in;
mod styles;
mod table;
mod words;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::Invalid;
use crate::error::{ErrorCode, UserError};
use crate::i18n::{Catalogue, Language};
use crate::output_file::{self, Protected};
use crate::store::StoreError;

pub use breach_report::breach_report;
pub use documents::{document, DocumentKind};
pub use draft::PackDraft;
pub use history::{default_period, record, PackRecord};
pub use letter::request_letter;
pub use person::person_data;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "carta" => Some(Paper::Letter),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }
}

/// Which meeting the pack is for and what it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackRequest {
    pub meeting_title: String,
    pub meeting_date: NaiveDate,
    pub place: String,
    pub agenda: Vec<String>,
    pub period_start: NaiveDate,
    /// Inclusive.
    pub period_end: NaiveDate,
    pub language: Language,
    pub paper: Paper,
    /// Phone and e-mail in the attendance lists: only when asked for.
    pub with_contacts: bool,
}

#[derive(Debug, Error)]
pub enum PackError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("the embedded font could not be read")]
    Font,
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl From<crate::output_file::OutputError> for PackError {
    fn from(error: crate::output_file::OutputError) -> Self {
        PackError::Store(error.into())
    }
}

impl UserError for PackError {
    fn code(&self) -> ErrorCode {
        match self {
            PackError::Store(error) => error.code(),
            PackError::Invalid(invalid) => invalid.code(),
            PackError::Font | PackError::Io(_) => ErrorCode::Storage,
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            PackError::Store(error) => error.message_key(),
            PackError::Invalid(invalid) => invalid.message_key,
            PackError::Font => "error-pack-font",
            PackError::Io(_) => "error-pack-write",
        }
    }

    fn details(&self) -> BTreeMap<String, String> {
        match self {
            PackError::Store(error) => error.details(),
            PackError::Invalid(invalid) => invalid.details(),
            PackError::Font | PackError::Io(_) => BTreeMap::new(),
        }
    }

    fn is_internal(&self) -> bool {
        match self {
            PackError::Store(error) => error.is_internal(),
            PackError::Invalid(_) => false,
            PackError::Font | PackError::Io(_) => true,
        }
    }
}

/// Makes the pack: gathers the period from the database and renders it.
/// Record it with [`record`] once the bytes are saved.
/// `today` bounds what counts as having happened (`gather::gather`).
pub fn make(conn: &Connection, request: &PackRequest, today: NaiveDate) -> Result<Vec<u8>, PackError> {
    let data = gather::gather(conn, request, today)?;
    render::render(&data)
}

/// Makes the pack as it stood on `today`, saves it at `path` (never over
/// what `protected` names) and records it: what both the window's
/// *Exportar* and the CLI's `pack` do, so they give the same PDF.
pub fn save(
    conn: &Connection,
    protected: &Protected,
    request: &PackRequest,
    path: &Path,
    today: NaiveDate,
) -> Result<PackRecord, PackError> {
    let bytes = make(conn, request, today)?;
    output_file::write(protected, path, &bytes)?;
    let saved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let id = record(conn, request, &saved)?;
    history::get(conn, id)
}

/// A pack for a meeting on `meeting_date` as it is made unless the person
/// says otherwise: the usual title and agenda in `language`, the place of
/// that day's quarterly meeting (when one is recorded) and the period since
/// the previous pack.
pub fn default_request(
    conn: &Connection,
    meeting_date: NaiveDate,
    language: Language,
) -> Result<PackRequest, PackError> {
    let catalogue = Catalogue::new(language);
    let (period_start, period_end) = default_period(conn, meeting_date)?;
    let meeting = history::quarterly_meeting_on(conn, meeting_date)?;
    let agenda = match meeting.as_ref().map(|m| m.agenda.clone()).filter(|a| !a.is_empty()) {
        Some(agenda) => agenda,
        None => (1..=4).map(|n| catalogue.text(&format!("pack-agenda-default-{n}"), &[])).collect(),
    };
    let meeting_title = match &meeting {
        Some(m) if !m.title.is_empty() => m.title.clone(),
        _ => catalogue.text("pack-default-title", &[]),
    };
    Ok(PackRequest {
        meeting_title,
        meeting_date,
        place: meeting.map(|m| m.place).unwrap_or_default(),
        agenda,
        period_start,
        period_end,
        language,
        paper: Paper::A4,
        with_contacts: false,
    })
}

/// A sign-in sheet for a coming forum, pre-filled with the people who came
/// to its neighbourhood's last three forums, then blank rows.
pub fn sign_in_sheet(
    conn: &Connection,
    forum_id: Uuid,
    language: Language,
    paper: Paper,
) -> Result<Vec<u8>, PackError> {
    sign_in::sheet(conn, forum_id, language, paper)
}

/// Reads a quarter written `2026-Q4` (or `2026-T4`, for trimestre): its
/// first and last day.
pub fn parse_quarter(text: &str) -> Result<(NaiveDate, NaiveDate), Invalid> {
    let invalid = Invalid::new("period", "error-period-format");
    let upper = text.trim().to_ascii_uppercase();
    let (year, quarter) = upper.split_once(['Q', 'T']).ok_or(invalid.clone())?;
    let year: i32 = year.trim_end_matches(['-', ' ']).parse().map_err(|_| invalid.clone())?;
    let quarter: u32 = quarter.parse().map_err(|_| invalid.clone())?;
    if !(1..=4).contains(&quarter) || !(2000..=2100).contains(&year) {
        return Err(invalid);
    }
    let start = NaiveDate::from_ymd_opt(year, quarter * 3 - 2, 1).ok_or(invalid.clone())?;
    let next = if quarter == 4 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, quarter * 3 + 1, 1)
    };
    let end = next.and_then(|d| d.pred_opt()).ok_or(invalid)?;
    debug_assert_eq!(start.year(), end.year());
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn quarters_are_read_in_either_language() {
        assert_eq!(parse_quarter("2026-Q4"), Ok((day(2026, 10, 1), day(2026, 12, 31))));
        assert_eq!(parse_quarter("2024-q1"), Ok((day(2024, 1, 1), day(2024, 3, 31))));
        assert_eq!(parse_quarter("2026-T2"), Ok((day(2026, 4, 1), day(2026, 6, 30))));
        for bad in ["2026", "2026-Q5", "Q4", "2026-Q0", "1999-Q1", "dos mil-Q1"] {
            assert_eq!(parse_quarter(bad).map_err(|e| e.message_key), Err("error-period-format"), "{bad}");
        }
    }

    fn page_count(pdf: &[u8]) -> usize {
        pdf.windows(11).filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's').count()
    }

    #[test]
    fn the_same_data_gives_the_same_pdf() {
        let mut store = crate::store::Store::open_in_memory().expect("store");
        gather::tests::fixture(&mut store);
        let request = gather::tests::q3_request();
        let first = make(store.conn(), &request, gather::tests::made_on()).expect("pack");
        assert!(first.starts_with(b"%PDF-"));
        assert_eq!(
            first,
            make(store.conn(), &request, gather::tests::made_on()).expect("pack"),
            "byte for byte, /ID included"
        );
        // Cover, glance, commitments, feedback, forums, annex, sign-in sheet.
        assert!((6..=8).contains(&page_count(&first)), "{} pages", page_count(&first));
        let letter = make(store.conn(), &PackRequest { paper: Paper::Letter, ..request }, gather::tests::made_on())
            .expect("pack");
        let media_box = b"/MediaBox[0 0 612 792]";
        assert!(letter.windows(media_box.len()).any(|w| w == media_box), "US Letter");
    }

    #[test]
    fn paper_sizes_are_read_by_name() {
        assert_eq!(Paper::parse("Letter"), Some(Paper::Letter));
        assert_eq!(Paper::parse("a4"), Some(Paper::A4));
        assert_eq!(Paper::parse("legal"), None);
    }
}
