// Generated from the Rust types by `make bindings` (src-tauri/src/bindings.rs).
// Do not edit: a test fails when this file is stale.

import { call } from "./ipc";

export type ForumKind = "co_creation_forum" | "multi_stakeholder_forum" | "interim_session" | "quarterly_meeting" | "childrens_roundtable" | "consultation";

export type InvitationMethod = "random_invitation" | "open_call" | "invited_leaders";

export type AgeBand = "child" | "adolescent" | "adult" | "senior";

export type Gender = "female" | "male" | "other";

export type ConsentMethod = "signed_paper" | "in_person" | "other";

export type ConsentGiver = "person" | "guardian";

export type AttendanceRole = "neighbour" | "leader" | "official" | "monitor" | "observer";

export type OrganizationKind = "neighbourhood_council" | "functional_organization" | "ngo" | "school" | "municipal_body" | "observer" | "other";

export type FeedbackKind = "concern" | "proposal" | "question" | "recognition";

export type Priority = "high" | "medium" | "low";

export type FeedbackStatus = "open" | "forwarded" | "answered" | "closed";

export type Completion = "no_evidence" | "not_started" | "limited" | "substantial" | "complete";

export type RequestRight = "access" | "rectification" | "suppression" | "opposition" | "portability" | "blocking";

export type RequestChannel = "in_person" | "email" | "letter" | "phone" | "other";

export type RequestStatus = "received" | "in_progress" | "answered" | "refused";

export type Neighbourhood = { id: string, name: string, sectorCode: string | null, };

export type Commitment = { id: string, number: number, title: string, leadDirectorate: string, description: string, };

export type Organization = { id: string, name: string, kind: OrganizationKind, neighbourhoodId: string | null, };

export type GuardianConsentDraft = { guardianName: string, 
/**
 * Mother, father, grandmother, legal guardian…
 */
relationship: string, 
/**
 * `24-11-2026`
 */
givenOn: string, purpose: string, method: ConsentMethod, };

export type GuardianConsent = { guardianName: string, relationship: string, givenOn: string, purpose: string, method: ConsentMethod, };

export type GenderConsentDraft = { 
/**
 * `24-11-2026`
 */
givenOn: string, givenBy: ConsentGiver, };

export type GenderConsent = { givenOn: string, givenBy: ConsentGiver, };

export type ReviewReason = "child_without_guardian" | "gender_without_consent";

export type BlockRecord = { reason: string, blockedOn: string, 
/**
 * `None` while the block lasts.
 */
liftedOn: string | null, };

export type PersonDraft = { fullName: string, 
/**
 * Empty when the person gives none.
 */
rut: string, neighbourhoodId: string | null, 
/**
 * An existing organization's name, or a new one to create; may be empty.
 */
organizationName: string, ageBand: AgeBand | null, 
/**
 * Kept only with `gender_consent` (see `domain::lawful`).
 */
gender: Gender | null, 
/**
 * A child under 14 is kept by name only with this.
 */
guardian: GuardianConsentDraft | null, genderConsent: GenderConsentDraft | null, };

export type Person = { id: string, fullName: string, 
/**
 * Normalised `12345678-5`.
 */
rut: string | null, neighbourhoodId: string | null, neighbourhoodName: string | null, organizationId: string | null, organizationName: string | null, ageBand: AgeBand | null, gender: Gender | null, isDrivingGroup: boolean, 
/**
 * Contact details exist only while consent is recorded.
 */
phone: string | null, email: string | null, consentOn: string | null, consentPurpose: string | null, guardian: GuardianConsent | null, genderConsent: GenderConsent | null, 
/**
 * Since when the person is blocked, if they are.
 */
blockedOn: string | null, 
/**
 * Every block, the current one first.
 */
blocks: Array<BlockRecord>, 
/**
 * Why the record is listed for review (recorded before Ley 21.719).
 */
review: Array<ReviewReason>, };

export type PersonRow = { id: string, fullName: string, rut: string | null, neighbourhoodName: string | null, organizationName: string | null, ageBand: AgeBand | null, isDrivingGroup: boolean, forumsAttended: number, 
/**
 * The day of the last forum they came to.
 */
lastSeen: string | null, blocked: boolean, needsReview: boolean, };

export type PersonFilter = { 
/**
 * Words of the name, or RUT digits (as at the sign-in desk).
 */
text: string, neighbourhoodId: string | null, organizationId: string | null, drivingGroupOnly: boolean, 
/**
 * Only records listed for review under Ley 21.719.
 */
reviewOnly: boolean, };

export type ConsentDraft = { phone: string, email: string, 
/**
 * What the person agreed the contact may be used for.
 */
purpose: string, 
/**
 * `24-11-2026`
 */
givenOn: string, };

export type PersonMatch = { id: string, fullName: string, rut: string | null, neighbourhoodName: string | null, organizationName: string | null, forumsAttended: number, };

export type ForumDraft = { kind: ForumKind, title: string, 
/**
 * `24-11-2026`
 */
date: string, 
/**
 * `18:30`, or empty.
 */
time: string, place: string, neighbourhoodId: string | null, commitmentIds: Array<string>, invitation: InvitationMethod, agenda: string, minutes: string, };

