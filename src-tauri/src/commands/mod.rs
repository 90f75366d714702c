//! Tauri commands: thin wrappers that lock the store, call the core and map
//! errors. No SQL and no rules here. One module per aggregate.

mod attendance;
mod backups;
mod commitments;
mod conflicts;
mod controller;
mod dashboard;
mod declare;
mod dialogs;
mod documents;
mod error;
mod feedback;
mod forums;
mod lawful;
mod pack;
mod paper;
mod people;
mod readiness;
mod records;
mod reference;
mod requests;
mod rights;
mod search;
mod settings;
mod store_slot;
mod sync;
mod transfer;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use uuid::Uuid;

#[cfg(test)]
pub use declare::Signature;
use declare::{command_fn, commands};
pub use error::{ErrorCode, IpcError};
use grupo_motor_core::domain::breach::{Breach, BreachDraft};
use grupo_motor_core::domain::kinds::{AttendanceRole, Gender, RequestStatus};
use grupo_motor_core::domain::lawful::{GenderConsentDraft, GuardianConsentDraft};
use grupo_motor_core::domain::records::{
    Attendee, Commitment, CommitmentProgress, ConsentDraft, Dashboard, Evidence, FeedbackDraft, FeedbackFilter,
    FeedbackItem, Forum, ForumDetail, ForumDraft, ForumEvidence, ForumPage, ForumSummary, MilestoneDraft,
    Neighbourhood, NeighbourhoodAttendees, NoteDraft, Organization, Person, PersonData, PersonDraft, PersonFilter,
    PersonMatch, PersonRow, SearchResults, StatusChange,
};
use grupo_motor_core::domain::requests::{RequestDraft, RequestStep, RequestsDue, RightsRequest};
use grupo_motor_core::i18n::Language;
use grupo_motor_core::pack::{DocumentKind, PackDraft, PackRecord, Paper};
use grupo_motor_core::store::about::About;
use grupo_motor_core::store::backup::BackupInfo;
use grupo_motor_core::store::controller::Controller;
use grupo_motor_core::store::deletion::{DeletePreview, Deletion, RecordKind};
use grupo_motor_core::store::merge_sides::MergeSide;
use grupo_motor_core::store::paper_sheet::PaperSheet;
use grupo_motor_core::store::preferences::Preferences;
use grupo_motor_core::store::retention::{RetentionCase, RetentionRule};
use grupo_motor_core::sync::conflicts::Review;
use grupo_motor_core::sync::folder::FolderReport;
use grupo_motor_core::sync::{ExportPlan, ExportSummary, SyncReport};
use grupo_motor_core::transfer::csv_import::{ImportOutcome, ImportPlan};
pub use readiness::wait_for_first_screen;
pub use store_slot::StoreSlot;

