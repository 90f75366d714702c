//! The one search box: people, forums and feedback, each by its own FTS5
//! index, accents and case ignored, every typed word a prefix.

use rusqlite::{params, Connection};

use super::sql::{date_at, uuid_at};
use super::{forums, people, Result};
use crate::domain::records::{FeedbackHit, SearchResults};

pub fn everything(conn: &Connection, typed: &str, limit: usize) -> Result<SearchResults> {
    let Some(words) = words_expression(typed) else {
        return Ok(SearchResults::default());
    };
    let limit = limit as i64;
    let mut forum_query = conn.prepare_cached(
        "SELECT f.id, f.kind, f.title, f.starts_at, f.place, n.name,
                (SELECT count(*) FROM attendance a WHERE a.forum_id = f.id AND a.deleted_at IS NULL)
         FROM forum_search s JOIN forum f ON f.rowid = s.rowid
         LEFT JOIN neighbourhood n ON n.id = f.neighbourhood_id
         WHERE forum_search MATCH ?1 ORDER BY f.starts_at DESC LIMIT ?2",
    )?;
    let forums = forum_query.query_map(params![words, limit], forums::summary)?.collect::<rusqlite::Result<_>>()?;
    let mut feedback = conn.prepare_cached(
        "SELECT fb.id, fb.text, fb.status, fb.received_on, n.name
         FROM feedback_search s JOIN feedback fb ON fb.rowid = s.rowid
         LEFT JOIN neighbourhood n ON n.id = fb.neighbourhood_id
         WHERE feedback_search MATCH ?1 ORDER BY fb.received_on DESC, fb.created_at DESC LIMIT ?2",
    )?;
    let feedback = feedback
        .query_map(params![words, limit], |row| {
            Ok(FeedbackHit {
                id: uuid_at(row, 0)?,
                text: row.get(1)?,
                status: row.get(2)?,
                received_on: date_at(row, 3)?,
                neighbourhood_name: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(SearchResults { people: people::search(conn, typed, limit as usize)?, forums, feedback })
}

/// Every typed word as a quoted prefix, all required.
fn words_expression(typed: &str) -> Option<String> {
    let terms: Vec<String> = typed
        .split_whitespace()
        .map(|word| word.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::{FeedbackDraft, PersonDraft};
    use crate::store::forums::{create as new_forum, tests::draft};
    use crate::store::{feedback, Store};

    #[test]
    fn one_box_finds_people_forums_and_feedback_without_accents() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        people::create(conn, &PersonDraft { full_name: "Rosa Núñez".into(), ..PersonDraft::default() }).expect("p");
        new_forum(conn, &draft("Foro en la plaza de Maipú", "24-11-2026")).expect("f");
        let item = FeedbackDraft {
            forum_id: None,
            person_id: None,
            text: "¿Qué pasó con la luminaria de la plaza?".into(),
            neighbourhood_id: None,
            commitment_id: None,
            milestone_id: None,
            kind: crate::domain::kinds::FeedbackKind::Question,
            priority: crate::domain::kinds::Priority::Medium,
            received_on: "02-11-2026".into(),
        };
        feedback::record(conn, &item).expect("fb");
        let found = everything(conn, "plaza", 10).expect("search");
        assert_eq!((found.people.len(), found.forums.len(), found.feedback.len()), (0, 1, 1));
        assert_eq!(everything(conn, "maipu", 10).expect("search").forums.len(), 1);
        assert_eq!(everything(conn, "que paso", 10).expect("search").feedback.len(), 1);
        assert_eq!(everything(conn, "nunez", 10).expect("search").people.len(), 1);
        assert_eq!(everything(conn, "\" OR *", 10).expect("odd input"), SearchResults::default());
    }

    #[test]
    fn feedback_saying_the_same_comes_newest_first_with_its_barrio_status_and_day() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let barrio = crate::store::reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let said = |on: &str, neighbourhood_id| FeedbackDraft {
            forum_id: None,
            person_id: None,
            text: "Hay un microbasural nuevo detrás de la cancha.".into(),
            neighbourhood_id,
            commitment_id: None,
            milestone_id: None,
            kind: crate::domain::kinds::FeedbackKind::Concern,
            priority: crate::domain::kinds::Priority::Medium,
            received_on: on.into(),
        };
        for (on, n) in [("02-08-2026", None), ("20-11-2026", barrio), ("10-10-2026", None)] {
            feedback::record(conn, &said(on, n)).expect("fb");
        }
        let found = everything(conn, "microbasural", 10).expect("search").feedback;
        let days: Vec<String> = found.iter().map(|f| f.received_on.to_string()).collect();
        assert_eq!(days, ["2026-11-20", "2026-10-10", "2026-08-02"]);
        assert_eq!(found[0].neighbourhood_name.as_deref(), Some("Pehuén"));
        assert_eq!(found[0].status, crate::domain::kinds::FeedbackStatus::Open);
    }
}
