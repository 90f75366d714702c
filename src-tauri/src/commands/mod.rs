//! Tauri commands: thin wrappers that lock the store, call the core and map
//! errors. No SQL and no rules here. One module per aggregate.

mod attendance;
mod backups;
mod commitments;
mod dashboard;
mod declare;
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
use uuid::Uuid;

#[cfg(test)]
pub use declare::Signature;
use declare::{command_fn, commands};
pub use error::{ErrorCode, IpcError};
use grupo_motor_core::domain::kinds::AttendanceRole;
use grupo_motor_core::domain::records::{
    Attendee, Commitment, CommitmentProgress, ConsentDraft, Dashboard, Evidence, FeedbackDraft, FeedbackFilter,
    FeedbackItem, Forum, ForumDetail, ForumDraft, ForumSummary, MilestoneDraft, Neighbourhood, NeighbourhoodAttendees,
    NoteDraft, Organization, Person, PersonData, PersonDraft, PersonFilter, PersonMatch, PersonRow, SearchResults,
    StatusChange,
};
use grupo_motor_core::i18n::Language;
use grupo_motor_core::pack::{PackDraft, PackRecord, Paper};
use grupo_motor_core::store::about::About;
use grupo_motor_core::store::backup::BackupInfo;
use grupo_motor_core::store::preferences::Preferences;
use grupo_motor_core::store::Store;
use grupo_motor_core::sync::{ExportSummary, SyncReport};
use grupo_motor_core::transfer::csv_import::{ImportOutcome, ImportPlan};

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

// The one list of commands: each line makes the Tauri command, its handler
// entry and its TypeScript signature (see `declare.rs`).
commands! {
    forums {
        main fn list_forums() -> Vec<ForumSummary>;
        main fn get_forum(id: Uuid) -> Forum;
        main fn get_forum_detail(id: Uuid) -> ForumDetail;
        main fn create_forum(draft: ForumDraft) -> Forum;
        main fn update_forum(id: Uuid, draft: ForumDraft) -> Forum;
        main fn set_facilitators(id: Uuid, people: Vec<Uuid>) -> ForumDetail;
        main fn export_calendar(path: PathBuf, forum_ids: Option<Vec<Uuid>>, language: Language) -> usize;
    }
    reference {
        main fn list_neighbourhoods() -> Vec<Neighbourhood>;
        main fn list_commitments() -> Vec<Commitment>;
        main fn list_organizations() -> Vec<Organization>;
    }
    people {
        main fn search_people(query: String, limit: usize) -> Vec<PersonMatch>;
        main fn list_people(filter: PersonFilter, limit: usize, offset: usize) -> Vec<PersonRow>;
        main fn get_person(id: Uuid) -> Person;
        main fn update_person(id: Uuid, draft: PersonDraft) -> Person;
        main fn set_driving_group(id: Uuid, member: bool) -> Person;
        main fn record_consent(id: Uuid, draft: ConsentDraft) -> Person;
        main fn withdraw_consent(id: Uuid) -> Person;
        main fn merge_people(survivor: Uuid, duplicate: Uuid) -> Person;
    }
    attendance {
        main fn register_attendance(forum_id: Uuid, person_id: Uuid, role: AttendanceRole) -> Attendee;
        main fn register_new_person(forum_id: Uuid, draft: PersonDraft, role: AttendanceRole) -> Attendee;
        main fn list_attendees(forum_id: Uuid) -> Vec<Attendee>;
        main fn remove_attendance(attendance_id: Uuid) -> ();
        main fn attendees_by_neighbourhood(forum_id: Option<Uuid>, from: String, to: String) -> Vec<NeighbourhoodAttendees>;
    }
    feedback {
        main fn record_feedback(draft: FeedbackDraft) -> FeedbackItem;
        main fn change_feedback_status(id: Uuid, change: StatusChange) -> FeedbackItem;
        main fn list_feedback(filter: FeedbackFilter) -> Vec<FeedbackItem>;
    }
    commitments {
        main fn commitment_progress() -> Vec<CommitmentProgress>;
        main fn create_milestone(draft: MilestoneDraft) -> Uuid;
        main fn update_milestone(id: Uuid, draft: MilestoneDraft) -> ();
        main fn add_milestone_note(milestone_id: Uuid, draft: NoteDraft) -> Uuid;
        main fn add_evidence(milestone_id: Uuid, note_id: Option<Uuid>, path: PathBuf) -> Evidence;
        main fn open_evidence(id: Uuid) -> ();
    }
    search {
        main fn search_everything(query: String) -> SearchResults;
    }
    dashboard {
        main fn dashboard(from: String, to: String) -> Dashboard;
    }
    rights {
        main fn person_data(id: Uuid) -> PersonData;
        main fn export_person_data(id: Uuid, path: PathBuf) -> ();
        pool fn export_person_pdf(id: Uuid, path: PathBuf, language: Language) -> ();
        main fn erase_person(id: Uuid) -> ();
        main fn purge_stale_contacts(months: u32) -> usize;
    }
    pack {
        main fn pack_defaults(meeting_date: String, language: Language) -> PackDraft;
        pool fn export_pack(draft: PackDraft, path: PathBuf) -> PackRecord;
        main fn list_packs() -> Vec<PackRecord>;
        pool fn export_sign_in_sheet(forum_id: Uuid, path: PathBuf, paper: Paper, language: Language) -> ();
        main fn open_pdf(path: PathBuf) -> ();
    }
    backups {
        main fn list_backups() -> Vec<BackupInfo>;
        pool fn make_backup() -> BackupInfo;
        pool fn restore_backup(path: PathBuf) -> Option<PathBuf>;
    }
    transfer {
        pool fn preview_people_import(path: PathBuf) -> ImportPlan;
        pool fn preview_attendance_import(path: PathBuf, forum_id: Uuid) -> ImportPlan;
        pool fn apply_import(path: PathBuf, previewed: ImportPlan) -> ImportOutcome;
        main fn export_people_csv(path: PathBuf, with_contacts: bool, language: Language) -> ();
        main fn export_attendance_csv(path: PathBuf, forum_id: Option<Uuid>, from: String, to: String, language: Language) -> ();
        main fn export_feedback_csv(path: PathBuf, language: Language) -> ();
    }
    sync {
        pool fn sync_export(path: PathBuf, colleague: Option<String>) -> ExportSummary;
        pool fn sync_import(path: PathBuf) -> SyncReport;
    }
    dialogs {
        dialog fn choose_file(title: String) -> Option<PathBuf>;
        dialog fn choose_save_path(title: String, file_name: String, extension: String) -> Option<PathBuf>;
    }
    settings {
        main fn get_language() -> Language;
        main fn set_language(language: String) -> ();
        main fn get_preferences() -> Preferences;
        main fn set_preferences(preferences: Preferences) -> Preferences;
        main fn about() -> About;
        main fn open_data_folder() -> ();
    }
}
