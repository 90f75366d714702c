//! People: neighbours, leaders, officials. Found again by name or RUT.

use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::sql::{opt_uuid_at, uuid_at};
use super::{new_id, now, organizations, Result, StoreError};
use crate::domain::records::{Person, PersonDraft, PersonMatch};
use crate::domain::{rut, text};

/// Checks a draft and stores the new person; returns their id.
pub fn create(conn: &Connection, draft: &PersonDraft) -> Result<Uuid> {
    let full_name = text::person_name(&draft.full_name)?;
    let rut = match draft.rut.trim() {
        "" => None,
        typed => Some(rut::normalise(typed)?),
    };
    if let Some(rut) = &rut {
        if rut_taken(conn, rut)? {
            return Err(StoreError::DuplicateRut {
                rut: rut::display(rut),
            });
        }
    }
    let organization_id = match draft.organization_name.trim() {
        "" => None,
        name => Some(organizations::find_or_create(
            conn,
            name,
            draft.neighbourhood_id,
        )?),
    };
    let id = new_id();
    conn.execute(
        "INSERT INTO person (id, full_name, rut, neighbourhood_id, organization_id, age_band, gender,
                             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id.to_string(),
            full_name,
            rut,
            draft.neighbourhood_id.map(|n| n.to_string()),
            organization_id.map(|o| o.to_string()),
            draft.age_band,
            draft.gender,
            now()
        ],
    )?;
    Ok(id)
}

fn rut_taken(conn: &Connection, rut: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM person WHERE rut = ?1 AND deleted_at IS NULL)",
        [rut],
        |row| row.get(0),
    )?)
}

