//! The headline figures of a period, and sign-ins by neighbourhood: one
//! definition each, read by the dashboard, the meeting pack and the CLI, so
//! they can never disagree.

use chrono::NaiveDate;
use rusqlite::{named_params, Connection};

use super::lawful::GENDER_SHOWN;
use super::sql::{day, day_after};
use super::Result;
use crate::domain::records::{Count, Figures};
use crate::domain::Invalid;

/// A period ends on or after the day it starts; a reversed one is refused
/// rather than shown as zeros.
pub fn check_period(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if to < from {
        return Err(Invalid::new("to", "error-end-before-start").into());
    }
    Ok(())
}

/// The day a period is judged at on a given `today`: its last day, or today
/// while the period is still running (what has not happened yet is not
/// counted).
pub fn judged_at(to: NaiveDate, today: NaiveDate) -> NaiveDate {
    to.min(today)
}

/// The one definition of "waiting at a day": an item received on or before
/// `:waiting_at` whose status that day, replaying its `feedback_event`
/// history up to it (same-day steps in the order they were written), is
/// open or forwarded. An item with no history at all (never the case for
/// items recorded here) counts by its current status. A CTE named `waiting`
/// (id, received_on, created_at, status then), for the headline figure, the
/// dashboard's ages and the pack's list.
pub(crate) const WAITING_AT: &str = "
    waiting AS MATERIALIZED (
        SELECT id, received_on, created_at, status_then AS status FROM (
            SELECT fb.id, fb.received_on, fb.created_at, coalesce(
                (SELECT e.status FROM feedback_event e
                 WHERE e.feedback_id = fb.id AND e.deleted_at IS NULL AND e.happened_on <= :waiting_at
                 ORDER BY e.happened_on DESC, e.created_at DESC LIMIT 1),
                CASE WHEN EXISTS (SELECT 1 FROM feedback_event e WHERE e.feedback_id = fb.id AND e.deleted_at IS NULL)
                     THEN 'open' ELSE fb.status END) AS status_then
            FROM feedback fb WHERE fb.deleted_at IS NULL AND fb.received_on <= :waiting_at)
        WHERE status_then IN ('open', 'forwarded'))";

/// The figures of `from..=to` judged at `as_of` (see `Figures`): forums held
/// are those of the period dated on or before `as_of`, and everyone reached
/// is reached at them; waiting feedback is counted at `as_of`. The
/// dashboard, the pack and `stats` all pass `judged_at(to, today)`.
pub fn figures(conn: &Connection, from: NaiveDate, to: NaiveDate, as_of: NaiveDate) -> Result<Figures> {
    check_period(from, to)?;
    // Forums are picked by their local start, through the starts_at index;
    // people are reached from the sign-ins at forums held only.
    let sql = format!(
        "WITH period_forum AS MATERIALIZED (
            SELECT id FROM forum WHERE deleted_at IS NULL AND starts_at >= :from AND starts_at < :held_before
        ),
        period_attendance AS MATERIALIZED (
            SELECT a.person_id FROM period_forum f JOIN attendance a ON a.forum_id = f.id
            WHERE a.deleted_at IS NULL
        ),
        reached AS MATERIALIZED (
            SELECT p.id, p.neighbourhood_id, p.age_band, {GENDER_SHOWN} AS gender FROM person p
            WHERE p.id IN (SELECT person_id FROM period_attendance)
        ),
        {WAITING_AT}
        SELECT
            (SELECT count(*) FROM period_forum),
            (SELECT count(*) FROM period_attendance),
            (SELECT count(*) FROM reached),
            (SELECT count(*) FROM reached r WHERE NOT EXISTS (
                SELECT 1 FROM attendance a JOIN forum f ON f.id = a.forum_id
                WHERE a.person_id = r.id AND a.deleted_at IS NULL AND f.deleted_at IS NULL AND f.starts_at < :from)),
            (SELECT count(DISTINCT neighbourhood_id) FROM reached),
            (SELECT count(*) FROM neighbourhood WHERE deleted_at IS NULL),
            (SELECT count(*) FROM reached WHERE age_band = 'child'),
            (SELECT count(*) FROM reached WHERE age_band = 'adolescent'),
            (SELECT count(*) FROM reached WHERE gender = 'female'),
            (SELECT count(*) FROM reached WHERE gender = 'male'),
            (SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND received_on BETWEEN :from AND :to),
            (SELECT count(*) FROM waiting)"
    );
    let period = named_params! {
        ":from": day(from),
        ":to": day(to),
        ":held_before": day_after(to.min(as_of)),
        ":waiting_at": day(as_of),
    };
    let figures = conn.query_row(&sql, period, |row| {
        Ok(Figures {
            from,
            to,
            as_of,
            forums_held: row.get(0)?,
            attendances: row.get(1)?,
            people_reached: row.get(2)?,
            first_time_participants: row.get(3)?,
            neighbourhoods_reached: row.get(4)?,
            neighbourhoods_total: row.get(5)?,
            children: row.get(6)?,
            adolescents: row.get(7)?,
            women: row.get(8)?,
            men: row.get(9)?,
            feedback_received: row.get(10)?,
            feedback_open: row.get(11)?,
        })
    })?;
    Ok(figures)
}

