// The one typed module every call to the core goes through. Screens get a
// `Backend`, so they can be tested with a fake one.
import { invoke } from "@tauri-apps/api/core";
import type {
  Attendee,
  BackupInfo,
  ExportSummary,
  ImportOutcome,
  ImportPlan,
  PackDraft,
  PackRecord,
  Paper,
  SyncReport,
  AttendanceRole,
  CommitmentProgress,
  ConsentDraft,
  Commitment,
  Dashboard,
  Evidence,
  FeedbackDraft,
  FeedbackFilter,
  FeedbackItem,
  Forum,
  ForumDetail,
  ForumDraft,
  ForumSummary,
  IpcError,
  Language,
  MilestoneDraft,
  Neighbourhood,
  NeighbourhoodAttendees,
  NoteDraft,
  Organization,
  Person,
  PersonData,
  PersonDraft,
  PersonFilter,
  PersonMatch,
  PersonRow,
  SearchResults,
  StatusChange,
} from "./bindings";

export interface Backend {
  listForums(): Promise<ForumSummary[]>;
  getForum(id: string): Promise<Forum>;
  getForumDetail(id: string): Promise<ForumDetail>;
  createForum(draft: ForumDraft): Promise<Forum>;
  updateForum(id: string, draft: ForumDraft): Promise<Forum>;
  setFacilitators(id: string, people: string[]): Promise<ForumDetail>;
  exportCalendar(path: string, forumIds: string[] | null, language: Language): Promise<number>;
  listNeighbourhoods(): Promise<Neighbourhood[]>;
  listCommitments(): Promise<Commitment[]>;
  listOrganizations(): Promise<Organization[]>;
  searchPeople(query: string, limit: number): Promise<PersonMatch[]>;
  listPeople(filter: PersonFilter, limit: number, offset: number): Promise<PersonRow[]>;
  getPerson(id: string): Promise<Person>;
  updatePerson(id: string, draft: PersonDraft): Promise<Person>;
  setDrivingGroup(id: string, member: boolean): Promise<Person>;
  recordConsent(id: string, draft: ConsentDraft): Promise<Person>;
  withdrawConsent(id: string): Promise<Person>;
  mergePeople(survivor: string, duplicate: string): Promise<Person>;
  registerAttendance(forumId: string, personId: string, role: AttendanceRole): Promise<Attendee>;
  registerNewPerson(forumId: string, draft: PersonDraft, role: AttendanceRole): Promise<Attendee>;
  listAttendees(forumId: string): Promise<Attendee[]>;
  removeAttendance(attendanceId: string): Promise<void>;
  attendeesByNeighbourhood(forumId: string | null, from: string, to: string): Promise<NeighbourhoodAttendees[]>;
  recordFeedback(draft: FeedbackDraft): Promise<FeedbackItem>;
  changeFeedbackStatus(id: string, change: StatusChange): Promise<FeedbackItem>;
  listFeedback(filter: FeedbackFilter): Promise<FeedbackItem[]>;
  commitmentProgress(): Promise<CommitmentProgress[]>;
  createMilestone(draft: MilestoneDraft): Promise<string>;
  updateMilestone(id: string, draft: MilestoneDraft): Promise<void>;
  addMilestoneNote(milestoneId: string, draft: NoteDraft): Promise<string>;
  addEvidence(milestoneId: string, noteId: string | null, path: string): Promise<Evidence>;
  openEvidence(id: string): Promise<void>;
  searchEverything(query: string): Promise<SearchResults>;
  dashboard(from: string, to: string): Promise<Dashboard>;
  personData(id: string): Promise<PersonData>;
  exportPersonData(id: string, path: string): Promise<void>;
  exportPersonPdf(id: string, path: string, language: Language): Promise<void>;
  erasePerson(id: string): Promise<void>;
  purgeStaleContacts(months: number): Promise<number>;
  packDefaults(meetingDate: string, language: Language): Promise<PackDraft>;
  exportPack(draft: PackDraft, path: string): Promise<PackRecord>;
  listPacks(): Promise<PackRecord[]>;
  exportSignInSheet(forumId: string, path: string, paper: Paper, language: Language): Promise<void>;
  openPdf(path: string): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  makeBackup(): Promise<BackupInfo>;
  restoreBackup(path: string): Promise<string | null>;
  previewPeopleImport(path: string): Promise<ImportPlan>;
  previewAttendanceImport(path: string, forumId: string): Promise<ImportPlan>;
  applyImport(path: string, previewed: ImportPlan): Promise<ImportOutcome>;
  exportPeopleCsv(path: string, withContacts: boolean, language: Language): Promise<void>;
  exportAttendanceCsv(path: string, forumId: string | null, from: string, to: string, language: Language): Promise<void>;
  exportFeedbackCsv(path: string, language: Language): Promise<void>;
  syncExport(path: string, colleague: string | null): Promise<ExportSummary>;
  syncImport(path: string): Promise<SyncReport>;
  chooseFile(title: string): Promise<string | null>;
  chooseSavePath(title: string, fileName: string, extension: string): Promise<string | null>;
  getLanguage(): Promise<Language>;
  setLanguage(language: Language): Promise<void>;
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "messageKey" in value;
}

