//! The records that cross into the UI. Their TypeScript twins in
//! `ui/src/lib/bindings.ts` are generated from these (see `bindings` test).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::kinds::*;
use super::lawful::{GenderConsent, GenderConsentDraft, GuardianConsent, GuardianConsentDraft, ReviewReason};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Neighbourhood {
    pub id: Uuid,
    pub name: String,
    pub sector_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Commitment {
    pub id: Uuid,
    pub number: i64,
    pub title: String,
    pub lead_directorate: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganizationKind,
    pub neighbourhood_id: Option<Uuid>,
}

/// What the new-person form sends: raw text, checked by the core.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonDraft {
    pub full_name: String,
    /// Empty when the person gives none.
    pub rut: String,
    pub neighbourhood_id: Option<Uuid>,
    /// An existing organization's name, or a new one to create; may be empty.
    pub organization_name: String,
    pub age_band: Option<AgeBand>,
    /// Kept only with `gender_consent` (see `domain::lawful`).
    pub gender: Option<Gender>,
    /// A child under 14 is kept by name only with this.
    pub guardian: Option<GuardianConsentDraft>,
    pub gender_consent: Option<GenderConsentDraft>,
}

/// A block (Ley 21.719, Art. 8 ter): the record is kept but frozen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BlockRecord {
    pub reason: String,
    pub blocked_on: NaiveDate,
    /// `None` while the block lasts.
    pub lifted_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: Uuid,
    pub full_name: String,
    /// Normalised `12345678-5`.
    pub rut: Option<String>,
    pub neighbourhood_id: Option<Uuid>,
    pub neighbourhood_name: Option<String>,
    pub organization_id: Option<Uuid>,
    pub organization_name: Option<String>,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub is_driving_group: bool,
    /// Contact details exist only while consent is recorded.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub consent_on: Option<NaiveDate>,
    pub consent_purpose: Option<String>,
    pub guardian: Option<GuardianConsent>,
    pub gender_consent: Option<GenderConsent>,
    /// Since when the person is blocked, if they are.
    pub blocked_on: Option<NaiveDate>,
    /// Every block, the current one first.
    pub blocks: Vec<BlockRecord>,
    /// Why the record is listed for review (recorded before Ley 21.719).
    pub review: Vec<ReviewReason>,
}

/// A row of the people list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonRow {
    pub id: Uuid,
    pub full_name: String,
    pub rut: Option<String>,
    pub neighbourhood_name: Option<String>,
    pub organization_name: Option<String>,
    pub age_band: Option<AgeBand>,
    pub is_driving_group: bool,
    pub forums_attended: i64,
    /// The day of the last forum they came to.
    pub last_seen: Option<NaiveDate>,
    pub blocked: bool,
    pub needs_review: bool,
}

/// Which people the list shows; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonFilter {
    /// Words of the name, or RUT digits (as at the sign-in desk).
    pub text: String,
    pub neighbourhood_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub driving_group_only: bool,
    /// Only records listed for review under Ley 21.719.
    pub review_only: bool,
}

/// Contact details and the consent that allows keeping them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentDraft {
    pub phone: String,
    pub email: String,
    /// What the person agreed the contact may be used for.
    pub purpose: String,
    /// `24-11-2026`
    pub given_on: String,
}

/// A returning person offered at the sign-in desk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonMatch {
    pub id: Uuid,
    pub full_name: String,
    pub rut: Option<String>,
    pub neighbourhood_name: Option<String>,
    pub organization_name: Option<String>,
    #[ts(type = "number")]
    pub forums_attended: i64,
}

/// What the forum form sends: raw text for the date and time, as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumDraft {
    pub kind: ForumKind,
    pub title: String,
    /// `24-11-2026`
    pub date: String,
    /// `18:30`, or empty.
    pub time: String,
    pub place: String,
    pub neighbourhood_id: Option<Uuid>,
    pub commitment_ids: Vec<Uuid>,
    pub invitation: InvitationMethod,
    pub agenda: String,
    pub minutes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Forum {
    pub id: Uuid,
    pub kind: ForumKind,
    pub title: String,
    /// Local time in Maipú.
    pub starts_at: NaiveDateTime,
    pub place: String,
    pub neighbourhood_id: Option<Uuid>,
    pub neighbourhood_name: Option<String>,
    pub commitment_ids: Vec<Uuid>,
    pub invitation: InvitationMethod,
    pub agenda: String,
    pub minutes: String,
}