/// Sign-ins at the forums held in the period (as in `figures`: dated in
/// `from..=to`, not after `as_of`), per neighbourhood of the person; every
/// neighbourhood is listed, most sign-ins first, so the ones not reached show.
pub fn attendance_by_neighbourhood(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
) -> Result<Vec<Count>> {
    let mut stmt = conn.prepare_cached(
        "SELECT n.name, coalesce(signed.count, 0) AS signed_in FROM neighbourhood n
         LEFT JOIN (
             SELECT p.neighbourhood_id, count(*) AS count
             FROM forum f JOIN attendance a ON a.forum_id = f.id JOIN person p ON p.id = a.person_id
             WHERE f.deleted_at IS NULL AND a.deleted_at IS NULL AND f.starts_at >= :from AND f.starts_at < :after
             GROUP BY p.neighbourhood_id
         ) signed ON signed.neighbourhood_id = n.id
         WHERE n.deleted_at IS NULL
         ORDER BY signed_in DESC, n.name",
    )?;
    let rows = stmt.query_map(named_params! { ":from": day(from), ":after": day_after(to.min(as_of)) }, |r| {
        Ok(Count { label: r.get(0)?, count: r.get(1)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{AgeBand, AttendanceRole, Gender};
    use crate::domain::records::PersonDraft;
    use crate::store::forums::tests::draft;
    use crate::store::{attendance, forums, people, reference, Store};

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    #[test]
    fn counts_unique_people_first_timers_and_neighbourhoods_in_the_period() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let barrio = |name| reference::neighbourhood_id_by_name(conn, name).expect("query");
        let person = |name: &str, band, gender, n| {
            use crate::domain::kinds::ConsentGiver;
            let minor = matches!(band, AgeBand::Child | AgeBand::Adolescent);
            let d = PersonDraft {
                full_name: name.into(),
                age_band: Some(band),
                gender: Some(gender),
                neighbourhood_id: barrio(n),
                guardian: (band == AgeBand::Child).then(crate::testing::guardian),
                gender_consent: Some(crate::testing::gender_consent(if minor {
                    ConsentGiver::Guardian
                } else {
                    ConsentGiver::Person
                })),
                ..PersonDraft::default()
            };
            people::create(conn, &d).expect("person")
        };
        let rosa = person("Rosa Núñez", AgeBand::Adult, Gender::Female, "Pehuén");
        let tomas = person("Tomás Peumo", AgeBand::Child, Gender::Male, "Riesco");
        let ema = person("Ema Boldo", AgeBand::Adolescent, Gender::Female, "Pehuén");
        let march = forums::create(conn, &draft("Marzo", "10-03-2026")).expect("forum");
        let july = forums::create(conn, &draft("Julio", "10-07-2026")).expect("forum");
        let august = forums::create(conn, &draft("Agosto", "20-08-2026")).expect("forum");
        for (forum, who) in [(march, rosa), (july, rosa), (july, tomas), (august, tomas), (august, ema)] {
            attendance::register(conn, forum, who, AttendanceRole::Neighbour).expect("register");
        }
        let q3 = figures(conn, date(7, 1), date(9, 30), date(9, 30)).expect("figures");
        assert_eq!(q3.forums_held, 2);
        assert_eq!(q3.attendances, 4);
        assert_eq!(q3.people_reached, 3);
        assert_eq!(q3.first_time_participants, 2, "Rosa came first in March");
        assert_eq!((q3.neighbourhoods_reached, q3.neighbourhoods_total), (2, 21));
        assert_eq!((q3.children, q3.adolescents), (1, 1));
        assert_eq!((q3.women, q3.men), (2, 1));
        let q1 = figures(conn, date(1, 1), date(3, 31), date(3, 31)).expect("figures");
        assert_eq!((q1.forums_held, q1.people_reached, q1.first_time_participants), (1, 1, 1));
    }

    fn feedback_on(conn: &Connection, text: &str, received_on: &str) -> uuid::Uuid {
        use crate::domain::kinds::{FeedbackKind, Priority};
        let item = crate::domain::records::FeedbackDraft {
            forum_id: None,
            person_id: None,
            text: text.into(),
            neighbourhood_id: None,
            commitment_id: None,
            milestone_id: None,
            kind: FeedbackKind::Question,
            priority: Priority::Medium,
            received_on: received_on.into(),
        };
        crate::store::feedback::record(conn, &item).expect("feedback")
    }

    fn step(conn: &Connection, id: uuid::Uuid, status: crate::domain::kinds::FeedbackStatus, on: &str) {
        let change = crate::domain::records::StatusChange { status, on: on.into(), detail: "DAOGA".into() };
        crate::store::feedback::change_status(conn, id, &change).expect("step");
    }

    #[test]
    fn waiting_at_a_day_is_one_definition_for_the_figure_the_ages_and_the_packs_list() {
        use crate::domain::kinds::FeedbackStatus::{Answered, Closed, Forwarded};
        use crate::store::{dashboard, period_lists};
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let late_answer = feedback_on(conn, "Respondida después del trimestre", "10-05-2026");
        step(conn, late_answer, Answered, "15-10-2026");
        let forwarded = feedback_on(conn, "Derivada en septiembre", "01-08-2026");
        step(conn, forwarded, Forwarded, "05-09-2026");
        feedback_on(conn, "Abierta", "20-09-2026");
        let settled = feedback_on(conn, "Cerrada en el trimestre", "01-07-2026");
        step(conn, settled, Answered, "10-09-2026");
        step(conn, settled, Closed, "11-09-2026");
        let reopened = feedback_on(conn, "Cerrada y reabierta después", "02-07-2026");
        step(conn, reopened, Closed, "03-07-2026");
        step(conn, reopened, crate::domain::kinds::FeedbackStatus::Open, "20-10-2026");
        feedback_on(conn, "Recibida después", "01-10-2026");

        let today = date(12, 3);
        let end = date(9, 30);
        let board = dashboard::dashboard(conn, date(7, 1), end, today).expect("dashboard");
        let ages: Vec<i64> = board.waiting_feedback_by_age.iter().map(|c| c.count).collect();
        let list = period_lists::waiting_items(conn, end).expect("waiting");
        assert_eq!(board.figures.as_of, end);
        assert_eq!(board.figures.feedback_open, 3, "answered on 15-10, forwarded on 05-09, open since 20-09");
        assert_eq!(board.figures.feedback_open, ages.iter().sum::<i64>(), "the card is the sum of its breakdown");
        assert_eq!(board.figures.feedback_open, list.len() as i64, "and the pack's list has as many");
        assert_eq!(ages, [1, 1, 0, 1], "10, 60 and 143 days old on 30-09");
        let texts: Vec<(&str, crate::domain::kinds::FeedbackStatus)> =
            list.iter().map(|w| (w.text.as_str(), w.status)).collect();
        assert_eq!(
            texts,
            [
                ("Respondida después del trimestre", crate::domain::kinds::FeedbackStatus::Open),
                ("Derivada en septiembre", Forwarded),
                ("Abierta", crate::domain::kinds::FeedbackStatus::Open)
            ],
            "each with its status on 30-09"
        );
        assert_eq!(list[0].forwarded_to, None);
        assert_eq!(list[1].forwarded_to.as_deref(), Some("DAOGA"));
        // Today: the late answer is in, the reopened item and the October one wait.
        let now = figures(conn, date(10, 1), date(12, 31), today).expect("figures");
        assert_eq!(now.feedback_open, 4);
        assert_eq!(now.feedback_open, period_lists::waiting_items(conn, today).expect("waiting").len() as i64);
    }

    #[test]
    fn a_forum_after_today_or_after_the_period_is_not_held() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let held = forums::create(conn, &draft("Ya realizado", "20-11-2026")).expect("forum");
        let coming = forums::create(conn, &draft("Próximo", "15-12-2026")).expect("forum");
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("barrio");
        let person =
            |name: &str| PersonDraft { full_name: name.into(), neighbourhood_id: pehuen, ..PersonDraft::default() };
        let rosa = people::create(conn, &person("Rosa")).expect("person");
        attendance::register(conn, held, rosa, AttendanceRole::Neighbour).expect("register");
        // Signed in ahead of time at the coming forum: not reached yet.
        let ema = people::create(conn, &person("Ema")).expect("person");
        attendance::register(conn, coming, ema, AttendanceRole::Neighbour).expect("register");
        let today = date(12, 3);
        let q4 = figures(conn, date(10, 1), date(12, 31), judged_at(date(12, 31), today)).expect("figures");
        assert_eq!((q4.forums_held, q4.attendances, q4.people_reached), (1, 1, 1));
        let by_barrio = attendance_by_neighbourhood(conn, date(10, 1), date(12, 31), today).expect("by barrio");
        assert_eq!(by_barrio[0], Count { label: "Pehuén".into(), count: 1 }, "sign-ins at the forums held only");
        let later = figures(conn, date(10, 1), date(12, 31), date(12, 20)).expect("figures");
        assert_eq!(later.forums_held, 2, "once its day has come");
        let november = figures(conn, date(11, 1), date(11, 30), date(12, 20)).expect("figures");
        assert_eq!(november.forums_held, 1, "never after the period's end");
    }

    #[test]
    fn a_reversed_period_is_refused() {
        use crate::store::{dashboard, StoreError};
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let refused =
            |r: Result<()>| matches!(r, Err(StoreError::Invalid(i)) if i.message_key == "error-end-before-start");
        assert!(refused(figures(conn, date(10, 1), date(7, 1), date(12, 3)).map(|_| ())));
        assert!(refused(dashboard::dashboard(conn, date(10, 1), date(7, 1), date(12, 3)).map(|_| ())));
        assert!(figures(conn, date(7, 1), date(7, 1), date(12, 3)).is_ok(), "a single day is a period");
    }
}
