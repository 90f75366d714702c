//! Spreadsheets from the window: a preview of what importing a CSV would
//! do, the import itself once confirmed, and lists saved as CSV.

use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::{AppState, CommandResult, ErrorCode, IpcError};
use grupo_motor_core::domain::dates::parse_date;
use grupo_motor_core::domain::Invalid;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::store::{Store, StoreError};
use grupo_motor_core::transfer::csv_export::{self, AttendanceSelection};
use grupo_motor_core::transfer::csv_import::{self, ImportOutcome, ImportPlan};
use grupo_motor_core::transfer::TransferError;

/// What importing the people in the CSV at `path` would do. Writes nothing.
pub fn preview_people_import(state: &AppState, path: PathBuf) -> CommandResult<ImportPlan> {
    Ok(csv_import::plan_people_import(state.store.lock()?.conn(), &read(&path)?)?)
}

/// What importing the CSV at `path` as the attendance of a forum would do.
pub fn preview_attendance_import(state: &AppState, path: PathBuf, forum_id: Uuid) -> CommandResult<ImportPlan> {
    Ok(csv_import::plan_attendance_import(state.store.lock()?.conn(), &read(&path)?, forum_id)?)
}

/// Imports the good rows of a previewed file, all in one transaction. The
/// file is read again; if it is no longer what the person saw, nothing is
/// written and they are asked to look again.
pub fn apply_import(state: &AppState, path: PathBuf, previewed: ImportPlan) -> CommandResult<ImportOutcome> {
    let mut store = state.store.lock()?;
    let bytes = read(&path)?;
    let plan = match previewed.forum_id {
        Some(forum) => csv_import::plan_attendance_import(store.conn(), &bytes, forum)?,
        None => csv_import::plan_people_import(store.conn(), &bytes)?,
    };
    if plan != previewed {
        return Err(IpcError::new(ErrorCode::Invalid, "error-csv-changed"));
    }
    let outcome = match plan.forum_id {
        Some(_) => csv_import::apply_attendance_import(store.conn_mut(), &plan)?,
        None => csv_import::apply_people_import(store.conn_mut(), &plan)?,
    };
    Ok(outcome)
}

/// Saves everyone as a CSV; contacts only when asked for.
pub fn export_people_csv(
    state: &AppState,
    path: PathBuf,
    with_contacts: bool,
    language: Language,
) -> CommandResult<()> {
    let store = state.store.lock()?;
    write(&store, &path, &csv_export::people(store.conn(), language, with_contacts)?)
}

/// Saves the sign-ins of one forum, or of every forum from `from` to `to`
/// (dd-mm-yyyy, inclusive).
pub fn export_attendance_csv(
    state: &AppState,
    path: PathBuf,
    forum_id: Option<Uuid>,
    from: String,
    to: String,
    language: Language,
) -> CommandResult<()> {
    let selection = match forum_id {
        Some(forum) => AttendanceSelection::Forum(forum),
        None => {
            let (from, to) = (parse_date(&from, "from"), parse_date(&to, "to"));
            let (from, to) = (from.map_err(StoreError::from)?, to.map_err(StoreError::from)?);
            if to < from {
                return Err(StoreError::from(Invalid::new("to", "error-end-before-start")).into());
            }
            AttendanceSelection::Period { from, to }
        }
    };
    let store = state.store.lock()?;
    write(&store, &path, &csv_export::attendance(store.conn(), language, selection)?)
}

pub fn export_feedback_csv(state: &AppState, path: PathBuf, language: Language) -> CommandResult<()> {
    let store = state.store.lock()?;
    write(&store, &path, &csv_export::feedback(store.conn(), language)?)
}

fn read(path: &Path) -> Result<Vec<u8>, TransferError> {
    grupo_motor_core::transfer::read_sheet(path)
}

/// Through `output_file`: never over the database, its backups or evidence.
fn write(store: &Store, path: &Path, bytes: &[u8]) -> CommandResult<()> {
    output_file::write(&store.protected(), path, bytes).map_err(StoreError::from)?;
    Ok(())
}