/** Whatever a failed call rejected with, as an IpcError. */
export function toIpcError(value: unknown): IpcError {
  if (isIpcError(value)) return { ...value, details: value.details ?? {} };
  return { code: "unexpected", messageKey: "error-unexpected", details: {} };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toIpcError(error);
  }
}

export const tauriBackend: Backend = {
  listForums: () => call("list_forums"),
  getForum: (id) => call("get_forum", { id }),
  getForumDetail: (id) => call("get_forum_detail", { id }),
  createForum: (draft) => call("create_forum", { draft }),
  updateForum: (id, draft) => call("update_forum", { id, draft }),
  setFacilitators: (id, people) => call("set_facilitators", { id, people }),
  exportCalendar: (path, forumIds, language) => call("export_calendar", { path, forumIds, language }),
  listNeighbourhoods: () => call("list_neighbourhoods"),
  listCommitments: () => call("list_commitments"),
  listOrganizations: () => call("list_organizations"),
  searchPeople: (query, limit) => call("search_people", { query, limit }),
  listPeople: (filter, limit, offset) => call("list_people", { filter, limit, offset }),
  getPerson: (id) => call("get_person", { id }),
  updatePerson: (id, draft) => call("update_person", { id, draft }),
  setDrivingGroup: (id, member) => call("set_driving_group", { id, member }),
  recordConsent: (id, draft) => call("record_consent", { id, draft }),
  withdrawConsent: (id) => call("withdraw_consent", { id }),
  mergePeople: (survivor, duplicate) => call("merge_people", { survivor, duplicate }),
  registerAttendance: (forumId, personId, role) => call("register_attendance", { forumId, personId, role }),
  registerNewPerson: (forumId, draft, role) => call("register_new_person", { forumId, draft, role }),
  listAttendees: (forumId) => call("list_attendees", { forumId }),
  removeAttendance: (attendanceId) => call("remove_attendance", { attendanceId }),
  attendeesByNeighbourhood: (forumId, from, to) => call("attendees_by_neighbourhood", { forumId, from, to }),
  recordFeedback: (draft) => call("record_feedback", { draft }),
  changeFeedbackStatus: (id, change) => call("change_feedback_status", { id, change }),
  listFeedback: (filter) => call("list_feedback", { filter }),
  commitmentProgress: () => call("commitment_progress"),
  createMilestone: (draft) => call("create_milestone", { draft }),
  updateMilestone: (id, draft) => call("update_milestone", { id, draft }),
  addMilestoneNote: (milestoneId, draft) => call("add_milestone_note", { milestoneId, draft }),
  addEvidence: (milestoneId, noteId, path) => call("add_evidence", { milestoneId, noteId, path }),
  openEvidence: (id) => call("open_evidence", { id }),
  searchEverything: (query) => call("search_everything", { query }),
  dashboard: (from, to) => call("dashboard", { from, to }),
  personData: (id) => call("person_data", { id }),
  exportPersonData: (id, path) => call("export_person_data", { id, path }),
  exportPersonPdf: (id, path, language) => call("export_person_pdf", { id, path, language }),
  erasePerson: (id) => call("erase_person", { id }),
  purgeStaleContacts: (months) => call("purge_stale_contacts", { months }),
  packDefaults: (meetingDate, language) => call("pack_defaults", { meetingDate, language }),
  exportPack: (draft, path) => call("export_pack", { draft, path }),
  listPacks: () => call("list_packs"),
  exportSignInSheet: (forumId, path, paper, language) => call("export_sign_in_sheet", { forumId, path, paper, language }),
  openPdf: (path) => call("open_pdf", { path }),
  listBackups: () => call("list_backups"),
  makeBackup: () => call("make_backup"),
  restoreBackup: (path) => call("restore_backup", { path }),
  previewPeopleImport: (path) => call("preview_people_import", { path }),
  previewAttendanceImport: (path, forumId) => call("preview_attendance_import", { path, forumId }),
  applyImport: (path, previewed) => call("apply_import", { path, previewed }),
  exportPeopleCsv: (path, withContacts, language) => call("export_people_csv", { path, withContacts, language }),
  exportAttendanceCsv: (path, forumId, from, to, language) =>
    call("export_attendance_csv", { path, forumId, from, to, language }),
  exportFeedbackCsv: (path, language) => call("export_feedback_csv", { path, language }),
  syncExport: (path, colleague) => call("sync_export", { path, colleague }),
  syncImport: (path) => call("sync_import", { path }),
  chooseFile: (title) => call("choose_file", { title }),
  chooseSavePath: (title, fileName, extension) => call("choose_save_path", { title, fileName, extension }),
  getLanguage: () => call("get_language"),
  setLanguage: (language) => call("set_language", { language }),
};
