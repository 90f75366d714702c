//! A person's rights over their data (Chile's Ley 19.628 as amended by
//! Ley 21.719): access and portability, and erasure. How long data are
//! kept is `retention.rs`; the requests themselves, `requests.rs`.

use rusqlite::{params, Connection, Transaction};
use uuid::Uuid;

use super::sql::{date_at, local_at, utc_at};
use super::{now, people, Result};
use crate::domain::records::{ParticipationRecord, PersonData, SaidRecord};

/// Everything stored about a person, as one record (shown, or saved as JSON).
pub fn export(conn: &Connection, id: Uuid) -> Result<PersonData> {
    let person = people::get(conn, id)?;
    let (recorded_on, last_changed) =
        conn.query_row("SELECT created_at, updated_at FROM person WHERE id = ?1", [id.to_string()], |r| {
            Ok((utc_at(r, 0)?, utc_at(r, 1)?))
        })?;
    let mut stmt = conn.prepare_cached(
        "SELECT f.title, f.starts_at, f.place, a.role FROM attendance a JOIN forum f ON f.id = a.forum_id
         WHERE a.person_id = ?1 AND a.deleted_at IS NULL AND f.deleted_at IS NULL ORDER BY f.starts_at",
    )?;
    let participation = stmt
        .query_map([id.to_string()], |r| {
            Ok(ParticipationRecord {
                forum_title: r.get(0)?,
                starts_at: local_at(r, 1)?,
                place: r.get(2)?,
                role: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT text, received_on, status, answer FROM feedback
         WHERE person_id = ?1 AND deleted_at IS NULL ORDER BY received_on",
    )?;
    let said = stmt
        .query_map([id.to_string()], |r| {
            Ok(SaidRecord { text: r.get(0)?, received_on: date_at(r, 1)?, status: r.get(2)?, answer: r.get(3)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT f.title FROM forum_facilitator ff JOIN forum f ON f.id = ff.forum_id
         WHERE ff.person_id = ?1 AND ff.deleted_at IS NULL ORDER BY f.starts_at",
    )?;
    let facilitated = stmt.query_map([id.to_string()], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(PersonData { person, recorded_on, last_changed, participation, said, facilitated })
}

/// Erases a person: name, RUT, contacts, organization and membership are
/// removed and the record becomes a tombstone, so the erasure also travels
/// to other laptops. What they attended and said stays only as anonymous
/// counts (neighbourhood, age band and gender are kept for those).
pub fn erase(conn: &Transaction<'_>, id: Uuid) -> Result<()> {
    people::get(conn, id)?;
    let stamp = now();
    conn.execute(
        "UPDATE person SET full_name = '', rut = NULL, phone = NULL, email = NULL, consent_at = NULL,
                consent_purpose = NULL, organization_id = NULL, is_driving_group = 0,
                guardian_name = NULL, guardian_relationship = NULL, guardian_purpose = NULL,
                deleted_at = ?2, updated_at = ?2
         WHERE id = ?1",
        params![id.to_string(), stamp],
    )?;
    conn.execute(
        "UPDATE forum_facilitator SET deleted_at = ?2, updated_at = ?2 WHERE person_id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), stamp],
    )?;
    // The sync conflicts a person would review show names: none of theirs stays.
    conn.execute(
        "DELETE FROM sync_conflict WHERE (tbl = 'person' AND row_id = ?1)
            OR (tbl = 'attendance' AND row_id IN (SELECT id FROM attendance WHERE person_id = ?1))
            OR (tbl = 'forum_facilitator' AND row_id IN (SELECT id FROM forum_facilitator WHERE person_id = ?1))",
        [id.to_string()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{AgeBand, AttendanceRole};
    use crate::domain::records::{ConsentDraft, PersonDraft};
    use crate::store::forums::{create as new_forum, tests::draft};
    use crate::store::StoreError;
    use crate::store::{attendance, figures, Store};
    use crate::testing::in_tx;
    use chrono::NaiveDate;

    fn consent() -> ConsentDraft {
        ConsentDraft {
            phone: "+56 9 1234 5678".into(),
            email: "rosa@correo.cl".into(),
            purpose: "Avisos".into(),
            given_on: "01-01-2026".into(),
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn the_export_holds_the_record_what_they_attended_and_said() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let rosa =
            people::create(conn, &PersonDraft { full_name: "Rosa Núñez".into(), ..PersonDraft::default() }).expect("p");
        let forum = new_forum(conn, &draft("Foro en la plaza", "24-11-2026")).expect("f");
        attendance::register(conn, forum, rosa, AttendanceRole::Neighbour).expect("r");
        conn.execute(
            "INSERT INTO feedback (id, person_id, text, kind, priority, received_on, created_at, updated_at)
             VALUES ('f1', ?1, '¿Qué pasó?', 'question', 'low', '2026-11-24', 'x', 'x')",
            [rosa.to_string()],
        )
        .expect("fb");
        let data = export(conn, rosa).expect("export");
        assert_eq!(data.person.full_name, "Rosa Núñez");
        assert_eq!(data.participation[0].forum_title, "Foro en la plaza");
        assert_eq!(data.said[0].text, "¿Qué pasó?");
        let json = serde_json::to_string(&data).expect("json");
        assert!(json.contains("Rosa Núñez") && json.contains("participation"));
    }

    #[test]
    fn erasure_removes_identity_but_keeps_anonymous_counts() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let draft_person = PersonDraft {
            full_name: "Rosa Núñez".into(),
            rut: "12.345.678-5".into(),
            age_band: Some(AgeBand::Adolescent),
            organization_name: "Junta de Vecinos".into(),
            ..PersonDraft::default()
        };
        let rosa = people::create(conn, &draft_person).expect("p");
        people::record_consent(conn, rosa, &consent()).expect("consent");
        let forum = new_forum(conn, &draft("Foro", "24-11-2026")).expect("f");
        attendance::register(conn, forum, rosa, AttendanceRole::Neighbour).expect("r");
        in_tx(conn, |tx| erase(tx, rosa));

        let row: (String, Option<String>, Option<String>, Option<String>) = conn
            .query_row(
                "SELECT full_name, rut, phone, organization_id FROM person WHERE id = ?1",
                [rosa.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .expect("row");
        assert_eq!(row, (String::new(), None, None, None));
        assert!(people::search(conn, "rosa", 8).expect("search").is_empty());
        assert!(people::search(conn, "12345", 8).expect("search").is_empty());
        let listed = attendance::list(conn, forum).expect("list");
        assert!(listed.iter().all(|a| a.anonymous && a.full_name.is_empty()), "no name in attendee lists");
        let figures =
            figures::figures(conn, date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 30)).expect("figures");
        assert_eq!((figures.attendances, figures.adolescents), (1, 1), "still counted, anonymously");
        assert!(matches!(export(conn, rosa), Err(StoreError::NotFound { .. })));
        people::create(conn, &draft_person).expect("the RUT is free again");
    }
}
