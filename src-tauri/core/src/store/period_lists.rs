//! The meeting pack's read model: the lists of a period (milestones, notes,
//! evidence, feedback, forums, attendance). Its headline figures come from
//! `figures`, shared with the dashboard.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{named_params, Connection};
use uuid::Uuid;

use super::figures::WAITING_AT;
use super::lawful::SHOWN_BY_NAME;
use super::sql::{date_at, day, day_after, local_at, uuid_at};
use super::Result;
use crate::domain::kinds::{Completion, FeedbackStatus, ForumKind};
use crate::domain::records::Count;
use crate::domain::text::alphabetical_key;

pub use super::milestone_history::MilestoneStanding;

/// Every milestone by commitment number and planned end, as it stood at
/// `at` (replayed from its dated notes: `milestone_history`).
pub fn milestone_standings(conn: &Connection, at: NaiveDate) -> Result<Vec<MilestoneStanding>> {
    super::milestone_history::standings_at(conn, at)
}

/// A note written on a milestone during a period.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodNote {
    pub commitment_number: i64,
    pub milestone_title: String,
    pub noted_on: NaiveDate,
    pub author: String,
    pub text: String,
    /// Set when the note moved the milestone to another level.
    pub completion_after: Option<Completion>,
}

pub fn notes_in_period(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<PeriodNote>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.number, m.title, n.noted_on, n.author, n.text, n.completion_after
         FROM milestone_note n JOIN milestone m ON m.id = n.milestone_id JOIN commitment c ON c.id = m.commitment_id
         WHERE n.deleted_at IS NULL AND m.deleted_at IS NULL AND n.noted_on BETWEEN :from AND :to
         ORDER BY n.noted_on, c.number, m.title, n.created_at",
    )?;
    let rows = stmt.query_map(named_params! { ":from": day(from), ":to": day(to) }, |r| {
        Ok(PeriodNote {
            commitment_number: r.get(0)?,
            milestone_title: r.get(1)?,
            noted_on: date_at(r, 2)?,
            author: r.get(3)?,
            text: r.get(4)?,
            completion_after: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An evidence file added to a milestone during a period.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodEvidence {
    pub commitment_number: i64,
    pub milestone_title: String,
    pub added_on: NaiveDate,
    pub file_name: String,
}

pub fn evidence_in_period(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<PeriodEvidence>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.number, m.title, e.added_on, e.original_name
         FROM evidence e JOIN milestone m ON m.id = e.milestone_id JOIN commitment c ON c.id = m.commitment_id
         WHERE e.deleted_at IS NULL AND m.deleted_at IS NULL AND e.added_on BETWEEN :from AND :to
         ORDER BY e.added_on, c.number, m.title, e.original_name",
    )?;
    let rows = stmt.query_map(named_params! { ":from": day(from), ":to": day(to) }, |r| {
        Ok(PeriodEvidence {
            commitment_number: r.get(0)?,
            milestone_title: r.get(1)?,
            added_on: date_at(r, 2)?,
            file_name: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Feedback received in a period, counted by commitment (every commitment
/// listed, labelled `1. Title`) and by neighbourhood (those with any, most
/// first); items with neither are counted apart.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackCounts {
    pub by_commitment: Vec<Count>,
    pub without_commitment: i64,
    pub by_neighbourhood: Vec<Count>,
    pub without_neighbourhood: i64,
}

pub fn feedback_counts(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<FeedbackCounts> {
    let period = named_params! { ":from": day(from), ":to": day(to) };
    let count = |r: &rusqlite::Row<'_>| Ok(Count { label: r.get(0)?, count: r.get(1)? });
    let by_commitment = conn
        .prepare_cached(
            "SELECT c.number || '. ' || c.title, count(fb.id) FROM commitment c
             LEFT JOIN feedback fb ON fb.commitment_id = c.id AND fb.deleted_at IS NULL
                  AND fb.received_on BETWEEN :from AND :to
             WHERE c.deleted_at IS NULL GROUP BY c.id ORDER BY c.number",
        )?
        .query_map(period, count)?
        .collect::<rusqlite::Result<_>>()?;
    let by_neighbourhood = conn
        .prepare_cached(
            "SELECT n.name, count(*) FROM feedback fb JOIN neighbourhood n ON n.id = fb.neighbourhood_id
             WHERE fb.deleted_at IS NULL AND fb.received_on BETWEEN :from AND :to
             GROUP BY n.id ORDER BY count(*) DESC, n.name",
        )?
        .query_map(period, count)?
        .collect::<rusqlite::Result<_>>()?;
    let (without_commitment, without_neighbourhood) = conn.query_row(
        "SELECT count(*) FILTER (WHERE commitment_id IS NULL), count(*) FILTER (WHERE neighbourhood_id IS NULL)
         FROM feedback WHERE deleted_at IS NULL AND received_on BETWEEN :from AND :to",
        period,
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(FeedbackCounts { by_commitment, without_commitment, by_neighbourhood, without_neighbourhood })
}

/// A feedback item still waiting for an answer (open or forwarded).
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingItem {
    pub received_on: NaiveDate,
    /// Days from receipt to the day asked for.
    pub age_days: i64,
    pub status: FeedbackStatus,
    pub forwarded_to: Option<String>,
    pub text: String,
    pub neighbourhood: Option<String>,
    pub commitment_number: Option<i64>,
}

/// Every item waiting at `at` (the one definition, `figures::WAITING_AT`:
/// as many as `Figures::feedback_open` at that day), oldest first, with its
/// status then and where it had been forwarded.
pub fn waiting_items(conn: &Connection, at: NaiveDate) -> Result<Vec<WaitingItem>> {
    let sql = format!(
        "WITH {WAITING_AT}
         SELECT w.received_on, CAST(julianday(:waiting_at) - julianday(w.received_on) AS INTEGER), w.status,
                CASE WHEN w.status = 'forwarded' THEN fb.forwarded_to END, fb.text, n.name, c.number
         FROM waiting w JOIN feedback fb ON fb.id = w.id
         LEFT JOIN neighbourhood n ON n.id = fb.neighbourhood_id
         LEFT JOIN commitment c ON c.id = fb.commitment_id
         ORDER BY w.received_on, w.created_at"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(named_params! { ":waiting_at": day(at) }, |r| {
        Ok(WaitingItem {
            received_on: date_at(r, 0)?,
            age_days: r.get(1)?,
            status: r.get(2)?,
            forwarded_to: r.get(3)?,
            text: r.get(4)?,
            neighbourhood: r.get(5)?,
            commitment_number: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What neighbours said and the answer they were given ("you said, we did").
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerGiven {
    pub received_on: NaiveDate,
    pub answered_on: NaiveDate,
    pub text: String,
    pub answer: String,
    pub neighbourhood: Option<String>,
    pub commitment_number: Option<i64>,
}

/// Answers given on a day in `after` (exclusive) ..= `to`.
pub fn answers_between(conn: &Connection, after: NaiveDate, to: NaiveDate) -> Result<Vec<AnswerGiven>> {
    let mut stmt = conn.prepare_cached(
        "SELECT fb.received_on, fb.answered_on, fb.text, fb.answer, n.name, c.number
         FROM feedback fb
         LEFT JOIN neighbourhood n ON n.id = fb.neighbourhood_id
         LEFT JOIN commitment c ON c.id = fb.commitment_id
         WHERE fb.deleted_at IS NULL AND fb.answer IS NOT NULL AND fb.status IN ('answered', 'closed')
           AND fb.answered_on > :after AND fb.answered_on <= :to
         ORDER BY fb.answered_on, fb.received_on, fb.created_at",
    )?;
    let rows = stmt.query_map(named_params! { ":after": day(after), ":to": day(to) }, |r| {
        Ok(AnswerGiven {
            received_on: date_at(r, 0)?,
            answered_on: date_at(r, 1)?,
            text: r.get(2)?,
            answer: r.get(3)?,
            neighbourhood: r.get(4)?,
            commitment_number: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A forum held in a period, with how many signed in.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodForum {
    pub id: Uuid,
    pub starts_at: NaiveDateTime,
    pub title: String,
    pub place: String,
    pub kind: ForumKind,
    pub neighbourhood: Option<String>,
    pub attendance: i64,
    /// Its attendance was typed from a paper sheet whose photo or scan is kept.
    pub signed_sheet: bool,
}

/// Forums whose day lies in `from..=to`, in date order.
pub fn forums_in_period(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<PeriodForum>> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.id, f.starts_at, f.title, f.place, f.kind, n.name,
                (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id AND a.deleted_at IS NULL),
                EXISTS (SELECT 1 FROM evidence e WHERE e.forum_id = f.id AND e.deleted_at IS NULL)
         FROM forum f LEFT JOIN neighbourhood n ON n.id = f.neighbourhood_id
         WHERE f.deleted_at IS NULL AND f.starts_at >= :from AND f.starts_at < :after
         ORDER BY f.starts_at, f.created_at",
    )?;
    let rows = stmt.query_map(named_params! { ":from": day(from), ":after": day_after(to) }, |r| {
        Ok(PeriodForum {
            id: uuid_at(r, 0)?,
            starts_at: local_at(r, 1)?,
            title: r.get(2)?,
            place: r.get(3)?,
            kind: r.get(4)?,
            neighbourhood: r.get(5)?,
            attendance: r.get(6)?,
            signed_sheet: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A line of an attendance list. Phone and e-mail are read only when the
/// caller asks for contacts, so they cannot leak into a list by mistake.
#[derive(Debug, Clone, PartialEq)]
pub struct AttendanceLine {
    pub forum_id: Uuid,
    pub full_name: String,
    pub neighbourhood: Option<String>,
    pub organization: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Who signed in at each forum of the period, by forum date then name.
/// People who may not be named (erased, anonymous, blocked: see
/// `lawful::SHOWN_BY_NAME`) are left out; they remain in the counts.
pub fn attendance_lines(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    with_contacts: bool,
) -> Result<Vec<AttendanceLine>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT f.id, p.full_name, n.name, o.name,
                CASE WHEN :contacts THEN p.phone END, CASE WHEN :contacts THEN p.email END
         FROM attendance a
         JOIN forum f ON f.id = a.forum_id
         JOIN person p ON p.id = a.person_id AND {SHOWN_BY_NAME}
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         WHERE a.deleted_at IS NULL AND f.deleted_at IS NULL AND f.starts_at >= :from
           AND f.starts_at < :after
         ORDER BY f.starts_at, f.created_at, f.id",
    ))?;
    let params = named_params! { ":from": day(from), ":after": day_after(to), ":contacts": with_contacts };
    let rows = stmt.query_map(params, |r| {
        Ok(AttendanceLine {
            forum_id: uuid_at(r, 0)?,
            full_name: r.get(1)?,
            neighbourhood: r.get(2)?,
            organization: r.get(3)?,
            phone: r.get(4)?,
            email: r.get(5)?,
        })
    })?;
    let mut lines: Vec<AttendanceLine> = rows.collect::<rusqlite::Result<_>>()?;
    // Forums stay in date order; names alphabetical within each.
    let mut rank = std::collections::HashMap::new();
    for line in &lines {
        let next = rank.len();
        rank.entry(line.forum_id).or_insert(next);
    }
    lines.sort_by_cached_key(|l| (rank.get(&l.forum_id).copied(), alphabetical_key(&l.full_name)));
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AttendanceRole;
    use crate::domain::records::PersonDraft;
    use crate::store::forums::tests::draft;
    use crate::store::{attendance, forums, people, Store};
    use crate::testing::in_tx;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    #[test]
    fn attendance_lists_are_alphabetical_without_erased_people_or_unasked_contacts() {
        use crate::domain::records::ConsentDraft;
        use crate::store::rights;
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let person = |name: &str| {
            people::create(conn, &PersonDraft { full_name: name.into(), ..PersonDraft::default() }).expect("person")
        };
        let (oscar, nino, nora, gone) =
            (person("Óscar Litre"), person("Ñusta Boldo"), person("Nora Peumo"), person("Ida"));
        let consent = ConsentDraft {
            phone: "+56 9 1234 5678".into(),
            email: "oscar@ejemplo.cl".into(),
            purpose: "Invitaciones".into(),
            given_on: "01-06-2026".into(),
        };
        people::record_consent(conn, oscar, &consent).expect("consent");
        let forum = forums::create(conn, &draft("Julio", "10-07-2026")).expect("forum");
        for who in [oscar, nino, nora, gone] {
            attendance::register(conn, forum, who, AttendanceRole::Neighbour).expect("register");
        }
        in_tx(conn, |tx| rights::erase(tx, gone));

        let lines = attendance_lines(conn, date(7, 1), date(9, 30), false).expect("lines");
        let names: Vec<&str> = lines.iter().map(|l| l.full_name.as_str()).collect();
        assert_eq!(names, ["Nora Peumo", "Ñusta Boldo", "Óscar Litre"], "ñ after n; the erased person left out");
        assert!(lines.iter().all(|l| l.phone.is_none() && l.email.is_none()), "no contacts unless asked");
        let asked = attendance_lines(conn, date(7, 1), date(9, 30), true).expect("lines");
        assert_eq!(asked[2].email.as_deref(), Some("oscar@ejemplo.cl"));
        assert_eq!(forums_in_period(conn, date(7, 1), date(9, 30)).expect("forums")[0].attendance, 4, "counted still");
        assert!(attendance_lines(conn, date(8, 1), date(9, 30), true).expect("lines").is_empty());
    }

    #[test]
    fn the_period_ends_on_its_last_day_inclusive() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        forums::create(conn, &draft("Última tarde", "30-09-2026")).expect("forum");
        forums::create(conn, &draft("Octubre", "01-10-2026")).expect("forum");
        let titles: Vec<String> =
            forums_in_period(conn, date(7, 1), date(9, 30)).expect("forums").into_iter().map(|f| f.title).collect();
        assert_eq!(titles, ["Última tarde"]);
    }
}