export type Forum = { id: string, kind: ForumKind, title: string, 
/**
 * Local time in Maipú.
 */
startsAt: string, place: string, neighbourhoodId: string | null, neighbourhoodName: string | null, commitmentIds: Array<string>, invitation: InvitationMethod, agenda: string, minutes: string, };

export type ForumSummary = { id: string, kind: ForumKind, title: string, startsAt: string, place: string, neighbourhoodName: string | null, attendeeCount: number, };

export type ForumPage = { forums: Array<ForumSummary>, total: number, };

export type Attendee = { attendanceId: string, personId: string, 
/**
 * Empty for an anonymous participant.
 */
fullName: string, 
/**
 * A child without a guardian's consent, or someone erased: counted,
 * never named.
 */
anonymous: boolean, ageBand: AgeBand | null, neighbourhoodName: string | null, organizationName: string | null, role: AttendanceRole, arrivedAt: string, };

export type Figures = { from: string, 
/**
 * Inclusive.
 */
to: string, 
/**
 * The day the figures are judged at: the period's end, or today while
 * the period runs (`store::figures::judged_at`).
 */
asOf: string, 
/**
 * Forums held: dated in the period, on or before `as_of`.
 */
forumsHeld: number, 
/**
 * Sign-ins at the forums held.
 */
attendances: number, 
/**
 * Different people who signed in at the forums held.
 */
peopleReached: number, 
/**
 * People reached who had signed in at no forum before the period.
 */
firstTimeParticipants: number, 
/**
 * Neighbourhoods of the people reached, out of every neighbourhood.
 */
neighbourhoodsReached: number, neighbourhoodsTotal: number, 
/**
 * People reached in the child and adolescent age bands.
 */
children: number, adolescents: number, 
/**
 * People reached whose gender is recorded as female / male.
 */
women: number, men: number, 
/**
 * Feedback items received in the period.
 */
feedbackReceived: number, 
/**
 * Feedback waiting at `as_of`: received by then and open or forwarded
 * then (its status history replayed to that day).
 */
feedbackOpen: number, };

export type FeedbackDraft = { forumId: string | null, personId: string | null, text: string, neighbourhoodId: string | null, commitmentId: string | null, milestoneId: string | null, kind: FeedbackKind, priority: Priority, 
/**
 * `24-11-2026`
 */
receivedOn: string, };

export type StatusChange = { status: FeedbackStatus, 
/**
 * `24-11-2026`
 */
on: string, detail: string, };

export type FeedbackEvent = { id: string, status: FeedbackStatus, happenedOn: string, note: string, };

export type FeedbackItem = { id: string, forumId: string | null, forumTitle: string | null, personId: string | null, personName: string | null, text: string, neighbourhoodId: string | null, neighbourhoodName: string | null, commitmentId: string | null, commitmentNumber: number | null, milestoneId: string | null, milestoneTitle: string | null, kind: FeedbackKind, priority: Priority, status: FeedbackStatus, forwardedTo: string | null, answer: string | null, answeredOn: string | null, receivedOn: string, 
/**
 * Days since it was received, counted to the day the list was asked for.
 */
ageDays: number, history: Array<FeedbackEvent>, };

export type FeedbackFilter = { commitmentId: string | null, neighbourhoodId: string | null, status: FeedbackStatus | null, 
/**
 * Open and forwarded items only (still waiting for an answer).
 */
waitingOnly: boolean, };

export type MilestoneDraft = { commitmentId: string, title: string, 
/**
 * `01-03-2026`, or empty.
 */
plannedStart: string, plannedEnd: string, };

export type NoteDraft = { 
/**
 * `24-11-2026`
 */
notedOn: string, author: string, text: string, completion: Completion | null, progress: number | null, };

export type MilestoneNote = { id: string, notedOn: string, author: string, text: string, completionBefore: Completion | null, completionAfter: Completion | null, };

export type Evidence = { id: string, milestoneId: string, noteId: string | null, originalName: string, sha256: string, sizeBytes: number, addedOn: string, };

export type ForumEvidence = { id: string, forumId: string, originalName: string, sha256: string, sizeBytes: number, addedOn: string, };

export type Milestone = { id: string, commitmentId: string, title: string, plannedStart: string | null, plannedEnd: string | null, completion: Completion, progress: number, 
/**
 * Past its planned end and not complete.
 */
late: boolean, notes: Array<MilestoneNote>, evidence: Array<Evidence>, };

export type CommitmentProgress = { commitment: Commitment, 
/**
 * The mean of its milestones' progress, 0 when it has none.
 */
progress: number, milestones: Array<Milestone>, };

export type Count = { label: string, count: number, };

export type ForumBreakdown = { attendees: number, 
/**
 * People whose first forum ever this was.
 */
firstTimers: number, children: number, adolescents: number, byNeighbourhood: Array<Count>, organizations: Array<Count>, };

export type Facilitator = { personId: string, fullName: string, };

