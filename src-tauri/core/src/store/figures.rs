//! The headline figures of a period, and sign-ins by neighbourhood: one
//! definition each, read by the dashboard, the meeting pack and the CLI, so
//! they can never disagree.

use chrono::NaiveDate;
use rusqlite::{named_params, Connection};

use super::sql::{day, day_after};
use super::Result;
use crate::domain::records::{Count, Figures};

pub fn figures(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Figures> {
    // Forums are picked by their local start, `to` inclusive, through the
    // starts_at index; people are reached from the period's sign-ins only.
    let sql = "
        WITH period_forum AS MATERIALIZED (
            SELECT id FROM forum WHERE deleted_at IS NULL AND starts_at >= :from AND starts_at < :after
        ),
        period_attendance AS MATERIALIZED (
            SELECT a.person_id FROM period_forum f JOIN attendance a ON a.forum_id = f.id
            WHERE a.deleted_at IS NULL
        ),
        reached AS MATERIALIZED (
            SELECT p.id, p.neighbourhood_id, p.age_band, p.gender FROM person p
            WHERE p.id IN (SELECT person_id FROM period_attendance)
        )
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
            (SELECT count(*) FROM feedback WHERE deleted_at IS NULL AND status IN ('open', 'forwarded')
                AND received_on <= :to)";
    let period = named_params! { ":from": day(from), ":to": day(to), ":after": day_after(to) };
    let figures = conn.query_row(sql, period, |row| {
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
    let rows = stmt.query_map(named_params! { ":from": day(from), ":after": day_after(to) }, |r| {
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
}
