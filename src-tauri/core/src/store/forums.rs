//! Forums: every gathering, from a co-creation forum to the quarterly meeting.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::sql::{local_at, local_stamp, opt_uuid_at, uuid_at};
use super::{new_id, now, Result, StoreError};
use crate::domain::records::{
    Count, Facilitator, Forum, ForumBreakdown, ForumDetail, ForumDraft, ForumPage, ForumSummary,
};
use crate::domain::text::{long_text, optional_line, required_line, LINE_MAX};
use crate::domain::{dates, Invalid};

struct Checked {
    title: String,
    starts_at: String,
    place: String,
    agenda: String,
    minutes: String,
}

fn check(draft: &ForumDraft) -> Result<Checked> {
    Ok(Checked {
        title: required_line(&draft.title, "title", LINE_MAX)?,
        starts_at: local_stamp(dates::parse_date_time(&draft.date, &draft.time)?),
        place: optional_line(&draft.place, "place", LINE_MAX)?,
        agenda: long_text(&draft.agenda, "agenda")?,
        minutes: long_text(&draft.minutes, "minutes")?,
    })
}

/// Checks a draft and stores the forum with the commitments it addresses.
/// Call inside a transaction: it writes several rows.
pub fn create(conn: &Connection, draft: &ForumDraft) -> Result<Uuid> {
    let Checked { title, starts_at, place, agenda, minutes } = check(draft)?;
    let id = new_id();
    conn.execute(
        "INSERT INTO forum (id, kind, title, starts_at, place, neighbourhood_id, invitation, agenda, minutes,
                            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id.to_string(),
            draft.kind,
            title,
            starts_at,
            place,
            draft.neighbourhood_id.map(|n| n.to_string()),
            draft.invitation,
            agenda,
            minutes,
            now()
        ],
    )
    .map_err(|e| unknown_reference(e, "neighbourhood_id"))?;
    set_links(conn, "forum_commitment", "commitment_id", id, &draft.commitment_ids)?;
    Ok(id)
}

/// Corrects a forum: its fields and the commitments it addressed. Call
/// inside a transaction.
pub fn update(conn: &Connection, id: Uuid, draft: &ForumDraft) -> Result<Forum> {
    get(conn, id)?;
    let Checked { title, starts_at, place, agenda, minutes } = check(draft)?;
    conn.execute(
        "UPDATE forum SET kind = ?2, title = ?3, starts_at = ?4, place = ?5, neighbourhood_id = ?6, invitation = ?7,
                          agenda = ?8, minutes = ?9, updated_at = ?10
         WHERE id = ?1",
        params![
            id.to_string(),
            draft.kind,
            title,
            starts_at,
            place,
            draft.neighbourhood_id.map(|n| n.to_string()),
            draft.invitation,
            agenda,
            minutes,
            now()
        ],
    )
    .map_err(|e| unknown_reference(e, "neighbourhood_id"))?;
    set_links(conn, "forum_commitment", "commitment_id", id, &draft.commitment_ids)?;
    get(conn, id)
}

/// The driving-group members who facilitated a forum.
pub fn set_facilitators(conn: &Connection, id: Uuid, people: &[Uuid]) -> Result<()> {
    get(conn, id)?;
    set_links(conn, "forum_facilitator", "person_id", id, people)
}

