//! Lists written as Excel (es-CL) and LibreOffice open them with a double
//! click: `;` between cells, UTF-8 with a BOM (without it Excel reads
//! Windows-1252 and garbles "Núñez"), CRLF, dates as 24-11-2026, RUTs as
//! 12.345.678-5, headers in the chosen language. A cell that a spreadsheet
//! would run as a formula is defused.

use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::{params, Connection};
use uuid::Uuid;

use super::Result;
use crate::domain::dates::display_date;
use crate::domain::rut;
use crate::i18n::{Catalogue, Language};
use crate::store::lawful::{GENDER_SHOWN, SHOWN_BY_NAME};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Which attendance to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceSelection {
    Forum(Uuid),
    /// Every forum whose day lies in the range, both ends included.
    Period {
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// Everyone who may be named (not blocked, no child without a guardian's
/// consent: `lawful::SHOWN_BY_NAME`), alphabetically; a gender only with its
/// consent. Phone, e-mail and consent only when
/// `with_contacts` (the person exporting asked for them explicitly).
pub fn people(conn: &Connection, language: Language, with_contacts: bool) -> Result<Vec<u8>> {
    let mut sheet = Sheet::new(language);
    let mut headers = vec![
        "csv-col-name",
        "csv-col-rut",
        "csv-col-neighbourhood",
        "csv-col-organization",
        "csv-col-age-band",
        "csv-col-gender",
        "csv-col-driving-group",
        "csv-col-forums",
        "csv-col-last-seen",
    ];
    if with_contacts {
        headers.extend(["csv-col-phone", "csv-col-email", "csv-col-consent", "csv-col-purpose"]);
    }
    sheet.header(&headers)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT p.full_name, p.rut, n.name, o.name, p.age_band, {GENDER_SHOWN}, p.is_driving_group,
                (SELECT count(*) FROM attendance a JOIN forum f ON f.id = a.forum_id AND f.deleted_at IS NULL
                 WHERE a.person_id = p.id AND a.deleted_at IS NULL),
                (SELECT max(substr(f.starts_at, 1, 10)) FROM attendance a JOIN forum f ON f.id = a.forum_id
                 WHERE a.person_id = p.id AND a.deleted_at IS NULL AND f.deleted_at IS NULL),
                p.phone, p.email, p.consent_at, p.consent_purpose
         FROM person p
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         WHERE {SHOWN_BY_NAME}
         ORDER BY p.full_name COLLATE NOCASE, p.id",
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let member: bool = row.get(6)?;
        let forums: i64 = row.get(7)?;
        let mut cells = vec![
            row.get::<_, String>(0)?,
            rut_cell(row.get(1)?),
            row.get::<_, Option<String>>(2)?.unwrap_or_default(),
            row.get::<_, Option<String>>(3)?.unwrap_or_default(),
            sheet.label("age-band", row.get(4)?),
            sheet.label("gender", row.get(5)?),
            sheet.text(if member { "csv-yes" } else { "csv-no" }),
            forums.to_string(),
            date_cell(row.get(8)?),
        ];
        if with_contacts {
            cells.extend([
                row.get::<_, Option<String>>(9)?.unwrap_or_default(),
                row.get::<_, Option<String>>(10)?.unwrap_or_default(),
                date_cell(row.get(11)?),
                row.get::<_, Option<String>>(12)?.unwrap_or_default(),
            ]);
        }
        sheet.row(&cells)?;
    }
    sheet.finish()
}

/// Who signed in at one forum, or at every forum of a period: one line per
/// sign-in, by forum date and then by name.
pub fn attendance(conn: &Connection, language: Language, selection: AttendanceSelection) -> Result<Vec<u8>> {
    let mut sheet = Sheet::new(language);
    sheet.header(&[
        "csv-col-date",
        "csv-col-forum",
        "csv-col-forum-kind",
        "csv-col-name",
        "csv-col-rut",
        "csv-col-neighbourhood",
        "csv-col-organization",
        "csv-col-age-band",
        "csv-col-gender",
        "csv-col-role",
        "csv-col-arrived",
    ])?;
    let (forum, from, to) = match selection {
        AttendanceSelection::Forum(id) => (Some(id.to_string()), String::new(), String::new()),
        AttendanceSelection::Period { from, to } => (None, from.to_string(), to.to_string()),
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT substr(f.starts_at, 1, 10), f.title, f.kind, p.full_name, p.rut, n.name, o.name, p.age_band,
                {GENDER_SHOWN}, a.role, a.arrived_at
         FROM attendance a
         JOIN forum f ON f.id = a.forum_id AND f.deleted_at IS NULL
         JOIN person p ON p.id = a.person_id AND {SHOWN_BY_NAME}
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         WHERE a.deleted_at IS NULL
           AND (CASE WHEN ?1 IS NULL THEN substr(f.starts_at, 1, 10) BETWEEN ?2 AND ?3 ELSE f.id = ?1 END)
         ORDER BY f.starts_at, f.title, f.id, p.full_name COLLATE NOCASE, p.id",
    ))?;
    let mut rows = stmt.query(params![forum, from, to])?;
    while let Some(row) = rows.next()? {
        let cells = [
            date_cell(row.get(0)?),
            row.get(1)?,
            sheet.label("forum-kind", row.get(2)?),
            row.get(3)?,
            rut_cell(row.get(4)?),
            row.get::<_, Option<String>>(5)?.unwrap_or_default(),
            row.get::<_, Option<String>>(6)?.unwrap_or_default(),
            sheet.label("age-band", row.get(7)?),
            sheet.label("gender", row.get(8)?),
            sheet.label("role", row.get(9)?),
            time_cell(&row.get::<_, String>(10)?),
        ];
        sheet.row(&cells)?;
    }
    sheet.finish()
}