export type ForumDetail = { forum: Forum, facilitators: Array<Facilitator>, breakdown: ForumBreakdown, };

export type NeighbourhoodAttendees = { 
/**
 * `None` for people with no neighbourhood recorded.
 */
neighbourhoodName: string | null, people: Array<Attendee>, };

export type FeedbackHit = { id: string, text: string, status: FeedbackStatus, receivedOn: string, neighbourhoodName: string | null, };

export type SearchResults = { people: Array<PersonMatch>, forums: Array<ForumSummary>, feedback: Array<FeedbackHit>, };

export type MilestoneBar = { commitmentNumber: number, title: string, completion: Completion, progress: number, late: boolean, };

export type Dashboard = { figures: Figures, 
/**
 * Sign-ins per neighbourhood, every neighbourhood listed (gaps show).
 */
attendanceByNeighbourhood: Array<Count>, 
/**
 * Feedback still waiting, by age: labels `0-30`, `31-60`, `61-90`, `91+`.
 */
waitingFeedbackByAge: Array<Count>, 
/**
 * Milestones per completion level, labels are `Completion` names.
 */
milestonesByCompletion: Array<Count>, milestones: Array<MilestoneBar>, };

export type ParticipationRecord = { forumTitle: string, startsAt: string, place: string, role: AttendanceRole, };

export type SaidRecord = { text: string, receivedOn: string, status: FeedbackStatus, answer: string | null, };

export type PersonData = { person: Person, recordedOn: string, lastChanged: string, participation: Array<ParticipationRecord>, said: Array<SaidRecord>, facilitated: Array<string>, };

export type Urgency = "overdue" | "due_this_week" | "on_time" | "settled";

export type RequestDraft = { receivedOn: string, 
/**
 * The requester when they are recorded in the app…
 */
requesterId: string | null, 
/**
 * …or their name as they gave it.
 */
requesterName: string, 
/**
 * Whose data the request is about (often the requester).
 */
subjectId: string | null, right: RequestRight, channel: RequestChannel, notes: string, };

export type RequestStep = { on: string, 
/**
 * The extension's reason, the answer given, or the reasons for a refusal.
 */
text: string, };

export type RightsRequest = { id: string, receivedOn: string, requesterId: string | null, requesterName: string, subjectId: string | null, 
/**
 * `None` once the person was erased (or when none was named).
 */
subjectName: string | null, right: RequestRight, channel: RequestChannel, notes: string, status: RequestStatus, startedOn: string | null, extendedOn: string | null, extensionReason: string | null, decidedOn: string | null, 
/**
 * The answer given, or the reasons for a refusal.
 */
decision: string, 
/**
 * When the person's data were sent (access, portability).
 */
sentOn: string | null, dueOn: string, urgency: Urgency, };

export type RequestsDue = { overdue: Array<RightsRequest>, dueThisWeek: Array<RightsRequest>, };

export type RetentionRule = { "kind": "contact_details", months: number, } | { "kind": "attendance_names", years: number, } | { "kind": "childrens_names", months: number, };

export type RetainedPerson = { id: string, fullName: string, 
/**
 * Their last forum, or when they were recorded if they came to none.
 */
lastSeen: string, };

export type RetentionCase = { rule: RetentionRule, people: Array<RetainedPerson>, };

export type Language = "es-CL" | "en";

export type Paper = "a4" | "letter";

export type PackDraft = { meetingTitle: string, 
/**
 * `24-11-2026`.
 */
meetingDate: string, place: string, 
/**
 * One item a line.
 */
agenda: string, periodStart: string, periodEnd: string, language: Language, paper: Paper, withContacts: boolean, };

export type PackRecord = { id: string, meetingDate: string, place: string, periodStart: string, periodEnd: string, language: string, paper: string, filePath: string | null, 
/**
 * UTC, RFC 3339.
 */
generatedAt: string | null, };

export type Controller = { 
/**
 * e.g. "Ilustre Municipalidad de Maipú".
 */
name: string, 
/**
 * e.g. "DIDECO".
 */
unit: string, 
/**
 * Where rights requests go: e-mail, phone or an office.
 */
contact: string, address: string, 
/**
 * What the data serve, one purpose a line.
 */
purposes: Array<string>, retention: string, };

export type DocumentKind = "privacy_notice" | "guardian_consent" | "contact_consent";

export type BreachDraft = { 
/**
 * The day it was found, `24-11-2026`.
 */
foundOn: string, whatHappened: string, 
/**
 * Whose data: "asistentes del foro de Pehuén", say.
 */
whoseData: string, 
/**
 * How many people; empty while nobody knows yet.
 */
peopleAffected: string, 
/**
 * Which data: names, RUTs, phones…
 */
dataKinds: string, 
/**
 * Data of children under 14 were involved.
 */
childrenData: boolean, 
/**
 * Sensitive data (gender identity, health…) were involved.
 */
sensitiveData: boolean, putAtRisk: boolean, actionsTaken: string, 
/**
 * When the Agencia was told; empty: not yet.
 */
agencyNotifiedOn: string, 
/**
 * When the people affected were told; empty: not yet.
 */
peopleNotifiedOn: string, 
/**
 * Who told whom, and how (letter, e-mail, in person).
 */
notifiedHow: string, };

