//! People, or a forum's attendance, from a spreadsheet. Two steps: a plan
//! (what would be created, who is already known, which rows are wrong and
//! why) that writes nothing, then, once the person confirms, the plan
//! applied in one transaction: all of it or nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Local, NaiveDate};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::columns::{Column, Layout};
use super::decode::{decode, unclosed_quote};
use super::values::{self, Consent};
use super::{Result, TransferError};
use crate::domain::dates::display_date;
use crate::domain::kinds::{AgeBand, AttendanceRole, Gender};
use crate::domain::lawful::{self, GenderConsent, GenderConsentDraft};
use crate::domain::records::{ConsentDraft, PersonDraft};
use crate::domain::text::fold;
use crate::domain::text::{optional_line, person_name, NAME_MAX};
use crate::domain::{contact, rut, Invalid};
use crate::store::{attendance, forums, people, StoreError};

/// The purpose recorded with contact details that came from a spreadsheet
/// without one (stored data, so in the group's language).
pub const IMPORT_PURPOSE: &str = "importado de planilla";

/// A title row or two above the header is common ("Asistencia foro…").
const HEADER_SEARCH_ROWS: usize = 5;

/// One good row of the file, checked and resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    /// Line of the file where the row starts (1 is the first line).
    #[ts(type = "number")]
    pub line: u64,
    pub full_name: String,
    /// Normalised `12345678-5`.
    pub rut: Option<String>,
    pub neighbourhood_id: Option<Uuid>,
    pub neighbourhood_name: Option<String>,
    pub organization_name: String,
    pub age_band: Option<AgeBand>,
    /// Only with the row's own express consent (an adult's: a file cannot
    /// show a guardian's), see `domain::lawful`.
    pub gender: Option<Gender>,
    pub gender_consent_on: Option<NaiveDate>,
    /// A child: a file carries no guardian's consent, so the row is only an
    /// anonymous participant (name, RUT, organization and contact dropped);
    /// signed in by an attendance import, not kept by a people import.
    pub anonymous: bool,
    /// Only for attendance; a neighbour unless the file says otherwise.
    pub role: AttendanceRole,
    /// Present only when the row's consent column says yes.
    pub contact: Option<ImportedContact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportedContact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub given_on: NaiveDate,
    pub purpose: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Rut,
    NameAndNeighbourhood,
}

/// A person already in the database that a row refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExistingPerson {
    pub id: Uuid,
    pub full_name: String,
    pub rut: Option<String>,
    pub neighbourhood_name: Option<String>,
    pub matched_by: MatchedBy,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Matched {
    pub row: ImportRow,
    pub existing: ExistingPerson,
}

/// A row that will not be imported, and why (a catalogue key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BadRow {
    #[ts(type = "number")]
    pub line: u64,
    pub message_key: String,
    pub field: Option<String>,
    /// The message's arguments (e.g. `max` for a value too long).
    #[serde(default)]
    pub args: BTreeMap<String, String>,
}

/// The preview: nothing has been written yet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPlan {
    /// Set for an attendance import.
    pub forum_id: Option<Uuid>,
    pub to_create: Vec<ImportRow>,
    /// Rows that are people already recorded: not created again (for an
    /// attendance import, they are signed in).
    pub matches: Vec<Matched>,
    /// Attendance only: known people already signed in at the forum.
    pub already_registered: Vec<Matched>,
    pub bad_rows: Vec<BadRow>,
    /// Rows whose phone or e-mail is dropped for want of consent.
    #[ts(type = "number")]
    pub contacts_dropped: usize,
    /// Rows whose gender is dropped for want of an express consent.
    #[ts(type = "number")]
    pub genders_dropped: usize,
    /// Headers that meant nothing to us and were ignored.
    pub ignored_columns: Vec<String>,
}

/// What applying a plan did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    #[ts(type = "number")]
    pub created: usize,
    #[ts(type = "number")]
    pub registered: usize,
    #[ts(type = "number")]
    pub already_registered: usize,
    #[ts(type = "number")]
    pub contacts_saved: usize,
    /// Children signed in anonymously (attendance) or not kept (people).
    #[ts(type = "number")]
    pub anonymous: usize,
}

/// Reads a people list and says what importing it would do.
pub fn plan_people_import(conn: &Connection, bytes: &[u8]) -> Result<ImportPlan> {
    plan(conn, bytes, None)
}

/// Reads a forum's attendance list and says what importing it would do.
pub fn plan_attendance_import(conn: &Connection, bytes: &[u8], forum_id: Uuid) -> Result<ImportPlan> {
    forums::get(conn, forum_id)?;
    plan(conn, bytes, Some(forum_id))
}