/// Makes a forum's links in `table` exactly `wanted`: new ones are added,
/// removed ones become tombstones, earlier tombstones are revived.
fn set_links(conn: &Connection, table: &str, column: &str, forum_id: Uuid, wanted: &[Uuid]) -> Result<()> {
    let stamp = now();
    let field = if column == "person_id" { "facilitators" } else { "commitment_ids" };
    let wanted_text: Vec<String> = wanted.iter().map(Uuid::to_string).collect();
    let mut current = conn.prepare(&format!("SELECT {column}, deleted_at IS NULL FROM {table} WHERE forum_id = ?1"))?;
    let existing: Vec<(String, bool)> =
        current.query_map([forum_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    for (target, live) in &existing {
        let keep = wanted_text.contains(target);
        if keep != *live {
            let deleted_at = if keep { None } else { Some(stamp.as_str()) };
            conn.execute(
                &format!("UPDATE {table} SET deleted_at = ?3, updated_at = ?4 WHERE forum_id = ?1 AND {column} = ?2"),
                params![forum_id.to_string(), target, deleted_at, stamp],
            )?;
        }
    }
    let mut insert = conn.prepare(&format!(
        "INSERT INTO {table} (id, forum_id, {column}, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"
    ))?;
    for target in wanted_text.iter().filter(|t| !existing.iter().any(|(e, _)| e == *t)) {
        insert
            .execute(params![new_id().to_string(), forum_id.to_string(), target, stamp])
            .map_err(|e| unknown_reference(e, field))?;
    }
    Ok(())
}

/// A forum with its facilitators and who came, at a glance.
pub fn detail(conn: &Connection, id: Uuid) -> Result<ForumDetail> {
    let forum = get(conn, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.full_name FROM forum_facilitator ff JOIN person p ON p.id = ff.person_id
         WHERE ff.forum_id = ?1 AND ff.deleted_at IS NULL ORDER BY p.full_name",
    )?;
    let facilitators = stmt
        .query_map([id.to_string()], |r| Ok(Facilitator { person_id: uuid_at(r, 0)?, full_name: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    let breakdown = breakdown(conn, id)?;
    Ok(ForumDetail { forum, facilitators, breakdown })
}

fn breakdown(conn: &Connection, id: Uuid) -> Result<ForumBreakdown> {
    let forum = id.to_string();
    let (attendees, first_timers, children, adolescents) = conn.query_row(
        "WITH here AS (
             SELECT a.person_id, p.age_band FROM attendance a JOIN person p ON p.id = a.person_id
             WHERE a.forum_id = ?1 AND a.deleted_at IS NULL
         ),
         this AS (SELECT starts_at FROM forum WHERE id = ?1)
         SELECT count(*),
                (SELECT count(*) FROM here h WHERE NOT EXISTS (
                     SELECT 1 FROM attendance a JOIN forum f ON f.id = a.forum_id
                     WHERE a.person_id = h.person_id AND a.deleted_at IS NULL AND f.deleted_at IS NULL
                       AND f.starts_at < (SELECT starts_at FROM this))),
                (SELECT count(*) FROM here WHERE age_band = 'child'),
                (SELECT count(*) FROM here WHERE age_band = 'adolescent')
         FROM here",
        [&forum],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let counts = |sql: &str| -> Result<Vec<Count>> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map([&forum], |r| Ok(Count { label: r.get(0)?, count: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    Ok(ForumBreakdown {
        attendees,
        first_timers,
        children,
        adolescents,
        by_neighbourhood: counts(
            "SELECT coalesce(n.name, '—'), count(*) FROM attendance a JOIN person p ON p.id = a.person_id
             LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
             WHERE a.forum_id = ?1 AND a.deleted_at IS NULL GROUP BY n.name ORDER BY count(*) DESC, n.name",
        )?,
        organizations: counts(
            "SELECT o.name, count(*) FROM attendance a JOIN person p ON p.id = a.person_id
             JOIN organization o ON o.id = p.organization_id
             WHERE a.forum_id = ?1 AND a.deleted_at IS NULL GROUP BY o.id ORDER BY count(*) DESC, o.name",
        )?,
    })
}

/// A foreign key that points nowhere is the caller's mistake, not a crash.
fn unknown_reference(error: rusqlite::Error, field: &'static str) -> StoreError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => Invalid::new(field, "error-unknown-reference").into(),
        _ => error.into(),
    }
}

pub fn get(conn: &Connection, id: Uuid) -> Result<Forum> {
    let forum = conn
        .query_row(
            "SELECT f.id, f.kind, f.title, f.starts_at, f.place, f.neighbourhood_id, n.name,
                    f.invitation, f.agenda, f.minutes
             FROM forum f LEFT JOIN neighbourhood n ON n.id = f.neighbourhood_id
             WHERE f.id = ?1 AND f.deleted_at IS NULL",
            [id.to_string()],
            |row| {
                Ok(Forum {
                    id: uuid_at(row, 0)?,
                    kind: row.get(1)?,
                    title: row.get(2)?,
                    starts_at: local_at(row, 3)?,
                    place: row.get(4)?,
                    neighbourhood_id: opt_uuid_at(row, 5)?,
                    neighbourhood_name: row.get(6)?,
                    commitment_ids: Vec::new(),
                    invitation: row.get(7)?,
                    agenda: row.get(8)?,
                    minutes: row.get(9)?,
                })
            },
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: "forum" })?;
    let mut stmt = conn.prepare_cached(
        "SELECT fc.commitment_id FROM forum_commitment fc JOIN commitment c ON c.id = fc.commitment_id
         WHERE fc.forum_id = ?1 AND fc.deleted_at IS NULL ORDER BY c.number",
    )?;
    let commitment_ids = stmt.query_map([id.to_string()], |row| uuid_at(row, 0))?.collect::<rusqlite::Result<_>>()?;
    Ok(Forum { commitment_ids, ..forum })
}

/// Every forum, newest first, with how many signed in.
pub fn list(conn: &Connection) -> Result<Vec<ForumSummary>> {
    newest_first(conn, -1, 0)
}

/// `limit` forums from the `offset`-th newest, and how many there are: the
/// forum list shows a page at a time (five years hold some 500 forums, and
/// sending and drawing them all slowed the start).
pub fn page(conn: &Connection, limit: usize, offset: usize) -> Result<ForumPage> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let total = conn.query_row("SELECT count(*) FROM forum WHERE deleted_at IS NULL", [], |row| row.get(0))?;
    Ok(ForumPage { forums: newest_first(conn, limit, offset)?, total })
}

/// `limit` (-1: all) forums, newest first, from the `offset`-th.
fn newest_first(conn: &Connection, limit: i64, offset: usize) -> Result<Vec<ForumSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.id, f.kind, f.title, f.starts_at, f.place, n.name,
                (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id AND a.deleted_at IS NULL)
         FROM forum f LEFT JOIN neighbourhood n ON n.id = f.neighbourhood_id
         WHERE f.deleted_at IS NULL
         ORDER BY f.starts_at DESC, f.created_at DESC
         LIMIT ?1 OFFSET ?2",
    )?;
    let offset = i64::try_from(offset).unwrap_or(i64::MAX);
    let rows = stmt.query_map(params![limit, offset], summary)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A forum-list row from `id, kind, title, starts_at, place, barrio name,
/// attendee count` (the list and the search box select the same columns).
pub(super) fn summary(row: &rusqlite::Row<'_>) -> rusqlite::Result<ForumSummary> {
    Ok(ForumSummary {
        id: uuid_at(row, 0)?,
        kind: row.get(1)?,
        title: row.get(2)?,
        starts_at: local_at(row, 3)?,
        place: row.get(4)?,
        neighbourhood_name: row.get(5)?,
        attendee_count: row.get(6)?,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::store::{reference, Store};

    pub use crate::testing::forum_draft as draft;

    #[test]
    fn creates_and_reads_back_a_forum_with_its_commitments() {
        let mut store = Store::open_in_memory().expect("store");
        let commitments = reference::commitments(store.conn()).expect("commitments");
        let pehuen = reference::neighbourhood_id_by_name(store.conn(), "Pehuén").expect("query");
        let mut new = draft("Foro de co-creación en la plaza", "24-11-2026");
        new.neighbourhood_id = pehuen;
        new.commitment_ids = vec![commitments[3].id, commitments[0].id];
        let tx = store.conn_mut().transaction().expect("tx");
        let id = create(&tx, &new).expect("create");
        tx.commit().expect("commit");
        let forum = get(store.conn(), id).expect("get");
        assert_eq!(forum.starts_at.to_string(), "2026-11-24 18:30:00");
        assert_eq!(forum.neighbourhood_name.as_deref(), Some("Pehuén"));
        assert_eq!(forum.commitment_ids, vec![commitments[0].id, commitments[3].id], "in number order");
    }

    #[test]
    fn lists_newest_first() {
        let store = Store::open_in_memory().expect("store");
        for (title, date) in [("Marzo", "10-03-2026"), ("Noviembre", "24-11-2026"), ("Junio", "01-06-2026")] {
            create(store.conn(), &draft(title, date)).expect("create");
        }
        let titles: Vec<_> = list(store.conn()).expect("list").into_iter().map(|f| f.title).collect();
        assert_eq!(titles, ["Noviembre", "Junio", "Marzo"]);
    }

    #[test]
    fn pages_newest_first_counting_every_forum_not_deleted() {
        let mut store = Store::open_in_memory().expect("store");
        let mut ids = Vec::new();
        for day in 1..=7 {
            ids.push(create(store.conn(), &draft(&format!("Foro {day}"), &format!("0{day}-11-2026"))).expect("create"));
        }
        let tx = store.conn_mut().transaction().expect("tx");
        tx.execute("UPDATE forum SET deleted_at = '2026-11-30T10:00:00Z' WHERE id = ?1", [ids[6].to_string()])
            .expect("delete the newest");
        tx.commit().expect("commit");
        let titles = |page: ForumPage| page.forums.into_iter().map(|f| f.title).collect::<Vec<_>>();
        let first = page(store.conn(), 4, 0).expect("first page");
        assert_eq!(first.total, 6, "the deleted forum is not counted");
        assert_eq!(titles(first), ["Foro 6", "Foro 5", "Foro 4", "Foro 3"]);
        let rest = page(store.conn(), 4, 4).expect("second page");
        assert_eq!((rest.total, titles(rest)), (6, vec!["Foro 2".to_string(), "Foro 1".to_string()]));
        assert!(page(store.conn(), 4, 8).expect("past the end").forums.is_empty());
    }

    #[test]
    fn bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        let store = Store::open_in_memory().expect("store");
        let cases = [
            (draft(" ", "24-11-2026"), "title", "error-required"),
            (draft("Foro", "31-02-2026"), "date", "error-date-format"),
            (ForumDraft { time: "25:61".into(), ..draft("Foro", "24-11-2026") }, "time", "error-time-format"),
            (
                ForumDraft { neighbourhood_id: Some(Uuid::new_v4()), ..draft("Foro", "24-11-2026") },
                "neighbourhood_id",
                "error-unknown-reference",
            ),
        ];
        for (bad, field, key) in cases {
            match create(store.conn(), &bad) {
                Err(StoreError::Invalid(invalid)) => {
                    assert_eq!((invalid.field, invalid.message_key), (field, key))
                }
                other => panic!("expected {field}/{key}, got {other:?}"),
            }
        }
        assert!(list(store.conn()).expect("list").is_empty());
    }

    #[test]
    fn update_changes_fields_and_commitments_keeping_tombstones() {
        let mut store = Store::open_in_memory().expect("store");
        let commitments = reference::commitments(store.conn()).expect("commitments");
        let mut new = draft("Foro", "24-11-2026");
        new.commitment_ids = vec![commitments[0].id, commitments[1].id];
        let id = store.write(|tx| create(tx, &new)).expect("create");
        new.title = "Foro en la plaza".into();
        new.commitment_ids = vec![commitments[1].id, commitments[2].id];
        let forum = store.write(|tx| update(tx, id, &new)).expect("update");
        assert_eq!(forum.title, "Foro en la plaza");
        assert_eq!(forum.commitment_ids, vec![commitments[1].id, commitments[2].id]);
        new.commitment_ids = vec![commitments[0].id];
        let forum = store.write(|tx| update(tx, id, &new)).expect("revive");
        assert_eq!(forum.commitment_ids, vec![commitments[0].id]);
        let rows: i64 =
            store.conn().query_row("SELECT count(*) FROM forum_commitment", [], |r| r.get(0)).expect("count");
        assert_eq!(rows, 3, "links are revived or tombstoned, never deleted or doubled");
    }

    #[test]
    fn the_breakdown_counts_first_timers_ages_neighbourhoods_and_organizations() {
        use crate::domain::kinds::{AgeBand, AttendanceRole};
        use crate::domain::records::PersonDraft;
        use crate::store::{attendance, people};
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let pehuen = reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let person = |name: &str, band, org: &str| {
            let d = PersonDraft {
                full_name: name.into(),
                age_band: Some(band),
                neighbourhood_id: pehuen,
                organization_name: org.into(),
                guardian: (band == AgeBand::Child).then(crate::testing::guardian),
                ..PersonDraft::default()
            };
            people::create(conn, &d).expect("person")
        };
        let rosa = person("Rosa Núñez", AgeBand::Senior, "Junta de Vecinos Pehuén");
        let tomas = person("Tomás Peumo", AgeBand::Child, "");
        let ema = person("Ema Boldo", AgeBand::Adolescent, "Junta de Vecinos Pehuén");
        let before = create(conn, &draft("Antes", "01-03-2026")).expect("forum");
        let forum = create(conn, &draft("Ahora", "01-06-2026")).expect("forum");
        attendance::register(conn, before, rosa, AttendanceRole::Neighbour).expect("r");
        for who in [rosa, tomas, ema] {
            attendance::register(conn, forum, who, AttendanceRole::Neighbour).expect("r");
        }
        set_facilitators(conn, forum, &[rosa]).expect("facilitators");
        let detail = detail(conn, forum).expect("detail");
        let b = detail.breakdown;
        assert_eq!((b.attendees, b.first_timers, b.children, b.adolescents), (3, 2, 1, 1));
        assert_eq!(b.by_neighbourhood, vec![Count { label: "Pehuén".into(), count: 3 }]);
        assert_eq!(b.organizations, vec![Count { label: "Junta de Vecinos Pehuén".into(), count: 2 }]);
        assert_eq!(detail.facilitators[0].full_name, "Rosa Núñez");
    }
}