export type Breach = { id: string, foundOn: string, whatHappened: string, whoseData: string, peopleAffected: number | null, dataKinds: string, childrenData: boolean, sensitiveData: boolean, putAtRisk: boolean, actionsTaken: string, agencyNotifiedOn: string | null, peopleNotifiedOn: string | null, notifiedHow: string, recordedAt: string, 
/**
 * The Agencia must be told (it put people at risk).
 */
agencyNoticeRequired: boolean, 
/**
 * Each person affected must be told too.
 */
peopleNoticeRequired: boolean, };

export type BackupInfo = { path: string, 
/**
 * Local time.
 */
takenAt: string, size: number, 
/**
 * `daily`, `manual`, `before-migration` or `before-restore`.
 */
reason: string, };

export type RecordKind = "forum" | "milestone" | "note" | "evidence" | "feedback";

export type Taken = "sign_ins" | "facilitators" | "feedback" | "notes" | "evidence";

export type TakenCount = { what: Taken, count: number, };

export type DeletePreview = { kind: RecordKind, id: string, label: string, 
/**
 * Only what there is some of, in the order of `cascades`.
 */
takes: Array<TakenCount>, };

export type Deletion = { kind: RecordKind, id: string, 
/**
 * The `deleted_at` every row of this delete carries.
 */
stamp: string, };

export type MergeSide = { id: string, fullName: string, 
/**
 * As people read it: `12.345.678-5`.
 */
rut: string | null, neighbourhoodName: string | null, organizationName: string | null, forumsAttended: number, 
/**
 * The days of the first and latest forum they signed in at.
 */
firstSeen: string | null, lastSeen: string | null, };

export type SheetLine = { 
/**
 * The row's number on paper (1, 2, …).
 */
number: number, 
/**
 * Three or four characters, unique in the sheet.
 */
code: string, personId: string, fullName: string, neighbourhoodName: string | null, organizationName: string | null, };

export type PaperSheet = { forumId: string, lines: Array<SheetLine>, 
/**
 * The number of the first blank row; blank rows run on from it.
 */
firstBlank: number, blankRows: number, 
/**
 * Photos or scans of the signed sheet kept as the forum's evidence.
 */
signed: Array<ForumEvidence>, };

export type Preferences = { language: Language, 
/**
 * Pre-chosen in the pack form and for sign-in sheets.
 */
paper: Paper, 
/**
 * The leader who uses this laptop: pre-filled as the author of notes
 * and the facilitator of new forums. Empty when not given.
 */
leaderName: string, largeText: boolean, 
/**
 * The high-contrast theme, for reading in the sun.
 */
highContrast: boolean, };

export type RecordCounts = { people: number, forums: number, attendances: number, feedback: number, milestones: number, notes: number, evidence: number, };

export type About = { version: string, database: string, 
/**
 * The database file and its write-ahead log, in bytes.
 */
databaseSize: number, records: RecordCounts, 
/**
 * The newest backup in `backups/`, if any.
 */
lastBackup: BackupInfo | null, logFolder: string, 
/**
 * The folder that holds the database, its backups, evidence and logs.
 */
dataFolder: string, };

export type ImportedContact = { phone: string | null, email: string | null, givenOn: string, purpose: string, };

export type ImportRow = { 
/**
 * Line of the file where the row starts (1 is the first line).
 */
line: number, fullName: string, 
/**
 * Normalised `12345678-5`.
 */
rut: string | null, neighbourhoodId: string | null, neighbourhoodName: string | null, organizationName: string, ageBand: AgeBand | null, 
/**
 * Only with the row's own express consent (an adult's: a file cannot
 * show a guardian's), see `domain::lawful`.
 */
gender: Gender | null, genderConsentOn: string | null, 
/**
 * A child: a file carries no guardian's consent, so the row is only an
 * anonymous participant (name, RUT, organization and contact dropped);
 * signed in by an attendance import, not kept by a people import.
 */
anonymous: boolean, 
/**
 * Only for attendance; a neighbour unless the file says otherwise.
 */
role: AttendanceRole, 
/**
 * Present only when the row's consent column says yes.
 */
contact: ImportedContact | null, };

export type MatchedBy = "rut" | "name_and_neighbourhood";

export type ExistingPerson = { id: string, fullName: string, rut: string | null, neighbourhoodName: string | null, matchedBy: MatchedBy, };

export type Matched = { row: ImportRow, existing: ExistingPerson, };

export type BadRow = { line: number, messageKey: string, field: string | null, 
/**
 * The message's arguments (e.g. `max` for a value too long).
 */
args: { [key in string]: string }, };