fn plan(conn: &Connection, bytes: &[u8], forum_id: Option<Uuid>) -> Result<ImportPlan> {
    let (text, delimiter) = decode(bytes)?;
    if let Some(line) = unclosed_quote(&text, delimiter) {
        return Err(TransferError::UnclosedQuote { line });
    }
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let layout = find_header(&mut records)?;
    let known = Known::load(conn, forum_id)?;
    let today = Local::now().date_naive();
    let mut plan = ImportPlan { forum_id, ignored_columns: layout.ignored.clone(), ..ImportPlan::default() };
    let mut seen_ruts = HashSet::new();
    let mut seen_names = HashSet::new();
    let mut rows = 0;
    let mut lines = Lines::new(&text);
    for record in records {
        let record = record.map_err(unreadable)?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows += 1;
        let line = lines.of(&record);
        let (row, dropped, gender_dropped) = match read_row(&layout, &record, &known, today) {
            Ok(read) => read,
            Err(invalid) => {
                plan.bad_rows.push(bad(line, invalid));
                continue;
            }
        };
        let row = ImportRow { line, ..row };
        plan.genders_dropped += usize::from(gender_dropped);
        plan.contacts_dropped += usize::from(dropped);
        if row.anonymous {
            // Nameless: matches nobody, repeats nothing.
            plan.to_create.push(row);
            continue;
        }
        let name_key = (fold(&row.full_name), row.neighbourhood_id);
        let repeated_rut = row.rut.as_ref().is_some_and(|r| !seen_ruts.insert(r.clone()));
        if repeated_rut || !seen_names.insert(name_key) {
            let field = if repeated_rut { "rut" } else { "full_name" };
            plan.bad_rows.push(bad(line, Invalid::new(field, "error-csv-repeated")));
            continue;
        }
        match known.find(&row) {
            Some(existing) if known.unnamed.contains_key(&existing.id) => {
                let key = known.unnamed[&existing.id];
                plan.bad_rows.push(bad(line, Invalid::new("full_name", key)));
            }
            Some(existing) if known.registered.contains(&existing.id) => {
                plan.already_registered.push(Matched { row, existing })
            }
            Some(existing) => plan.matches.push(Matched { row, existing }),
            None => plan.to_create.push(row),
        }
    }
    if rows == 0 {
        return Err(TransferError::NoRows);
    }
    Ok(plan)
}

/// The line where each record starts, counted as an editor does. (The csv
/// crate's own count lags by one after a CRLF: it takes the position
/// before it has read the `\n`.) Records come in order, so it counts on
/// from the previous one: a big sheet is read once, not once per row.
struct Lines<'t> {
    bytes: &'t [u8],
    counted_to: usize,
    breaks: u64,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Self { bytes: text.as_bytes(), counted_to: 0, breaks: 0 }
    }

    fn of(&mut self, record: &csv::StringRecord) -> u64 {
        let bytes = self.bytes;
        let at = record.position().map_or(0, |p| p.byte() as usize).min(bytes.len());
        let start = at + bytes[at..].iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
        if start < self.counted_to {
            // Not expected from the csv reader; count afresh rather than wrongly.
            (self.counted_to, self.breaks) = (0, 0);
        }
        // A line ends in `\r\n`, `\n` or a lone `\r` (old Mac exports), as the csv reader reads it.
        let ends_line = |i: usize| bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        self.breaks += (self.counted_to..start).filter(|&i| ends_line(i)).count() as u64;
        self.counted_to = start;
        1 + self.breaks
    }
}

fn bad(line: u64, invalid: Invalid) -> BadRow {
    let args = invalid.args();
    BadRow { line, message_key: invalid.message_key.to_string(), field: Some(invalid.field.to_string()), args }
}

fn unreadable(error: csv::Error) -> TransferError {
    let line = error.position().map_or(0, |p| p.line());
    TransferError::Unreadable { line, detail: error.to_string() }
}