/// The one database, shared by all commands (the first may wait for it to
/// open), and where it lives.
pub struct AppState {
    pub store: Arc<StoreSlot>,
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
        read fn list_forum_page(limit: usize, offset: usize) -> ForumPage;
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
    lawful {
        main fn record_guardian_consent(id: Uuid, draft: GuardianConsentDraft) -> Person;
        main fn withdraw_guardian_consent(id: Uuid) -> Option<Person>;
        main fn record_gender(id: Uuid, gender: Gender, draft: GenderConsentDraft) -> Person;
        main fn withdraw_gender_consent(id: Uuid) -> Person;
        main fn anonymise_person(id: Uuid) -> ();
        main fn block_person(id: Uuid, reason: String, on: String) -> Person;
        main fn unblock_person(id: Uuid, on: String) -> Person;
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
        main fn get_feedback(id: Uuid) -> FeedbackItem;
        main fn correct_feedback_step(step_id: Uuid, on: String) -> FeedbackItem;
    }
    commitments {
        main fn commitment_progress() -> Vec<CommitmentProgress>;
        main fn create_milestone(draft: MilestoneDraft) -> Uuid;
        main fn update_milestone(id: Uuid, draft: MilestoneDraft) -> ();
        main fn add_milestone_note(milestone_id: Uuid, draft: NoteDraft) -> Uuid;
        main fn add_evidence(milestone_id: Uuid, note_id: Option<Uuid>, path: PathBuf) -> Evidence;
        main fn open_evidence(id: Uuid) -> ();
    }
    records {
        main fn preview_delete(kind: RecordKind, id: Uuid) -> DeletePreview;
        main fn delete_record(kind: RecordKind, id: Uuid) -> Deletion;
        main fn undo_delete(deletion: Deletion) -> ();
        main fn merge_sides(survivor: Uuid, duplicate: Uuid) -> Vec<MergeSide>;
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
    requests {
        main fn list_requests() -> Vec<RightsRequest>;
        main fn requests_due() -> RequestsDue;
        main fn record_request(draft: RequestDraft) -> RightsRequest;
        main fn start_request(id: Uuid, step: RequestStep) -> RightsRequest;
        main fn extend_request(id: Uuid, step: RequestStep) -> RightsRequest;
        main fn decide_request(id: Uuid, outcome: RequestStatus, step: RequestStep) -> RightsRequest;
        pool fn send_request_data(id: Uuid, path: PathBuf, as_pdf: bool, language: Language) -> RightsRequest;
        pool fn export_request_letter(id: Uuid, path: PathBuf, language: Language) -> ();
        main fn retention_review() -> Vec<RetentionCase>;
        main fn set_retention(rule: RetentionRule) -> Vec<RetentionCase>;
        main fn apply_retention(rule: RetentionRule) -> usize;
    }
    pack {
        main fn pack_defaults(meeting_date: String, language: Language) -> PackDraft;
        pool fn export_pack(draft: PackDraft, path: PathBuf) -> PackRecord;
        main fn list_packs() -> Vec<PackRecord>;
        pool fn export_sign_in_sheet(forum_id: Uuid, path: PathBuf, paper: Paper, language: Language) -> ();
        pool fn open_pdf(path: PathBuf) -> ();
    }
    paper {
        main fn paper_sheet(forum_id: Uuid) -> PaperSheet;
        main fn add_signed_sheet(forum_id: Uuid, path: PathBuf) -> ForumEvidence;
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
        main fn sync_export_plan(colleague: Option<String>) -> ExportPlan;
        pool fn sync_export(path: PathBuf, colleague: Option<String>) -> ExportSummary;
        pool fn sync_import(path: PathBuf) -> SyncReport;
        main fn sync_folder() -> Option<PathBuf>;
        pool fn choose_sync_folder(path: PathBuf) -> FolderReport;
        pool fn sync_folder_now() -> FolderReport;
    }
    conflicts {
        main fn list_conflicts(with_reviewed: bool) -> Vec<Review>;
        main fn conflicts_waiting() -> i64;
        main fn keep_other_value(id: Uuid) -> Review;
        main fn mark_conflict_reviewed(id: Uuid) -> Review;
    }
    dialogs {
        dialog fn choose_file(title: String) -> Option<PathBuf>;
        dialog fn choose_save_path(title: String, file_name: String, extension: String) -> Option<PathBuf>;
    }
    settings {
        main fn get_language() -> Language;
        main fn set_language(language: String) -> ();
        read fn get_preferences() -> Preferences;
        main fn set_preferences(preferences: Preferences) -> Preferences;
        main fn about() -> About;
        main fn open_data_folder() -> ();
    }
    readiness {
        main fn ui_ready(page_ms: f64) -> ();
    }
    controller {
        main fn get_controller() -> Controller;
        main fn save_controller(controller: Controller) -> Controller;
    }
    documents {
        pool fn export_document(kind: DocumentKind, path: PathBuf, paper: Paper, language: Language) -> ();
        main fn list_breaches() -> Vec<Breach>;
        main fn record_breach(draft: BreachDraft) -> Breach;
        main fn update_breach(id: Uuid, draft: BreachDraft) -> Breach;
        pool fn export_breach_report(id: Uuid, path: PathBuf, paper: Paper, language: Language) -> ();
    }
}