export type ImportPlan = { 
/**
 * Set for an attendance import.
 */
forumId: string | null, toCreate: Array<ImportRow>, 
/**
 * Rows that are people already recorded: not created again (for an
 * attendance import, they are signed in).
 */
matches: Array<Matched>, 
/**
 * Attendance only: known people already signed in at the forum.
 */
alreadyRegistered: Array<Matched>, badRows: Array<BadRow>, 
/**
 * Rows whose phone or e-mail is dropped for want of consent.
 */
contactsDropped: number, 
/**
 * Rows whose gender is dropped for want of an express consent.
 */
gendersDropped: number, 
/**
 * Headers that meant nothing to us and were ignored.
 */
ignoredColumns: Array<string>, };

export type ImportOutcome = { created: number, registered: number, alreadyRegistered: number, contactsSaved: number, 
/**
 * Children signed in anonymously (attendance) or not kept (people).
 */
anonymous: number, };

export type ConflictKind = "same_rut" | "same_link" | "erased";

export type Side = "this_laptop" | "file";

export type Conflict = { table: string, 
/**
 * The row from the file.
 */
id: string, 
/**
 * The row of this laptop it clashed with, when another.
 */
otherId: string | null, kind: ConflictKind, kept: Side, 
/**
 * Whom or what it concerns (a person's name, a forum's title).
 */
label: string, };

export type RefusedWhy = "changed" | "too_large" | "unknown";

export type RefusedFile = { 
/**
 * The name it was attached under, when its evidence row is known.
 */
name: string, reason: RefusedWhy, };

export type ReviewKind = "parallel" | "same_field" | "deleted";

export type ReviewField = { field: string, thisLaptop: string | null, other: string | null, kept: string | null, 
/**
 * Changed on both laptops: the person may keep the other value.
 */
clash: boolean, };

export type Review = { id: string, table: string, rowId: string, kind: ReviewKind, 
/**
 * Whom or what it concerns (a person's name, a forum's title).
 */
label: string, fields: Array<ReviewField>, 
/**
 * The laptop whose file brought it, and when it was found (UTC).
 */
laptop: string, foundAt: string, reviewed: boolean, keptOther: boolean, };

export type SyncReport = { 
/**
 * The laptop that exported the file, and when.
 */
laptop: string, exportedAt: string, added: number, changed: number, unchanged: number, conflicts: Array<Conflict>, 
/**
 * Evidence files received and kept (checked by their SHA-256).
 */
filesReceived: number, 
/**
 * Files the file carried that this laptop already had.
 */
filesAlreadyHere: number, 
/**
 * Files refused, each with why: not kept, the rest of the import is.
 */
filesRefused: Array<RefusedFile>, 
/**
 * Rows changed on both laptops, merged field by field; they wait in
 * *Conflictos* until reviewed.
 */
reviews: Array<Review>, };

export type ExportSummary = { rows: number, 
/**
 * Only rows changed since this stamp (an export to a colleague).
 */
since: string | null, 
/**
 * Evidence files carried, and their total size in bytes.
 */
files: number, fileBytes: number, };

export type FilesPlan = { files: number, bytes: number, 
/**
 * Recorded files this laptop does not have (or whose content changed):
 * they cannot be sent.
 */
unavailable: number, };

export type ExportPlan = { rows: number, since: string | null, files: FilesPlan, };

export type FolderImport = { file: string, report: SyncReport, };

export type FolderFailure = { file: string, messageKey: string, };

export type FolderReport = { folder: string, 
/**
 * This laptop's own file, written after the imports.
 */
written: string, imported: Array<FolderImport>, 
/**
 * Colleagues' files already imported as they are now.
 */
unchanged: number, 
/**
 * Files that could not be imported, with the message key of why; the
 * others went in all the same.
 */
failed: Array<FolderFailure>, };

export type ErrorCode = "invalid" | "not_found" | "already_registered" | "duplicate_rut" | "storage" | "too_new" | "unexpected";

export type IpcError = { code: ErrorCode, messageKey: string, 
/**
 * For `invalid`: `field`. Otherwise the message's arguments.
 */
details: { [key in string]: string }, };

export const FORUM_KINDS: Array<ForumKind> = ["co_creation_forum", "multi_stakeholder_forum", "interim_session", "quarterly_meeting", "childrens_roundtable", "consultation"];

export const INVITATIONS: Array<InvitationMethod> = ["random_invitation", "open_call", "invited_leaders"];

export const AGE_BANDS: Array<AgeBand> = ["child", "adolescent", "adult", "senior"];

export const GENDERS: Array<Gender> = ["female", "male", "other"];

export const CONSENT_METHODS: Array<ConsentMethod> = ["signed_paper", "in_person", "other"];

export const CONSENT_GIVERS: Array<ConsentGiver> = ["person", "guardian"];

export const ROLES: Array<AttendanceRole> = ["neighbour", "leader", "official", "monitor", "observer"];

export const ORGANIZATION_KINDS: Array<OrganizationKind> = ["neighbourhood_council", "functional_organization", "ngo", "school", "municipal_body", "observer", "other"];

export const FEEDBACK_KINDS: Array<FeedbackKind> = ["concern", "proposal", "question", "recognition"];

export const PRIORITIES: Array<Priority> = ["high", "medium", "low"];

export const FEEDBACK_STATUSES: Array<FeedbackStatus> = ["open", "forwarded", "answered", "closed"];