/// The first of the top rows that names a name column.
fn find_header(records: &mut csv::StringRecordsIter<'_, &[u8]>) -> Result<Layout> {
    let mut first_error = None;
    for record in records.take(HEADER_SEARCH_ROWS) {
        let record = record.map_err(unreadable)?;
        match Layout::read(&record) {
            Ok(layout) => return Ok(layout),
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
    }
    Err(first_error.unwrap_or(TransferError::Empty))
}

/// Checks one row; also says whether contact details were dropped for want
/// of consent.
fn read_row(
    layout: &Layout,
    record: &csv::StringRecord,
    known: &Known,
    today: NaiveDate,
) -> std::result::Result<(ImportRow, bool, bool), Invalid> {
    if record.iter().skip(layout.width).any(|cell| !cell.trim().is_empty()) {
        return Err(Invalid::new("row", "error-csv-extra-fields"));
    }
    let full_name = person_name(&layout.name(record))?;
    let rut = match layout.cell(record, Column::Rut) {
        "" => None,
        typed => Some(rut::normalise(typed)?),
    };
    let (neighbourhood_id, neighbourhood_name) = match layout.cell(record, Column::Neighbourhood) {
        "" => (None, None),
        typed => {
            let (id, name) = known
                .neighbourhoods
                .get(&fold(typed))
                .ok_or(Invalid::new("neighbourhood", "error-csv-unknown-neighbourhood"))?;
            (Some(*id), Some(name.clone()))
        }
    };
    let organization_name = optional_line(layout.cell(record, Column::Organization), "organization_name", NAME_MAX)?;
    let age_band = values::age_band(layout.cell(record, Column::AgeBand))?;
    let typed_gender = values::gender(layout.cell(record, Column::Gender))?;
    let gender_consent = match values::consent(layout.cell(record, Column::GenderConsent))? {
        Consent::Given(on) => {
            Some(GenderConsent { given_on: on.unwrap_or(today), given_by: crate::domain::kinds::ConsentGiver::Person })
        }
        Consent::NotGiven => None,
    };
    let (gender, gender_consent) = lawful::lawful_gender(age_band, typed_gender, gender_consent);
    let gender_dropped = typed_gender.is_some() && gender.is_none();
    let role = values::role(layout.cell(record, Column::Role))?;
    let (phone_cell, email_cell) = (layout.cell(record, Column::Phone), layout.cell(record, Column::Email));
    let has_contact = !phone_cell.is_empty() || !email_cell.is_empty();
    let contact = match values::consent(layout.cell(record, Column::Consent))? {
        Consent::Given(on) if has_contact => {
            let purpose = match layout.cell(record, Column::Purpose) {
                "" => IMPORT_PURPOSE.to_string(),
                typed => contact::purpose(typed)?,
            };
            Some(ImportedContact {
                phone: contact::phone(phone_cell)?,
                email: contact::email(email_cell)?,
                given_on: on.unwrap_or(today),
                purpose,
            })
        }
        _ => None,
    };
    let dropped = has_contact && contact.is_none();
    let row = ImportRow {
        line: 0,
        full_name,
        rut,
        neighbourhood_id,
        neighbourhood_name,
        organization_name,
        age_band,
        gender,
        gender_consent_on: gender_consent.map(|c| c.given_on),
        anonymous: false,
        role,
        contact,
    };
    if !lawful::may_keep_name(age_band, false) {
        let anonymous = ImportRow {
            full_name: String::new(),
            rut: None,
            organization_name: String::new(),
            gender: None,
            gender_consent_on: None,
            contact: None,
            anonymous: true,
            ..row
        };
        return Ok((anonymous, dropped, gender_dropped));
    }
    Ok((row, dropped, gender_dropped))
}

/// What the database already holds that rows are matched against.
struct Known {
    neighbourhoods: HashMap<String, (Uuid, String)>,
    people: Vec<ExistingPerson>,
    by_rut: HashMap<String, usize>,
    by_name: HashMap<(String, Option<Uuid>), usize>,
    /// People signed in at the forum of an attendance import.
    registered: HashSet<Uuid>,
    /// People a row may not sign in or touch, with why: blocked, or a child
    /// kept from before the law without a guardian's consent.
    unnamed: HashMap<Uuid, &'static str>,
}

impl Known {
    fn load(conn: &Connection, forum_id: Option<Uuid>) -> Result<Self> {
        let neighbourhoods = crate::store::reference::neighbourhoods(conn)?
            .into_iter()
            .map(|n| (fold(&n.name), (n.id, n.name)))
            .collect();
        let mut stmt = conn.prepare(
            "SELECT p.id, p.full_name, p.rut, p.neighbourhood_id, n.name,
                    CASE WHEN p.blocked_on IS NOT NULL THEN 'error-person-blocked'
                         WHEN p.age_band = 'child' AND p.guardian_consent_on IS NULL THEN 'error-child-needs-guardian'
                    END
             FROM person p
             LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
             WHERE p.deleted_at IS NULL ORDER BY p.created_at, p.id",
        )?;
        let mut people = Vec::new();
        let mut unnamed = HashMap::new();
        let (mut by_rut, mut by_name) = (HashMap::new(), HashMap::new());
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (id, full_name, rut): (String, String, Option<String>) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let (Ok(id), neighbourhood) = (Uuid::parse_str(&id), row.get::<_, Option<String>>(3)?) else {
                continue;
            };
            let neighbourhood_id = neighbourhood.and_then(|n| Uuid::parse_str(&n).ok());
            match row.get::<_, Option<String>>(5)?.as_deref() {
                Some("error-person-blocked") => unnamed.insert(id, "error-person-blocked"),
                Some(_) => unnamed.insert(id, "error-child-needs-guardian"),
                None => None,
            };
            if let Some(rut) = &rut {
                by_rut.insert(rut.clone(), people.len());
            }
            // The first recorded keeps the key when two share a name.
            by_name.entry((fold(&full_name), neighbourhood_id)).or_insert(people.len());
            people.push(ExistingPerson {
                id,
                full_name,
                rut,
                neighbourhood_name: row.get(4)?,
                matched_by: MatchedBy::Rut,
            });
        }
        let registered = match forum_id {
            Some(forum) => attendance::list(conn, forum)?.into_iter().map(|a| a.person_id).collect(),
            None => HashSet::new(),
        };
        Ok(Self { neighbourhoods, people, by_rut, by_name, registered, unnamed })
    }

    /// The same RUT; or the same name in the same neighbourhood, unless the
    /// two RUTs differ (then they are two people).
    fn find(&self, row: &ImportRow) -> Option<ExistingPerson> {
        if let Some(&at) = row.rut.as_ref().and_then(|r| self.by_rut.get(r)) {
            return Some(self.people[at].clone());
        }
        let &at = self.by_name.get(&(fold(&row.full_name), row.neighbourhood_id))?;
        let person = &self.people[at];
        let same_person = person.rut.is_none() || person.rut == row.rut || row.rut.is_none();
        same_person.then(|| ExistingPerson { matched_by: MatchedBy::NameAndNeighbourhood, ..person.clone() })
    }
}