/// A row of the forum list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumSummary {
    pub id: Uuid,
    pub kind: ForumKind,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub place: String,
    pub neighbourhood_name: Option<String>,
    #[ts(type = "number")]
    pub attendee_count: i64,
}

/// A page of the forum list, newest first, and how many forums there are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumPage {
    pub forums: Vec<ForumSummary>,
    #[ts(type = "number")]
    pub total: i64,
}

/// Someone signed in at a forum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    pub attendance_id: Uuid,
    pub person_id: Uuid,
    /// Empty for an anonymous participant.
    pub full_name: String,
    /// A child without a guardian's consent, or someone erased: counted,
    /// never named.
    pub anonymous: bool,
    pub age_band: Option<AgeBand>,
    pub neighbourhood_name: Option<String>,
    pub organization_name: Option<String>,
    pub role: AttendanceRole,
    pub arrived_at: DateTime<Utc>,
}

/// Headline figures for a period (the dashboard, the pack and the CLI's
/// `stats` use the same, from `store::figures::figures`). "Held" forums are
/// those dated in `from..=to` and not after `as_of`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    /// The day the figures are judged at: the period's end, or today while
    /// the period runs (`store::figures::judged_at`).
    pub as_of: NaiveDate,
    /// Forums held: dated in the period, on or before `as_of`.
    #[ts(type = "number")]
    pub forums_held: i64,
    /// Sign-ins at the forums held.
    #[ts(type = "number")]
    pub attendances: i64,
    /// Different people who signed in at the forums held.
    #[ts(type = "number")]
    pub people_reached: i64,
    /// People reached who had signed in at no forum before the period.
    #[ts(type = "number")]
    pub first_time_participants: i64,
    /// Neighbourhoods of the people reached, out of every neighbourhood.
    #[ts(type = "number")]
    pub neighbourhoods_reached: i64,
    #[ts(type = "number")]
    pub neighbourhoods_total: i64,
    /// People reached in the child and adolescent age bands.
    #[ts(type = "number")]
    pub children: i64,
    #[ts(type = "number")]
    pub adolescents: i64,
    /// People reached whose gender is recorded as female / male.
    #[ts(type = "number")]
    pub women: i64,
    #[ts(type = "number")]
    pub men: i64,
    /// Feedback items received in the period.
    #[ts(type = "number")]
    pub feedback_received: i64,
    /// Feedback waiting at `as_of`: received by then and open or forwarded
    /// then (its status history replayed to that day).
    #[ts(type = "number")]
    pub feedback_open: i64,
}

/// What the feedback form sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackDraft {
    pub forum_id: Option<Uuid>,
    pub person_id: Option<Uuid>,
    pub text: String,
    pub neighbourhood_id: Option<Uuid>,
    pub commitment_id: Option<Uuid>,
    pub milestone_id: Option<Uuid>,
    pub kind: FeedbackKind,
    pub priority: Priority,
    /// `24-11-2026`
    pub received_on: String,
}

/// A step along the loop: forwarded (detail = directorate), answered
/// (detail = the answer), closed or reopened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub status: FeedbackStatus,
    /// `24-11-2026`
    pub on: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackEvent {
    pub id: Uuid,
    pub status: FeedbackStatus,
    pub happened_on: NaiveDate,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackItem {
    pub id: Uuid,
    pub forum_id: Option<Uuid>,
    pub forum_title: Option<String>,
    pub person_id: Option<Uuid>,
    pub person_name: Option<String>,
    pub text: String,
    pub neighbourhood_id: Option<Uuid>,
    pub neighbourhood_name: Option<String>,
    pub commitment_id: Option<Uuid>,
    pub commitment_number: Option<i64>,
    pub milestone_id: Option<Uuid>,
    pub milestone_title: Option<String>,
    pub kind: FeedbackKind,
    pub priority: Priority,
    pub status: FeedbackStatus,
    pub forwarded_to: Option<String>,
    pub answer: Option<String>,
    pub answered_on: Option<NaiveDate>,
    pub received_on: NaiveDate,
    /// Days since it was received, counted to the day the list was asked for.
    pub age_days: i64,
    pub history: Vec<FeedbackEvent>,
}

/// Which feedback the list shows; `None` does not filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackFilter {
    pub commitment_id: Option<Uuid>,
    pub neighbourhood_id: Option<Uuid>,
    pub status: Option<FeedbackStatus>,
    /// Open and forwarded items only (still waiting for an answer).
    pub waiting_only: bool,
}