export const COMPLETIONS: Array<Completion> = ["no_evidence", "not_started", "limited", "substantial", "complete"];

export const REQUEST_RIGHTS: Array<RequestRight> = ["access", "rectification", "suppression", "opposition", "portability", "blocking"];

export const REQUEST_CHANNELS: Array<RequestChannel> = ["in_person", "email", "letter", "phone", "other"];

export const REQUEST_STATUSES: Array<RequestStatus> = ["received", "in_progress", "answered", "refused"];

/** Where a feedback item can move from each status, the usual next step first. */
export const FEEDBACK_NEXT: Record<FeedbackStatus, Array<FeedbackStatus>> = {
  open: ["forwarded", "answered", "closed"],
  forwarded: ["answered", "closed", "open"],
  answered: ["closed", "open"],
  closed: ["open"],
};

/** The longest text each kind of field takes, in characters (shown under the field). */
export const LIMITS = { name: 120, line: 200, longText: 20000 } as const;

/** Every command the core answers. Screens are given one, so tests can give a fake. */
export interface Backend {
  listForums(): Promise<Array<ForumSummary>>;
  listForumPage(limit: number, offset: number): Promise<ForumPage>;
  getForum(id: string): Promise<Forum>;
  getForumDetail(id: string): Promise<ForumDetail>;
  createForum(draft: ForumDraft): Promise<Forum>;
  updateForum(id: string, draft: ForumDraft): Promise<Forum>;
  setFacilitators(id: string, people: Array<string>): Promise<ForumDetail>;
  exportCalendar(path: string, forumIds: Array<string> | null, language: Language): Promise<number>;
  listNeighbourhoods(): Promise<Array<Neighbourhood>>;
  listCommitments(): Promise<Array<Commitment>>;
  listOrganizations(): Promise<Array<Organization>>;
  searchPeople(query: string, limit: number): Promise<Array<PersonMatch>>;
  listPeople(filter: PersonFilter, limit: number, offset: number): Promise<Array<PersonRow>>;
  getPerson(id: string): Promise<Person>;
  updatePerson(id: string, draft: PersonDraft): Promise<Person>;
  setDrivingGroup(id: string, member: boolean): Promise<Person>;
  recordConsent(id: string, draft: ConsentDraft): Promise<Person>;
  withdrawConsent(id: string): Promise<Person>;
  mergePeople(survivor: string, duplicate: string): Promise<Person>;
  recordGuardianConsent(id: string, draft: GuardianConsentDraft): Promise<Person>;
  withdrawGuardianConsent(id: string): Promise<Person | null>;
  recordGender(id: string, gender: Gender, draft: GenderConsentDraft): Promise<Person>;
  withdrawGenderConsent(id: string): Promise<Person>;
  anonymisePerson(id: string): Promise<void>;
  blockPerson(id: string, reason: string, on: string): Promise<Person>;
  unblockPerson(id: string, on: string): Promise<Person>;
  registerAttendance(forumId: string, personId: string, role: AttendanceRole): Promise<Attendee>;
  registerNewPerson(forumId: string, draft: PersonDraft, role: AttendanceRole): Promise<Attendee>;
  listAttendees(forumId: string): Promise<Array<Attendee>>;
  removeAttendance(attendanceId: string): Promise<void>;
  attendeesByNeighbourhood(forumId: string | null, from: string, to: string): Promise<Array<NeighbourhoodAttendees>>;
  recordFeedback(draft: FeedbackDraft): Promise<FeedbackItem>;
  changeFeedbackStatus(id: string, change: StatusChange): Promise<FeedbackItem>;
  listFeedback(filter: FeedbackFilter): Promise<Array<FeedbackItem>>;
  getFeedback(id: string): Promise<FeedbackItem>;
  correctFeedbackStep(stepId: string, on: string): Promise<FeedbackItem>;
  commitmentProgress(): Promise<Array<CommitmentProgress>>;
  createMilestone(draft: MilestoneDraft): Promise<string>;
  updateMilestone(id: string, draft: MilestoneDraft): Promise<void>;
  addMilestoneNote(milestoneId: string, draft: NoteDraft): Promise<string>;
  addEvidence(milestoneId: string, noteId: string | null, path: string): Promise<Evidence>;
  openEvidence(id: string): Promise<void>;
  previewDelete(kind: RecordKind, id: string): Promise<DeletePreview>;
  deleteRecord(kind: RecordKind, id: string): Promise<Deletion>;
  undoDelete(deletion: Deletion): Promise<void>;
  mergeSides(survivor: string, duplicate: string): Promise<Array<MergeSide>>;
  searchEverything(query: string): Promise<SearchResults>;
  dashboard(from: string, to: string): Promise<Dashboard>;
  personData(id: string): Promise<PersonData>;
  exportPersonData(id: string, path: string): Promise<void>;
  exportPersonPdf(id: string, path: string, language: Language): Promise<void>;
  erasePerson(id: string): Promise<void>;
  purgeStaleContacts(months: number): Promise<number>;
  listRequests(): Promise<Array<RightsRequest>>;
  requestsDue(): Promise<RequestsDue>;
  recordRequest(draft: RequestDraft): Promise<RightsRequest>;
  startRequest(id: string, step: RequestStep): Promise<RightsRequest>;
  extendRequest(id: string, step: RequestStep): Promise<RightsRequest>;
  decideRequest(id: string, outcome: RequestStatus, step: RequestStep): Promise<RightsRequest>;
  sendRequestData(id: string, path: string, asPdf: boolean, language: Language): Promise<RightsRequest>;
  exportRequestLetter(id: string, path: string, language: Language): Promise<void>;
  retentionReview(): Promise<Array<RetentionCase>>;
  setRetention(rule: RetentionRule): Promise<Array<RetentionCase>>;
  applyRetention(rule: RetentionRule): Promise<number>;
  packDefaults(meetingDate: string, language: Language): Promise<PackDraft>;
  exportPack(draft: PackDraft, path: string): Promise<PackRecord>;
  listPacks(): Promise<Array<PackRecord>>;
  exportSignInSheet(forumId: string, path: string, paper: Paper, language: Language): Promise<void>;
  openPdf(path: string): Promise<void>;
  paperSheet(forumId: string): Promise<PaperSheet>;
  addSignedSheet(forumId: string, path: string): Promise<ForumEvidence>;
  listBackups(): Promise<Array<BackupInfo>>;
  makeBackup(): Promise<BackupInfo>;
  restoreBackup(path: string): Promise<string | null>;
  previewPeopleImport(path: string): Promise<ImportPlan>;
  previewAttendanceImport(path: string, forumId: string): Promise<ImportPlan>;
  applyImport(path: string, previewed: ImportPlan): Promise<ImportOutcome>;
  exportPeopleCsv(path: string, withContacts: boolean, language: Language): Promise<void>;
  exportAttendanceCsv(path: string, forumId: string | null, from: string, to: string, language: Language): Promise<void>;
  exportFeedbackCsv(path: string, language: Language): Promise<void>;
  syncExportPlan(colleague: string | null): Promise<ExportPlan>;
  syncExport(path: string, colleague: string | null): Promise<ExportSummary>;
  syncImport(path: string): Promise<SyncReport>;
  syncFolder(): Promise<string | null>;
  chooseSyncFolder(path: string): Promise<FolderReport>;
  syncFolderNow(): Promise<FolderReport>;
  listConflicts(withReviewed: boolean): Promise<Array<Review>>;
  conflictsWaiting(): Promise<number>;
  keepOtherValue(id: string): Promise<Review>;
  markConflictReviewed(id: string): Promise<Review>;
  chooseFile(title: string): Promise<string | null>;
  chooseSavePath(title: string, fileName: string, extension: string): Promise<string | null>;
  getLanguage(): Promise<Language>;
  setLanguage(language: string): Promise<void>;
  getPreferences(): Promise<Preferences>;
  setPreferences(preferences: Preferences): Promise<Preferences>;
  about(): Promise<About>;
  openDataFolder(): Promise<void>;
  uiReady(pageMs: number): Promise<void>;
  getController(): Promise<Controller>;
  saveController(controller: Controller): Promise<Controller>;
  exportDocument(kind: DocumentKind, path: string, paper: Paper, language: Language): Promise<void>;
  listBreaches(): Promise<Array<Breach>>;
  recordBreach(draft: BreachDraft): Promise<Breach>;
  updateBreach(id: string, draft: BreachDraft): Promise<Breach>;
  exportBreachReport(id: string, path: string, paper: Paper, language: Language): Promise<void>;
}