/// Creates the plan's new people, in one transaction.
pub fn apply_people_import(conn: &mut Connection, plan: &ImportPlan) -> Result<ImportOutcome> {
    let tx = conn.transaction()?;
    let mut outcome = ImportOutcome::default();
    for row in &plan.to_create {
        if row.anonymous {
            outcome.anonymous += 1;
            continue;
        }
        create(&tx, row, &mut outcome)?;
    }
    tx.commit()?;
    Ok(outcome)
}

/// Creates the plan's new people and signs everyone in at its forum, in
/// one transaction. Someone signed in meanwhile (at the desk) is skipped
/// and counted, not an error.
pub fn apply_attendance_import(conn: &mut Connection, plan: &ImportPlan) -> Result<ImportOutcome> {
    let forum_id = plan.forum_id.ok_or(StoreError::NotFound { entity: "forum" })?;
    let tx = conn.transaction()?;
    forums::get(&tx, forum_id)?;
    let mut outcome = ImportOutcome { already_registered: plan.already_registered.len(), ..ImportOutcome::default() };
    let sign_in = |person: Uuid, role: AttendanceRole, outcome: &mut ImportOutcome| -> Result<()> {
        match attendance::register(&tx, forum_id, person, role) {
            Ok(_) => outcome.registered += 1,
            Err(StoreError::AlreadyRegistered) => outcome.already_registered += 1,
            Err(other) => return Err(other.into()),
        }
        Ok(())
    };
    for matched in &plan.matches {
        sign_in(matched.existing.id, matched.row.role, &mut outcome)?;
    }
    for row in &plan.to_create {
        if row.anonymous {
            let draft = PersonDraft {
                age_band: row.age_band,
                neighbourhood_id: row.neighbourhood_id,
                ..PersonDraft::default()
            };
            attendance::register_lawfully(&tx, forum_id, &draft, row.role, chrono::Utc::now())?;
            outcome.anonymous += 1;
            outcome.registered += 1;
            continue;
        }
        let id = create(&tx, row, &mut outcome)?;
        sign_in(id, row.role, &mut outcome)?;
    }
    tx.commit()?;
    Ok(outcome)
}

/// One new person (checked again by the store), with their contact
/// details when consent came with them.
fn create(conn: &Connection, row: &ImportRow, outcome: &mut ImportOutcome) -> Result<Uuid> {
    let draft = PersonDraft {
        full_name: row.full_name.clone(),
        rut: row.rut.clone().unwrap_or_default(),
        neighbourhood_id: row.neighbourhood_id,
        organization_name: row.organization_name.clone(),
        age_band: row.age_band,
        gender: row.gender,
        guardian: None,
        gender_consent: row.gender_consent_on.map(|on| GenderConsentDraft {
            given_on: display_date(on),
            given_by: crate::domain::kinds::ConsentGiver::Person,
        }),
    };
    let id = people::create(conn, &draft)?;
    if let Some(contact) = &row.contact {
        let consent = ConsentDraft {
            phone: contact.phone.clone().unwrap_or_default(),
            email: contact.email.clone().unwrap_or_default(),
            purpose: contact.purpose.clone(),
            given_on: display_date(contact.given_on),
        };
        people::record_consent(conn, id, &consent)?;
        outcome.contacts_saved += 1;
    }
    outcome.created += 1;
    Ok(id)
}
