//! Who signed in at which forum. One row per forum and person: a removed
//! entry is revived when the person signs in again, never doubled.

use rusqlite::{named_params, params, Connection, OptionalExtension};
use uuid::Uuid;

use super::lawful::SHOWN_BY_NAME;
use super::sql::{utc_at, uuid_at};
use super::{forums, new_id, now, people, Result, StoreError};
use crate::domain::kinds::AttendanceRole;
use crate::domain::records::{Attendee, NeighbourhoodAttendees, PersonDraft};
use crate::domain::text::alphabetical_key;
use crate::domain::{lawful, Invalid};

/// Signs a known person in, arriving now. Refuses a second sign-in at the
/// same forum. A blocked person, or a child kept from before Ley 21.719
/// without a guardian's consent, is not signed in by name.
pub fn register(conn: &Connection, forum_id: Uuid, person_id: Uuid, role: AttendanceRole) -> Result<Attendee> {
    register_arrived(conn, forum_id, person_id, role, chrono::Utc::now())
}

/// Signs a person in as arrived at `arrived` (the demo's attendees come
/// around their forum's start, not when the database was made).
pub fn register_arrived(
    conn: &Connection,
    forum_id: Uuid,
    person_id: Uuid,
    role: AttendanceRole,
    arrived: chrono::DateTime<chrono::Utc>,
) -> Result<Attendee> {
    forums::get(conn, forum_id)?;
    people::refuse_if_blocked(conn, person_id)?;
    let person = people::get(conn, person_id)?;
    if !lawful::may_keep_name(person.age_band, person.guardian.is_some()) {
        return Err(Invalid::new("age_band", "error-child-needs-guardian").into());
    }
    sign_in(conn, forum_id, person_id, role, arrived)
}

fn sign_in(
    conn: &Connection,
    forum_id: Uuid,
    person_id: Uuid,
    role: AttendanceRole,
    arrived: chrono::DateTime<chrono::Utc>,
) -> Result<Attendee> {
    let existing: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT id, deleted_at FROM attendance WHERE forum_id = ?1 AND person_id = ?2",
            [forum_id.to_string(), person_id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let stamp = now();
    let arrived = super::sql::stamp(arrived);
    let id = match existing {
        Some((_, None)) => return Err(StoreError::AlreadyRegistered),
        Some((id, Some(_))) => {
            conn.execute(
                "UPDATE attendance SET deleted_at = NULL, role = ?2, arrived_at = ?4, updated_at = ?3 WHERE id = ?1",
                params![id, role, stamp, arrived],
            )?;
            id
        }
        None => {
            let id = new_id().to_string();
            conn.execute(
                "INSERT INTO attendance (id, forum_id, person_id, role, arrived_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?6, ?5, ?5)",
                params![id, forum_id.to_string(), person_id.to_string(), role, stamp, arrived],
            )?;
            id
        }
    };
    get(conn, &id)
}

/// Creates a person and signs them in, in one transaction: either both are
/// saved or neither is. A child without a guardian's consent is signed in
/// as an anonymous participant of their age band and barrio.
pub fn register_new_person(
    conn: &mut Connection,
    forum_id: Uuid,
    draft: &PersonDraft,
    role: AttendanceRole,
) -> Result<Attendee> {
    let tx = conn.transaction()?;
    forums::get(&tx, forum_id)?;
    let attendee = register_lawfully(&tx, forum_id, draft, role, chrono::Utc::now())?;
    tx.commit()?;
    Ok(attendee)
}

/// A new person signed in as the law allows (the desk and the attendance
/// import): by name, or anonymously (see `people::create_or_anonymous`).
pub fn register_lawfully(
    conn: &Connection,
    forum_id: Uuid,
    draft: &PersonDraft,
    role: AttendanceRole,
    arrived: chrono::DateTime<chrono::Utc>,
) -> Result<Attendee> {
    match people::create_or_anonymous(conn, draft)? {
        (id, false) => register_arrived(conn, forum_id, id, role, arrived),
        (id, true) => sign_in(conn, forum_id, id, role, arrived),
    }
}

/// Removes a mistaken entry (kept as a tombstone so the removal can merge).
pub fn remove(conn: &Connection, attendance_id: Uuid) -> Result<()> {
    let stamp = now();
    let changed = conn.execute(
        "UPDATE attendance SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
        params![attendance_id.to_string(), stamp],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "attendance" });
    }
    Ok(())
}

/// Attendees as the desk lists them: anonymous participants (and erased
/// people) too, nameless, but never a merged-away duplicate.
const ATTENDEE_SELECT: &str = "SELECT a.id, p.id, p.full_name, n.name, o.name, a.role, a.arrived_at,
            p.deleted_at IS NOT NULL, p.age_band
     FROM attendance a
     JOIN person p ON p.id = a.person_id AND p.merged_into IS NULL
     LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
     LEFT JOIN organization o ON o.id = p.organization_id";