/// What neighbours said and what was answered, oldest first. Who said it is
/// left out: the list travels to directorates.
pub fn feedback(conn: &Connection, language: Language) -> Result<Vec<u8>> {
    let mut sheet = Sheet::new(language);
    sheet.header(&[
        "csv-col-received",
        "csv-col-forum",
        "csv-col-neighbourhood",
        "csv-col-commitment",
        "csv-col-milestone",
        "csv-col-feedback-kind",
        "csv-col-priority",
        "csv-col-status",
        "csv-col-forwarded-to",
        "csv-col-said",
        "csv-col-answer",
        "csv-col-answered",
    ])?;
    let mut stmt = conn.prepare(
        "SELECT fb.received_on, f.title, n.name, c.number, m.title, fb.kind, fb.priority, fb.status,
                fb.forwarded_to, fb.text, fb.answer, fb.answered_on
         FROM feedback fb
         LEFT JOIN forum f ON f.id = fb.forum_id AND f.deleted_at IS NULL
         LEFT JOIN neighbourhood n ON n.id = fb.neighbourhood_id
         LEFT JOIN commitment c ON c.id = fb.commitment_id
         LEFT JOIN milestone m ON m.id = fb.milestone_id AND m.deleted_at IS NULL
         WHERE fb.deleted_at IS NULL
         ORDER BY fb.received_on, fb.created_at, fb.id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let cells = [
            date_cell(row.get(0)?),
            row.get::<_, Option<String>>(1)?.unwrap_or_default(),
            row.get::<_, Option<String>>(2)?.unwrap_or_default(),
            row.get::<_, Option<i64>>(3)?.map(|n| n.to_string()).unwrap_or_default(),
            row.get::<_, Option<String>>(4)?.unwrap_or_default(),
            sheet.label("csv-feedback-kind", row.get(5)?),
            sheet.label("csv-priority", row.get(6)?),
            sheet.label("csv-status", row.get(7)?),
            row.get::<_, Option<String>>(8)?.unwrap_or_default(),
            row.get(9)?,
            row.get::<_, Option<String>>(10)?.unwrap_or_default(),
            date_cell(row.get(11)?),
        ];
        sheet.row(&cells)?;
    }
    sheet.finish()
}

/// A sheet being written: the catalogue for headers and labels, and the
/// CSV writer set up as Excel in Spanish expects.
struct Sheet {
    catalogue: Catalogue,
    writer: csv::Writer<Vec<u8>>,
}

impl Sheet {
    fn new(language: Language) -> Self {
        let writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .flexible(false)
            .from_writer(BOM.to_vec());
        Self { catalogue: Catalogue::new(language), writer }
    }

    fn text(&self, key: &str) -> String {
        self.catalogue.text(key, &[])
    }

    /// A vocabulary value's label (`prefix-value`); empty when not recorded.
    fn label(&self, prefix: &str, value: Option<String>) -> String {
        value.map(|v| self.text(&format!("{prefix}-{v}"))).unwrap_or_default()
    }

    fn header(&mut self, keys: &[&str]) -> Result<()> {
        let cells: Vec<String> = keys.iter().map(|k| self.text(k)).collect();
        self.row(&cells)
    }

    fn row(&mut self, cells: &[String]) -> Result<()> {
        self.writer.write_record(cells.iter().map(|c| defuse(c).into_owned()))?;
        Ok(())
    }

    fn finish(self) -> Result<Vec<u8>> {
        self.writer.into_inner().map_err(|e| super::TransferError::Io(std::io::Error::other(e.to_string())))
    }
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a
/// tab or carriage return before one) gets a leading `'`, so it is shown
/// as text and never run (CSV injection).
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

fn rut_cell(normalised: Option<String>) -> String {
    normalised.map(|r| rut::display(&r)).unwrap_or_default()
}

/// `2026-11-24` → `24-11-2026`; empty when absent.
fn date_cell(iso: Option<String>) -> String {
    iso.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()).map(display_date).unwrap_or_default()
}

/// A UTC arrival shown as the local clock time the desk saw.
fn time_cell(utc: &str) -> String {
    DateTime::parse_from_rfc3339(utc)
        .map(|t| t.with_timezone(&Utc).with_timezone(&Local).format("%H:%M").to_string())
        .unwrap_or_default()
}

/// Every catalogue key the sheets use, checked by a test.
#[cfg(test)]
pub(crate) fn keys_used() -> Vec<String> {
    let source = include_str!("csv_export.rs");
    let mut keys: Vec<String> = source
        .split('"')
        .filter(|s| s.starts_with("csv-") && s.len() > 4 && s.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .map(str::to_string)
        .filter(|k| !matches!(k.as_str(), "csv-feedback-kind" | "csv-priority" | "csv-status"))
        .collect();
    use crate::domain::kinds::{FeedbackKind, FeedbackStatus, Priority};
    keys.extend(FeedbackKind::ALL.iter().map(|k| format!("csv-feedback-kind-{k}")));
    keys.extend(Priority::ALL.iter().map(|k| format!("csv-priority-{k}")));
    keys.extend(FeedbackStatus::ALL.iter().map(|k| format!("csv-status-{k}")));
    keys
}
