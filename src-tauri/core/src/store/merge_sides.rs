//! What the merge confirmation shows of each of two records of one person,
//! side by side, so the volunteer can tell two namesakes apart.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::sql::opt_date_at;
use super::{people, Result};
use crate::domain::rut;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeSide {
    pub id: Uuid,
    pub full_name: String,
    /// As people read it: `12.345.678-5`.
    pub rut: Option<String>,
    pub neighbourhood_name: Option<String>,
    pub organization_name: Option<String>,
    #[ts(type = "number")]
    pub forums_attended: i64,
    /// The days of the first and latest forum they signed in at.
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
}

pub fn side(conn: &Connection, id: Uuid) -> Result<MergeSide> {
    let person = people::get(conn, id)?;
    let (forums_attended, first_seen, last_seen) = conn.query_row(
        "SELECT count(*), min(substr(f.starts_at, 1, 10)), max(substr(f.starts_at, 1, 10))
         FROM attendance a JOIN forum f ON f.id = a.forum_id AND f.deleted_at IS NULL
         WHERE a.person_id = ?1 AND a.deleted_at IS NULL",
        [id.to_string()],
        |r| Ok((r.get(0)?, opt_date_at(r, 1)?, opt_date_at(r, 2)?)),
    )?;
    Ok(MergeSide {
        id,
        full_name: person.full_name,
        rut: person.rut.as_deref().map(rut::display),
        neighbourhood_name: person.neighbourhood_name,
        organization_name: person.organization_name,
        forums_attended,
        first_seen,
        last_seen,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AttendanceRole;
    use crate::domain::records::PersonDraft;
    use crate::store::{attendance, Store};
    use crate::testing::forum;

    #[test]
    fn each_side_shows_what_tells_two_namesakes_apart() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let barrio = crate::store::reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let draft = PersonDraft {
            full_name: "Agustín Litre Mañío".into(),
            rut: "12345678-5".into(),
            neighbourhood_id: barrio,
            organization_name: "Junta de Vecinos Pehuén".into(),
            ..PersonDraft::default()
        };
        let one = people::create(conn, &draft).expect("one");
        let two = people::create(conn, &PersonDraft { full_name: draft.full_name.clone(), ..PersonDraft::default() })
            .expect("two");
        for (title, date) in [("Foro de marzo", "10-03-2026"), ("Foro de octubre", "20-10-2026")] {
            attendance::register(conn, forum(&store, title, date), one, AttendanceRole::Neighbour).expect("sign in");
        }
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d);
        let first = side(conn, one).expect("side");
        assert_eq!(first.rut.as_deref(), Some("12.345.678-5"));
        assert_eq!(first.neighbourhood_name.as_deref(), Some("Pehuén"));
        assert_eq!(first.organization_name.as_deref(), Some("Junta de Vecinos Pehuén"));
        assert_eq!((first.forums_attended, first.first_seen, first.last_seen), (2, day(3, 10), day(10, 20)));
        let second = side(conn, two).expect("side");
        assert_eq!((second.rut, second.forums_attended, second.last_seen), (None, 0, None));
    }
}