/// What the milestone form sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneDraft {
    pub commitment_id: Uuid,
    pub title: String,
    /// `01-03-2026`, or empty.
    pub planned_start: String,
    pub planned_end: String,
}

/// What the note form sends; a completion level moves the milestone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteDraft {
    /// `24-11-2026`
    pub noted_on: String,
    pub author: String,
    pub text: String,
    pub completion: Option<Completion>,
    pub progress: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneNote {
    pub id: Uuid,
    pub noted_on: NaiveDate,
    pub author: String,
    pub text: String,
    pub completion_before: Option<Completion>,
    pub completion_after: Option<Completion>,
}

/// A file kept as evidence of progress, copied into the app-data folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub id: Uuid,
    pub milestone_id: Uuid,
    pub note_id: Option<Uuid>,
    pub original_name: String,
    pub sha256: String,
    pub size_bytes: i64,
    pub added_on: NaiveDate,
}

/// A file kept as evidence of a forum: the signed paper sign-in sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumEvidence {
    pub id: Uuid,
    pub forum_id: Uuid,
    pub original_name: String,
    pub sha256: String,
    pub size_bytes: i64,
    pub added_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    pub id: Uuid,
    pub commitment_id: Uuid,
    pub title: String,
    pub planned_start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub completion: Completion,
    pub progress: i64,
    /// Past its planned end and not complete.
    pub late: bool,
    pub notes: Vec<MilestoneNote>,
    pub evidence: Vec<Evidence>,
}

/// A commitment with its milestones; its progress is derived from theirs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommitmentProgress {
    pub commitment: Commitment,
    /// The mean of its milestones' progress, 0 when it has none.
    pub progress: i64,
    pub milestones: Vec<Milestone>,
}

/// One bar of a chart: a label and how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Count {
    pub label: String,
    pub count: i64,
}

/// Who came to one forum, at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumBreakdown {
    pub attendees: i64,
    /// People whose first forum ever this was.
    pub first_timers: i64,
    pub children: i64,
    pub adolescents: i64,
    pub by_neighbourhood: Vec<Count>,
    pub organizations: Vec<Count>,
}

/// A driving-group member who facilitated a forum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Facilitator {
    pub person_id: Uuid,
    pub full_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForumDetail {
    pub forum: Forum,
    pub facilitators: Vec<Facilitator>,
    pub breakdown: ForumBreakdown,
}

/// The attendees of a neighbourhood, for a forum or a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NeighbourhoodAttendees {
    /// `None` for people with no neighbourhood recorded.
    pub neighbourhood_name: Option<String>,
    pub people: Vec<Attendee>,
}

/// A feedback item found by the search box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackHit {
    pub id: Uuid,
    pub text: String,
    pub status: FeedbackStatus,
    pub received_on: NaiveDate,
    pub neighbourhood_name: Option<String>,
}

/// What the one search box found, by kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub people: Vec<PersonMatch>,
    pub forums: Vec<ForumSummary>,
    pub feedback: Vec<FeedbackHit>,
}

/// A milestone's bar on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneBar {
    pub commitment_number: i64,
    pub title: String,
    pub completion: Completion,
    pub progress: i64,
    pub late: bool,
}

/// Everything the dashboard shows for a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub figures: Figures,
    /// Sign-ins per neighbourhood, every neighbourhood listed (gaps show).
    pub attendance_by_neighbourhood: Vec<Count>,
    /// Feedback still waiting, by age: labels `0-30`, `31-60`, `61-90`, `91+`.
    pub waiting_feedback_by_age: Vec<Count>,
    /// Milestones per completion level, labels are `Completion` names.
    pub milestones_by_completion: Vec<Count>,
    pub milestones: Vec<MilestoneBar>,
}

/// A forum a person took part in, for their data export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipationRecord {
    pub forum_title: String,
    pub starts_at: NaiveDateTime,
    pub place: String,
    pub role: AttendanceRole,
}

/// Something a person said, for their data export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaidRecord {
    pub text: String,
    pub received_on: NaiveDate,
    pub status: FeedbackStatus,
    pub answer: Option<String>,
}

/// Everything Grupo Motor stores about one person (right of access and
/// portability).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonData {
    pub person: Person,
    pub recorded_on: DateTime<Utc>,
    pub last_changed: DateTime<Utc>,
    pub participation: Vec<ParticipationRecord>,
    pub said: Vec<SaidRecord>,
    pub facilitated: Vec<String>,
}