fn attendee(row: &rusqlite::Row<'_>) -> rusqlite::Result<Attendee> {
    Ok(Attendee {
        attendance_id: uuid_at(row, 0)?,
        person_id: uuid_at(row, 1)?,
        full_name: row.get(2)?,
        anonymous: row.get(7)?,
        age_band: row.get(8)?,
        neighbourhood_name: row.get(3)?,
        organization_name: row.get(4)?,
        role: row.get(5)?,
        arrived_at: utc_at(row, 6)?,
    })
}

fn get(conn: &Connection, attendance_id: &str) -> Result<Attendee> {
    let sql = format!("{ATTENDEE_SELECT} WHERE a.id = ?1");
    Ok(conn.query_row(&sql, [attendance_id], attendee)?)
}

/// A forum's attendees, latest arrival first (the desk shows who just came).
pub fn list(conn: &Connection, forum_id: Uuid) -> Result<Vec<Attendee>> {
    let sql = format!(
        "{ATTENDEE_SELECT} WHERE a.forum_id = ?1 AND a.deleted_at IS NULL ORDER BY a.arrived_at DESC, p.full_name"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([forum_id.to_string()], attendee)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Attendee lists grouped by neighbourhood (only people who may be named:
/// see `lawful::SHOWN_BY_NAME`), for one forum or for every
/// forum whose day lies in `from..=to` (then each person once, at their
/// latest sign-in). Neighbourhoods alphabetically, people by name.
pub fn by_neighbourhood(
    conn: &Connection,
    forum_id: Option<Uuid>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Vec<NeighbourhoodAttendees>> {
    let sql = format!(
        "{ATTENDEE_SELECT}
         WHERE a.deleted_at IS NULL AND {SHOWN_BY_NAME}
           AND a.id IN (
               SELECT id FROM (
                   SELECT a2.id, row_number() OVER (
                       PARTITION BY a2.person_id ORDER BY f2.starts_at DESC, a2.arrived_at DESC, a2.id) AS latest
                   FROM attendance a2 JOIN forum f2 ON f2.id = a2.forum_id
                   WHERE a2.deleted_at IS NULL AND f2.deleted_at IS NULL
                     AND (CASE WHEN ?1 IS NULL THEN substr(f2.starts_at, 1, 10) BETWEEN ?2 AND ?3
                               ELSE a2.forum_id = ?1 END))
               WHERE latest = 1)
         ORDER BY n.name IS NULL, n.name COLLATE NOCASE, p.full_name COLLATE NOCASE"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows =
        stmt.query_map(params![forum_id.map(|f| f.to_string()), super::sql::day(from), super::sql::day(to)], attendee)?;
    let mut groups: Vec<NeighbourhoodAttendees> = Vec::new();
    for row in rows {
        let attendee = row?;
        match groups.last_mut() {
            Some(group) if group.neighbourhood_name == attendee.neighbourhood_name => group.people.push(attendee),
            _ => groups.push(NeighbourhoodAttendees {
                neighbourhood_name: attendee.neighbourhood_name.clone(),
                people: vec![attendee],
            }),
        }
    }
    Ok(groups)
}

/// A person who may come again: on a sign-in sheet, pre-filled.
#[derive(Debug, Clone, PartialEq)]
pub struct RegularAttendee {
    pub id: Uuid,
    pub full_name: String,
    pub neighbourhood: Option<String>,
    pub organization: Option<String>,
}

/// The people who came to the last `forums` forums held in `forum_id`'s
/// neighbourhood before it, alphabetically. None when it has no neighbourhood.
pub fn regular_attendees(conn: &Connection, forum_id: Uuid, forums: usize) -> Result<Vec<RegularAttendee>> {
    let mut stmt = conn.prepare_cached(&format!(
        "WITH this AS (SELECT neighbourhood_id, starts_at FROM forum WHERE id = :forum),
         earlier AS (
             SELECT f.id FROM forum f, this
             WHERE f.deleted_at IS NULL AND f.neighbourhood_id = this.neighbourhood_id
               AND f.id <> :forum AND f.starts_at < this.starts_at
             ORDER BY f.starts_at DESC LIMIT :forums)
         SELECT DISTINCT p.id, p.full_name, n.name, o.name
         FROM attendance a
         JOIN person p ON p.id = a.person_id
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         WHERE a.deleted_at IS NULL AND a.forum_id IN (SELECT id FROM earlier) AND {SHOWN_BY_NAME}",
    ))?;
    let params = named_params! { ":forum": forum_id.to_string(), ":forums": forums as i64 };
    let rows = stmt.query_map(params, |r| {
        Ok(RegularAttendee {
            id: uuid_at(r, 0)?,
            full_name: r.get(1)?,
            neighbourhood: r.get(2)?,
            organization: r.get(3)?,
        })
    })?;
    let mut people: Vec<RegularAttendee> = rows.collect::<rusqlite::Result<_>>()?;
    people.sort_by_cached_key(|p| alphabetical_key(&p.full_name));
    Ok(people)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::forums::tests::draft as forum_draft;
    use crate::store::Store;

    fn setup() -> (Store, Uuid) {
        let store = Store::open_in_memory().expect("store");
        let forum = forums::create(store.conn(), &forum_draft("Foro", "24-11-2026")).expect("forum");
        (store, forum)
    }

    fn person(name: &str) -> PersonDraft {
        PersonDraft { full_name: name.into(), ..PersonDraft::default() }
    }

    #[test]
    fn a_person_registered_twice_gets_a_clear_error_not_a_second_row() {
        let (store, forum) = setup();
        let id = people::create(store.conn(), &person("Rosa Núñez Peumo")).expect("person");
        register(store.conn(), forum, id, AttendanceRole::Neighbour).expect("first");
        let again = register(store.conn(), forum, id, AttendanceRole::Neighbour);
        assert!(matches!(again, Err(StoreError::AlreadyRegistered)));
        assert_eq!(list(store.conn(), forum).expect("list").len(), 1);
    }

    #[test]
    fn a_new_person_with_a_bad_rut_leaves_nothing_behind() {
        let (mut store, forum) = setup();
        let bad = PersonDraft { rut: "12.345.678-0".into(), organization_name: "Club Nuevo".into(), ..person("Ana") };
        assert!(register_new_person(store.conn_mut(), forum, &bad, AttendanceRole::Neighbour).is_err());
        let orgs: i64 = store.conn().query_row("SELECT count(*) FROM organization", [], |r| r.get(0)).expect("count");
        let persons: i64 = store.conn().query_row("SELECT count(*) FROM person", [], |r| r.get(0)).expect("count");
        assert_eq!((orgs, persons), (0, 0), "the organization was rolled back with the person");
    }

    #[test]
    fn removal_is_a_tombstone_and_signing_in_again_revives_the_row() {
        let (mut store, forum) = setup();
        let first = register_new_person(store.conn_mut(), forum, &person("José Ñirre"), AttendanceRole::Neighbour)
            .expect("register");
        remove(store.conn(), first.attendance_id).expect("remove");
        assert!(list(store.conn(), forum).expect("list").is_empty());
        assert!(matches!(remove(store.conn(), first.attendance_id), Err(StoreError::NotFound { .. })));
        let again = register(store.conn(), forum, first.person_id, AttendanceRole::Leader).expect("again");
        assert_eq!(again.attendance_id, first.attendance_id);
        assert_eq!(again.role, AttendanceRole::Leader);
    }

    #[test]
    fn unknown_forum_or_person_is_not_found() {
        let (store, forum) = setup();
        let nobody = register(store.conn(), forum, Uuid::new_v4(), AttendanceRole::Neighbour);
        assert!(matches!(nobody, Err(StoreError::NotFound { entity: "person" })));
    }

    #[test]
    fn lists_per_neighbourhood_for_a_forum_or_a_period() {
        let (store, first) = setup();
        let conn = store.conn();
        let second = forums::create(conn, &forum_draft("Otro", "30-11-2026")).expect("forum");
        let barrio = |n| crate::store::reference::neighbourhood_id_by_name(conn, n).expect("q");
        let person = |name: &str, n| {
            people::create(conn, &PersonDraft { neighbourhood_id: barrio(n), ..person(name) }).expect("person")
        };
        let (ana, rosa, jose) = (person("Ana", "Riesco"), person("Rosa", "Pehuén"), person("José", "Pehuén"));
        for (forum, who) in [(first, ana), (first, rosa), (second, rosa), (second, jose)] {
            register(conn, forum, who, AttendanceRole::Neighbour).expect("register");
        }
        let names = |groups: Vec<NeighbourhoodAttendees>| -> Vec<(String, Vec<String>)> {
            groups
                .into_iter()
                .map(|g| {
                    (g.neighbourhood_name.unwrap_or_default(), g.people.into_iter().map(|p| p.full_name).collect())
                })
                .collect()
        };
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("date");
        let one = by_neighbourhood(conn, Some(first), day(1), day(1)).expect("forum");
        assert_eq!(names(one), [("Pehuén".into(), vec!["Rosa".into()]), ("Riesco".into(), vec!["Ana".into()])]);
        let month = by_neighbourhood(conn, None, day(1), day(30)).expect("period");
        assert_eq!(
            names(month),
            [("Pehuén".into(), vec!["José".into(), "Rosa".into()]), ("Riesco".into(), vec!["Ana".into()])],
            "Rosa, who came twice, is listed once"
        );
    }
}