export const tauriBackend: Backend = {
  listForums: () => call("list_forums"),
  listForumPage: (limit, offset) => call("list_forum_page", { limit, offset }),
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
  recordGuardianConsent: (id, draft) => call("record_guardian_consent", { id, draft }),
  withdrawGuardianConsent: (id) => call("withdraw_guardian_consent", { id }),
  recordGender: (id, gender, draft) => call("record_gender", { id, gender, draft }),
  withdrawGenderConsent: (id) => call("withdraw_gender_consent", { id }),
  anonymisePerson: (id) => call("anonymise_person", { id }),
  blockPerson: (id, reason, on) => call("block_person", { id, reason, on }),
  unblockPerson: (id, on) => call("unblock_person", { id, on }),
  registerAttendance: (forumId, personId, role) => call("register_attendance", { forumId, personId, role }),
  registerNewPerson: (forumId, draft, role) => call("register_new_person", { forumId, draft, role }),
  listAttendees: (forumId) => call("list_attendees", { forumId }),
  removeAttendance: (attendanceId) => call("remove_attendance", { attendanceId }),
  attendeesByNeighbourhood: (forumId, from, to) => call("attendees_by_neighbourhood", { forumId, from, to }),
  recordFeedback: (draft) => call("record_feedback", { draft }),
  changeFeedbackStatus: (id, change) => call("change_feedback_status", { id, change }),
  listFeedback: (filter) => call("list_feedback", { filter }),
  getFeedback: (id) => call("get_feedback", { id }),
  correctFeedbackStep: (stepId, on) => call("correct_feedback_step", { stepId, on }),
  commitmentProgress: () => call("commitment_progress"),
  createMilestone: (draft) => call("create_milestone", { draft }),
  updateMilestone: (id, draft) => call("update_milestone", { id, draft }),
  addMilestoneNote: (milestoneId, draft) => call("add_milestone_note", { milestoneId, draft }),
  addEvidence: (milestoneId, noteId, path) => call("add_evidence", { milestoneId, noteId, path }),
  openEvidence: (id) => call("open_evidence", { id }),
  previewDelete: (kind, id) => call("preview_delete", { kind, id }),
  deleteRecord: (kind, id) => call("delete_record", { kind, id }),
  undoDelete: (deletion) => call("undo_delete", { deletion }),
  mergeSides: (survivor, duplicate) => call("merge_sides", { survivor, duplicate }),
  searchEverything: (query) => call("search_everything", { query }),
  dashboard: (from, to) => call("dashboard", { from, to }),
  personData: (id) => call("person_data", { id }),
  exportPersonData: (id, path) => call("export_person_data", { id, path }),
  exportPersonPdf: (id, path, language) => call("export_person_pdf", { id, path, language }),
  erasePerson: (id) => call("erase_person", { id }),
  purgeStaleContacts: (months) => call("purge_stale_contacts", { months }),
  listRequests: () => call("list_requests"),
  requestsDue: () => call("requests_due"),
  recordRequest: (draft) => call("record_request", { draft }),
  startRequest: (id, step) => call("start_request", { id, step }),
  extendRequest: (id, step) => call("extend_request", { id, step }),
  decideRequest: (id, outcome, step) => call("decide_request", { id, outcome, step }),
  sendRequestData: (id, path, asPdf, language) => call("send_request_data", { id, path, asPdf, language }),
  exportRequestLetter: (id, path, language) => call("export_request_letter", { id, path, language }),
  retentionReview: () => call("retention_review"),
  setRetention: (rule) => call("set_retention", { rule }),
  applyRetention: (rule) => call("apply_retention", { rule }),
  packDefaults: (meetingDate, language) => call("pack_defaults", { meetingDate, language }),
  exportPack: (draft, path) => call("export_pack", { draft, path }),
  listPacks: () => call("list_packs"),
  exportSignInSheet: (forumId, path, paper, language) => call("export_sign_in_sheet", { forumId, path, paper, language }),
  openPdf: (path) => call("open_pdf", { path }),
  paperSheet: (forumId) => call("paper_sheet", { forumId }),
  addSignedSheet: (forumId, path) => call("add_signed_sheet", { forumId, path }),
  listBackups: () => call("list_backups"),
  makeBackup: () => call("make_backup"),
  restoreBackup: (path) => call("restore_backup", { path }),
  previewPeopleImport: (path) => call("preview_people_import", { path }),
  previewAttendanceImport: (path, forumId) => call("preview_attendance_import", { path, forumId }),
  applyImport: (path, previewed) => call("apply_import", { path, previewed }),
  exportPeopleCsv: (path, withContacts, language) => call("export_people_csv", { path, withContacts, language }),
  exportAttendanceCsv: (path, forumId, from, to, language) => call("export_attendance_csv", { path, forumId, from, to, language }),
  exportFeedbackCsv: (path, language) => call("export_feedback_csv", { path, language }),
  syncExportPlan: (colleague) => call("sync_export_plan", { colleague }),
  syncExport: (path, colleague) => call("sync_export", { path, colleague }),
  syncImport: (path) => call("sync_import", { path }),
  syncFolder: () => call("sync_folder"),
  chooseSyncFolder: (path) => call("choose_sync_folder", { path }),
  syncFolderNow: () => call("sync_folder_now"),
  listConflicts: (withReviewed) => call("list_conflicts", { withReviewed }),
  conflictsWaiting: () => call("conflicts_waiting"),
  keepOtherValue: (id) => call("keep_other_value", { id }),
  markConflictReviewed: (id) => call("mark_conflict_reviewed", { id }),
  chooseFile: (title) => call("choose_file", { title }),
  chooseSavePath: (title, fileName, extension) => call("choose_save_path", { title, fileName, extension }),
  getLanguage: () => call("get_language"),
  setLanguage: (language) => call("set_language", { language }),
  getPreferences: () => call("get_preferences"),
  setPreferences: (preferences) => call("set_preferences", { preferences }),
  about: () => call("about"),
  openDataFolder: () => call("open_data_folder"),
  uiReady: (pageMs) => call("ui_ready", { pageMs }),
  getController: () => call("get_controller"),
  saveController: (controller) => call("save_controller", { controller }),
  exportDocument: (kind, path, paper, language) => call("export_document", { kind, path, paper, language }),
  listBreaches: () => call("list_breaches"),
  recordBreach: (draft) => call("record_breach", { draft }),
  updateBreach: (id, draft) => call("update_breach", { id, draft }),
  exportBreachReport: (id, path, paper, language) => call("export_breach_report", { id, path, paper, language }),
};
