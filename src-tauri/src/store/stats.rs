//! The headline figures of a period. The dashboard and the meeting pack both
//! read them from here, so they can never disagree.

use chrono::NaiveDate;
use rusqlite::{named_params, Connection};

use super::sql::day;
use super::Result;
use crate::domain::records::Figures;

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
