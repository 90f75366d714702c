//! The headline figures of a period. The dashboard and the meeting pack both
//! read them from here, so they can never disagree.

use chrono::NaiveDate;
use rusqlite::{named_params, Connection};

use super::sql::day;
use super::Result;
use crate::domain::kinds::Completion;
use crate::domain::records::{Count, Dashboard, Figures, MilestoneBar};

pub fn figures(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Figures> {
    // Forums are compared by their local day; `to` is inclusive.
    let sql = "
        WITH period_forum AS (
            SELECT id FROM forum
            WHERE deleted_at IS NULL AND substr(starts_at, 1, 10) BETWEEN :from AND :to
        ),
        period_attendance AS (
            SELECT a.person_id FROM attendance a JOIN period_forum f ON f.id = a.forum_id
            WHERE a.deleted_at IS NULL
        ),
        reached AS (
            SELECT p.* FROM person p WHERE p.id IN (SELECT person_id FROM period_attendance)
        ),
        first_seen AS (
            SELECT a.person_id, min(substr(f.starts_at, 1, 10)) AS first_day
            FROM attendance a JOIN forum f ON f.id = a.forum_id
            WHERE a.deleted_at IS NULL AND f.deleted_at IS NULL
            GROUP BY a.person_id
        )
        SELECT
            (SELECT count(*) FROM period_forum),
            (SELECT count(*) FROM period_attendance),
            (SELECT count(*) FROM reached),
            (SELECT count(*) FROM first_seen
              WHERE first_day BETWEEN :from AND :to
                AND person_id IN (SELECT person_id FROM period_attendance)),
            (SELECT count(DISTINCT neighbourhood_id) FROM reached),
            (SELECT count(*) FROM neighbourhood WHERE deleted_at IS NULL),
            (SELECT count(*) FROM reached WHERE age_band = 'child'),
            (SELECT count(*) FROM reached WHERE age_band = 'adolescent'),
            (SELECT count(*) FROM reached WHERE gender = 'female'),
            (SELECT count(*) FROM reached WHERE gender = 'male'),
            (SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND received_on BETWEEN :from AND :to),
            (SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND status IN ('open', 'forwarded')
                AND received_on <= :to)";
    let figures = conn.query_row(sql, named_params! { ":from": day(from), ":to": day(to) }, |row| {
        Ok(Figures {
            from,
            to,
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

/// Sign-ins at forums of the period, per neighbourhood of the person; every
/// neighbourhood is listed, most sign-ins first, so the ones not reached show.
pub fn attendance_by_neighbourhood(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Count>> {
    let mut stmt = conn.prepare_cached(
        "SELECT n.name, count(a.id) FROM neighbourhood n
         LEFT JOIN person p ON p.neighbourhood_id = n.id
         LEFT JOIN attendance a ON a.person_id = p.id AND a.deleted_at IS NULL
              AND a.forum_id IN (SELECT id FROM forum WHERE deleted_at IS NULL
                                 AND substr(starts_at, 1, 10) BETWEEN :from AND :to)
         WHERE n.deleted_at IS NULL
         GROUP BY n.id ORDER BY count(a.id) DESC, n.name",
    )?;
    let rows = stmt.query_map(named_params! { ":from": day(from), ":to": day(to) }, |r| {
        Ok(Count { label: r.get(0)?, count: r.get(1)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Feedback received by `today` and still waiting (open or forwarded), by age.
pub fn waiting_feedback_by_age(conn: &Connection, today: NaiveDate) -> Result<Vec<Count>> {
    let (a, b, c, d) = conn.query_row(
        "WITH waiting AS (
             SELECT julianday(:today) - julianday(received_on) AS age FROM feedback
             WHERE deleted_at IS NULL AND status IN ('open', 'forwarded') AND received_on <= :today)
         SELECT count(*) FILTER (WHERE age <= 30), count(*) FILTER (WHERE age > 30 AND age <= 60),
                count(*) FILTER (WHERE age > 60 AND age <= 90), count(*) FILTER (WHERE age > 90)
         FROM waiting",
        named_params! { ":today": day(today) },
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let bucket = |label: &str, count| Count { label: label.into(), count };
    Ok(vec![bucket("0-30", a), bucket("31-60", b), bucket("61-90", c), bucket("91+", d)])
}

/// Each milestone's standing at `today`, by commitment number.
pub fn milestone_bars(conn: &Connection, today: NaiveDate) -> Result<Vec<MilestoneBar>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.number, m.title, m.completion, m.progress,
                m.planned_end IS NOT NULL AND m.planned_end < :today AND m.completion <> 'complete'
         FROM milestone m JOIN commitment c ON c.id = m.commitment_id
         WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL
         ORDER BY c.number, coalesce(m.planned_end, '9999'), m.title",
    )?;
    let rows = stmt.query_map(named_params! { ":today": day(today) }, |r| {
        Ok(MilestoneBar {
            commitment_number: r.get(0)?,
            title: r.get(1)?,
            completion: r.get(2)?,
            progress: r.get(3)?,
            late: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The dashboard of a period; waiting feedback and milestones are judged
/// at `today`.
pub fn dashboard(conn: &Connection, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Dashboard> {
    let milestones = milestone_bars(conn, today)?;
    let milestones_by_completion = Completion::ALL
        .iter()
        .map(|level| Count {
            label: level.as_str().into(),
            count: milestones.iter().filter(|m| m.completion == *level).count() as i64,
        })
        .collect();
    Ok(Dashboard {
        figures: figures(conn, from, to)?,
        attendance_by_neighbourhood: attendance_by_neighbourhood(conn, from, to)?,
        waiting_feedback_by_age: waiting_feedback_by_age(conn, today)?,
        milestones_by_completion,
        milestones,
    })
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
            let d = PersonDraft {
                full_name: name.into(),
                age_band: Some(band),
                gender: Some(gender),
                neighbourhood_id: barrio(n),
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
        let q3 = figures(conn, date(7, 1), date(9, 30)).expect("figures");
        assert_eq!(q3.forums_held, 2);
        assert_eq!(q3.attendances, 4);
        assert_eq!(q3.people_reached, 3);
        assert_eq!(q3.first_time_participants, 2, "Rosa came first in March");
        assert_eq!((q3.neighbourhoods_reached, q3.neighbourhoods_total), (2, 21));
        assert_eq!((q3.children, q3.adolescents), (1, 1));
        assert_eq!((q3.women, q3.men), (2, 1));
        let q1 = figures(conn, date(1, 1), date(3, 31)).expect("figures");
        assert_eq!((q1.forums_held, q1.people_reached, q1.first_time_participants), (1, 1, 1));
    }

    #[test]
    fn the_dashboard_lists_every_neighbourhood_ages_waiting_feedback_and_counts_milestones() {
        use crate::domain::records::{FeedbackDraft, MilestoneDraft, NoteDraft};
        use crate::store::{feedback, milestones};
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let rosa = people::create(
            conn,
            &PersonDraft { full_name: "Rosa".into(), neighbourhood_id: pehuen, ..PersonDraft::default() },
        )
        .expect("person");
        let forum = forums::create(conn, &draft("Julio", "10-07-2026")).expect("forum");
        attendance::register(conn, forum, rosa, AttendanceRole::Neighbour).expect("register");
        for received in ["01-11-2026", "01-09-2026", "01-01-2026"] {
            let item = FeedbackDraft {
                forum_id: None,
                person_id: None,
                text: "Luminaria".into(),
                neighbourhood_id: None,
                commitment_id: None,
                milestone_id: None,
                kind: crate::domain::kinds::FeedbackKind::Concern,
                priority: crate::domain::kinds::Priority::Medium,
                received_on: received.into(),
            };
            feedback::record(conn, &item).expect("feedback");
        }
        let commitment = reference::commitments(conn).expect("c")[0].id;
        let plan = |title: &str, end: &str| MilestoneDraft {
            commitment_id: commitment,
            title: title.into(),
            planned_start: String::new(),
            planned_end: end.into(),
        };
        let done = milestones::create(conn, &plan("Hecho", "01-06-2026")).expect("m");
        milestones::create(conn, &plan("Atrasado", "01-06-2026")).expect("m");
        let note = NoteDraft {
            noted_on: "01-06-2026".into(),
            author: "GM".into(),
            text: "Listo".into(),
            completion: Some(Completion::Complete),
            progress: None,
        };
        milestones::add_note(conn, done, &note).expect("note");

        let board = dashboard(conn, date(7, 1), date(9, 30), date(11, 25)).expect("dashboard");
        assert_eq!(board.attendance_by_neighbourhood.len(), 21);
        assert_eq!(board.attendance_by_neighbourhood[0], Count { label: "Pehuén".into(), count: 1 });
        let ages: Vec<i64> = board.waiting_feedback_by_age.iter().map(|c| c.count).collect();
        assert_eq!(ages, [1, 0, 1, 1], "24, 85 and 328 days old");
        let count_of = |level: &str| board.milestones_by_completion.iter().find(|c| c.label == level).map(|c| c.count);
        assert_eq!((count_of("complete"), count_of("not_started")), (Some(1), Some(1)));
        let late: Vec<&str> = board.milestones.iter().filter(|m| m.late).map(|m| m.title.as_str()).collect();
        assert_eq!(late, ["Atrasado"]);
    }
}
