//! The quarterly meeting pack and sign-in sheets, saved where the person
//! chose. PDFs take a moment: these run off the window's thread.

use std::path::PathBuf;

use uuid::Uuid;

use super::{today, AppState, CommandResult, ErrorCode, IpcError};
use grupo_motor_core::domain::dates::parse_date;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, history, PackDraft, PackRecord, Paper};
use grupo_motor_core::store::StoreError;

/// What a pack for a meeting on `meeting_date` (dd-mm-yyyy) holds unless
/// the person changes it.
pub fn pack_defaults(state: &AppState, meeting_date: String, language: Language) -> CommandResult<PackDraft> {
    let meeting_date = parse_date(&meeting_date, "meetingDate").map_err(StoreError::from)?;
    let request = pack::default_request(state.store.lock()?.conn(), meeting_date, language)?;
    Ok(PackDraft::from_request(&request))
}

/// Makes the pack, saves it at `path` and records it.
pub fn export_pack(state: &AppState, draft: PackDraft, path: PathBuf) -> CommandResult<PackRecord> {
    let request = draft.validate().map_err(StoreError::from)?;
    let store = state.store.lock()?;
    Ok(pack::save(store.conn(), &store.protected(), &request, &path, today())?)
}

pub fn list_packs(state: &AppState) -> CommandResult<Vec<PackRecord>> {
    Ok(history::list(state.store.lock()?.conn())?)
}

/// Saves a printable sign-in sheet for a forum at `path`.
pub fn export_sign_in_sheet(
    state: &AppState,
    forum_id: Uuid,
    path: PathBuf,
    paper: Paper,
    language: Language,
) -> CommandResult<()> {
    let (bytes, protected) = {
        let store = state.store.lock()?;
        (pack::sign_in_sheet(store.conn(), forum_id, language, paper)?, store.protected())
    };
    output_file::write(&protected, &path, &bytes).map_err(StoreError::from)?;
    Ok(())
}

/// Opens a PDF this app saved (a pack, a sheet) in the system viewer.
pub fn open_pdf(_state: &AppState, path: PathBuf) -> CommandResult<()> {
    let with_path = |key: &str| {
        let mut error = IpcError::new(ErrorCode::NotFound, key);
        error.details.insert("path".into(), path.display().to_string());
        error
    };
    let is_pdf = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !is_pdf || !path.is_file() {
        return Err(with_path("error-pdf-missing"));
    }
    if !launch_viewer(&path) {
        // Say so, with the path, rather than nothing happening.
        return Err(with_path("error-pdf-no-viewer"));
    }
    Ok(())
}

/// Hands `path` to the system's launchers in turn. A launcher that fails
/// within a few seconds found no viewer; one still running by then, or done
/// well, opened it (it is then waited for on its own thread).
fn launch_viewer(path: &std::path::Path) -> bool {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    for mut command in open::commands(path) {
        let spawned = command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
        let Ok(mut child) = spawned else { continue };
        let deadline = Instant::now() + Duration::from_secs(3);
        loop {
            match child.try_wait() {
                Ok(Some(status)) if status.success() => return true,
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if Instant::now() >= deadline => {
                    std::thread::spawn(move || child.wait());
                    return true;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
    false
}
