//! The records that cross into the UI. Their TypeScript twins in
//! `ui/src/lib/bindings.ts` are generated from these (see `bindings` test).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::kinds::*;

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
    pub gender: Option<Gender>,
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

/// Someone signed in at a forum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    pub attendance_id: Uuid,
    pub person_id: Uuid,
    pub full_name: String,
    pub neighbourhood_name: Option<String>,
    pub organization_name: Option<String>,
    pub role: AttendanceRole,
    pub arrived_at: DateTime<Utc>,
}

/// Headline figures for a period (the dashboard and the pack use the same).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[ts(type = "number")]
    pub forums_held: i64,
    #[ts(type = "number")]
    pub attendances: i64,
    #[ts(type = "number")]
    pub people_reached: i64,
    #[ts(type = "number")]
    pub first_time_participants: i64,
    #[ts(type = "number")]
    pub neighbourhoods_reached: i64,
    #[ts(type = "number")]
    pub neighbourhoods_total: i64,
    #[ts(type = "number")]
    pub children: i64,
    #[ts(type = "number")]
    pub adolescents: i64,
    #[ts(type = "number")]
    pub women: i64,
    #[ts(type = "number")]
    pub men: i64,
    #[ts(type = "number")]
    pub feedback_received: i64,
    #[ts(type = "number")]
    pub feedback_open: i64,
}
