//! Rights requests under Ley 21.719 (Arts. 4–11) and their legal deadlines:
//! an answer within 30 calendar days, extendable once by 30; a request for
//! blocking within 2 business days (`holidays`). The records that cross to
//! the UI for the *Solicitudes* screen.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::holidays::add_business_days;
use super::kinds::{RequestChannel, RequestRight, RequestStatus};

/// Calendar days to answer (Ley 21.719 Art. 11).
pub const ANSWER_DAYS: u64 = 30;
/// The one extension allowed, in calendar days.
pub const EXTENSION_DAYS: u64 = 30;
/// Business days to answer a request for blocking.
pub const BLOCKING_BUSINESS_DAYS: u32 = 2;
/// "Due this week": due today or in the next six days.
pub const DUE_SOON_DAYS: u64 = 6;

/// When the answer is due: 30 calendar days after it was received (60 once
/// extended); blocking, 2 business days after, and never extended.
pub fn due_on(right: RequestRight, received_on: NaiveDate, extended: bool) -> NaiveDate {
    if right == RequestRight::Blocking {
        return add_business_days(received_on, BLOCKING_BUSINESS_DAYS);
    }
    let days = if extended { ANSWER_DAYS + EXTENSION_DAYS } else { ANSWER_DAYS };
    received_on.checked_add_days(Days::new(days)).unwrap_or(received_on)
}

/// Whether an open request is late at `today`, or due within the week: the
/// one definition, for the list, the dashboard's card and the CLI.
pub fn urgency(status: RequestStatus, due: NaiveDate, today: NaiveDate) -> Urgency {
    if !status.is_open() {
        Urgency::Settled
    } else if due < today {
        Urgency::Overdue
    } else if due <= today.checked_add_days(Days::new(DUE_SOON_DAYS)).unwrap_or(today) {
        Urgency::DueThisWeek
    } else {
        Urgency::OnTime
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Overdue,
    DueThisWeek,
    OnTime,
    /// Answered or refused: no deadline any more.
    Settled,
}

/// What the form sends: raw text, checked by the core.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequestDraft {
    pub received_on: String,
    /// The requester when they are recorded in the app…
    pub requester_id: Option<Uuid>,
    /// …or their name as they gave it.
    pub requester_name: String,
    /// Whose data the request is about (often the requester).
    pub subject_id: Option<Uuid>,
    pub right: RequestRight,
    pub channel: RequestChannel,
    pub notes: String,
}

/// A step taken: its date, and the reason or decision it needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequestStep {
    pub on: String,
    /// The extension's reason, the answer given, or the reasons for a refusal.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RightsRequest {
    pub id: Uuid,
    pub received_on: NaiveDate,
    pub requester_id: Option<Uuid>,
    pub requester_name: String,
    pub subject_id: Option<Uuid>,
    /// `None` once the person was erased (or when none was named).
    pub subject_name: Option<String>,
    pub right: RequestRight,
    pub channel: RequestChannel,
    pub notes: String,
    pub status: RequestStatus,
    pub started_on: Option<NaiveDate>,
    pub extended_on: Option<NaiveDate>,
    pub extension_reason: Option<String>,
    pub decided_on: Option<NaiveDate>,
    /// The answer given, or the reasons for a refusal.
    pub decision: String,
    /// When the person's data were sent (access, portability).
    pub sent_on: Option<NaiveDate>,
    pub due_on: NaiveDate,
    pub urgency: Urgency,
}

/// The dashboard's card: open requests late or due within the week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequestsDue {
    pub overdue: Vec<RightsRequest>,
    pub due_this_week: Vec<RightsRequest>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn thirty_calendar_days_weekends_and_holidays_included_sixty_once_extended() {
        let received = d(2026, 12, 3);
        assert_eq!(due_on(RequestRight::Access, received, false), d(2027, 1, 2), "a Saturday still counts");
        assert_eq!(due_on(RequestRight::Access, received, true), d(2027, 2, 1));
        // Received on Christmas Day.
        assert_eq!(due_on(RequestRight::Suppression, d(2026, 12, 25), false), d(2027, 1, 24));
    }

    #[test]
    fn blocking_is_due_two_business_days_after_never_extended() {
        // Friday 27-11-2026: Monday 30 and Tuesday 01-12.
        assert_eq!(due_on(RequestRight::Blocking, d(2026, 11, 27), false), d(2026, 12, 1));
        // Received on a holiday, Tuesday 08-12-2026.
        assert_eq!(due_on(RequestRight::Blocking, d(2026, 12, 8), false), d(2026, 12, 10));
        // Thursday before Holy Week 2027 (Friday 26 and Saturday 27 March).
        assert_eq!(due_on(RequestRight::Blocking, d(2027, 3, 25), true), d(2027, 3, 30));
    }

    #[test]
    fn urgency_is_judged_at_today_and_settled_requests_have_none() {
        let today = d(2026, 12, 3);
        assert_eq!(urgency(RequestStatus::Received, d(2026, 12, 2), today), Urgency::Overdue);
        assert_eq!(urgency(RequestStatus::InProgress, today, today), Urgency::DueThisWeek, "due today is not late");
        assert_eq!(urgency(RequestStatus::Received, d(2026, 12, 9), today), Urgency::DueThisWeek);
        assert_eq!(urgency(RequestStatus::Received, d(2026, 12, 10), today), Urgency::OnTime);
        assert_eq!(urgency(RequestStatus::Refused, d(2026, 11, 1), today), Urgency::Settled);
    }
}