pub fn get(conn: &Connection, id: Uuid) -> Result<Person> {
    conn.query_row(
        "SELECT p.id, p.full_name, p.rut, p.neighbourhood_id, n.name, p.organization_id, o.name,
                p.age_band, p.gender, p.is_driving_group
         FROM person p
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         WHERE p.id = ?1 AND p.deleted_at IS NULL",
        [id.to_string()],
        |row| {
            Ok(Person {
                id: uuid_at(row, 0)?,
                full_name: row.get(1)?,
                rut: row.get(2)?,
                neighbourhood_id: opt_uuid_at(row, 3)?,
                neighbourhood_name: row.get(4)?,
                organization_id: opt_uuid_at(row, 5)?,
                organization_name: row.get(6)?,
                age_band: row.get(7)?,
                gender: row.get(8)?,
                is_driving_group: row.get(9)?,
            })
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound { entity: "person" })
}

/// People whose name words start with the typed words, or whose RUT starts
/// with the typed digits; accents and case ignored. Best matches first.
pub fn search(conn: &Connection, typed: &str, limit: usize) -> Result<Vec<PersonMatch>> {
    let Some(query) = match_expression(typed) else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.full_name, p.rut, n.name, o.name,
                (SELECT count(*) FROM attendance a WHERE a.person_id = p.id AND a.deleted_at IS NULL)
         FROM person_search s
         JOIN person p ON p.rowid = s.rowid
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         WHERE person_search MATCH ?1
         ORDER BY s.rank, p.full_name
         LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![query, limit as i64], |row| {
        Ok(PersonMatch {
            id: uuid_at(row, 0)?,
            full_name: row.get(1)?,
            rut: row.get(2)?,
            neighbourhood_name: row.get(3)?,
            organization_name: row.get(4)?,
            forums_attended: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Turns what was typed into an FTS5 query: every word must start some word
/// of the name, or a RUT-looking word (digits, dots, dash, K) must start the
/// RUT. Each word is quoted, so nothing typed is read as FTS syntax.
fn match_expression(typed: &str) -> Option<String> {
    let terms: Vec<String> = typed
        .split_whitespace()
        .filter_map(|word| {
            let looks_like_rut = word.chars().next().is_some_and(|c| c.is_ascii_digit())
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'k' | 'K'));
            if looks_like_rut {
                let digits: String = word.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
                Some(format!("rut_digits : \"{digits}\"*"))
            } else {
                let cleaned: String = word
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == '\'')
                    .collect();
                (!cleaned.is_empty())
                    .then(|| format!("full_name : \"{}\"*", cleaned.replace('"', "")))
            }
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn draft(name: &str, rut: &str) -> PersonDraft {
        PersonDraft {
            full_name: name.into(),
            rut: rut.into(),
            ..PersonDraft::default()
        }
    }

    fn names(found: &[PersonMatch]) -> Vec<&str> {
        found.iter().map(|m| m.full_name.as_str()).collect()
    }

    #[test]
    fn creates_a_person_with_a_normalised_rut_and_organization() {
        let store = Store::open_in_memory().expect("store");
        let mut new = draft("  Rosa   Núñez Peumo ", "12.345.678-5");
        new.organization_name = "Junta de Vecinos Pehuén".into();
        let id = create(store.conn(), &new).expect("create");
        let person = get(store.conn(), id).expect("get");
        assert_eq!(person.full_name, "Rosa Núñez Peumo");
        assert_eq!(person.rut.as_deref(), Some("12345678-5"));
        assert_eq!(
            person.organization_name.as_deref(),
            Some("Junta de Vecinos Pehuén")
        );
    }

    #[test]
    fn refuses_a_bad_rut_or_a_rut_already_used() {
        let store = Store::open_in_memory().expect("store");
        let err = create(store.conn(), &draft("Ana Boldo", "12.345.678-9")).unwrap_err();
        assert!(
            matches!(err, StoreError::Invalid(ref i) if i.message_key == "error-rut-check-digit")
        );
        create(store.conn(), &draft("Ana Boldo", "12345678-5")).expect("first");
        let err = create(store.conn(), &draft("Otra Persona", "12.345.678-5")).unwrap_err();
        assert!(matches!(err, StoreError::DuplicateRut { .. }));
    }

    #[test]
    fn finds_returning_people_by_name_prefix_ignoring_accents() {
        let store = Store::open_in_memory().expect("store");
        for name in [
            "Rosa Núñez Peumo",
            "Rosario Quillay",
            "José Ñirre Canelo",
            "Ana Boldo",
        ] {
            create(store.conn(), &draft(name, "")).expect("create");
        }
        assert_eq!(
            names(&search(store.conn(), "Rosa Nú", 8).expect("search")),
            ["Rosa Núñez Peumo"]
        );
        assert_eq!(
            names(&search(store.conn(), "nunez", 8).expect("search")),
            ["Rosa Núñez Peumo"]
        );
        assert_eq!(
            names(&search(store.conn(), "ñirre", 8).expect("search")),
            ["José Ñirre Canelo"]
        );
        assert_eq!(search(store.conn(), "ros", 8).expect("search").len(), 2);
        assert!(search(store.conn(), "   ", 8).expect("blank").is_empty());
    }

    #[test]
    fn finds_people_by_rut_however_it_is_typed() {
        let store = Store::open_in_memory().expect("store");
        create(store.conn(), &draft("Ana Boldo", "12.345.678-5")).expect("create");
        for typed in ["12.345", "12345678-5", "1234"] {
            assert_eq!(
                names(&search(store.conn(), typed, 8).expect("search")),
                ["Ana Boldo"],
                "{typed}"
            );
        }
        assert!(search(store.conn(), "999", 8).expect("search").is_empty());
    }

    #[test]
    fn typed_fts_syntax_is_searched_as_text() {
        let store = Store::open_in_memory().expect("store");
        create(store.conn(), &draft("Ana Boldo", "")).expect("create");
        for typed in [
            "\"",
            "ana OR",
            "NEAR(",
            "*",
            "a:b",
            "'; DROP TABLE person; --",
            "-",
        ] {
            search(store.conn(), typed, 8).unwrap_or_else(|e| panic!("{typed:?} failed: {e}"));
        }
    }
}
