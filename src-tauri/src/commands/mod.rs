//! Tauri commands: thin wrappers that lock the store, call the core and map
//! errors. No SQL and no rules here. One module per aggregate.

mod attendance;
mod backups;
mod commitments;
mod dashboard;
mod dialogs;
mod error;
mod feedback;
mod forums;
mod pack;
mod people;
mod reference;
mod rights;
mod search;
mod settings;
mod sync;
mod transfer;

use std::path::PathBuf;
use std::sync::Mutex;

use chrono::NaiveDate;
pub use error::{ErrorCode, IpcError};

use grupo_motor_core::store::Store;

/// The one open database, shared by all commands, and where it lives.
pub struct AppState {
    pub store: Mutex<Store>,
    pub database: PathBuf,
}

pub type CommandResult<T> = Result<T, IpcError>;

/// Today in Maipú, for ages and lateness.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Every command the UI may call.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        forums::list_forums,
        forums::get_forum,
        forums::get_forum_detail,
        forums::create_forum,
        forums::update_forum,
        forums::set_facilitators,
        forums::export_calendar,
        reference::list_neighbourhoods,
        reference::list_commitments,
        reference::list_organizations,
        people::search_people,
        people::list_people,
        people::get_person,
        people::update_person,
        people::set_driving_group,
        people::record_consent,
        people::withdraw_consent,
        people::merge_people,
        attendance::register_attendance,
        attendance::register_new_person,
        attendance::list_attendees,
        attendance::remove_attendance,
        attendance::attendees_by_neighbourhood,
        feedback::record_feedback,
        feedback::change_feedback_status,
        feedback::list_feedback,
        commitments::commitment_progress,
        commitments::create_milestone,
        commitments::update_milestone,
        commitments::add_milestone_note,
        commitments::add_evidence,
        commitments::open_evidence,
        search::search_everything,
        dashboard::dashboard,
        rights::person_data,
        rights::export_person_data,
        rights::export_person_pdf,
        rights::erase_person,
        rights::purge_stale_contacts,
        pack::pack_defaults,
        pack::export_pack,
        pack::list_packs,
        pack::export_sign_in_sheet,
        pack::open_pdf,
        backups::list_backups,
        backups::make_backup,
        backups::restore_backup,
        transfer::preview_people_import,
        transfer::preview_attendance_import,
        transfer::apply_import,
        transfer::export_people_csv,
        transfer::export_attendance_csv,
        transfer::export_feedback_csv,
        sync::sync_export,
        sync::sync_import,
        dialogs::choose_file,
        dialogs::choose_save_path,
        settings::get_language,
        settings::set_language,
    ]
}
