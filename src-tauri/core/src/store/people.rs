//! People: neighbours, leaders, officials. Found again by name or RUT.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use uuid::Uuid;

use super::sql::{day, opt_date_at, opt_uuid_at, uuid_at};
use super::{new_id, now, organizations, Result, StoreError};
use crate::domain::kinds::AgeBand;
use crate::domain::lawful::{self, GenderConsent, GuardianConsent};
use crate::domain::records::{ConsentDraft, Person, PersonDraft, PersonFilter, PersonMatch, PersonRow};
use crate::domain::{contact, dates, rut, text, Invalid};

/// A draft checked and resolved: name cleaned, RUT normalised and free,
/// organization found or created, and what Ley 21.719 allows of it kept
/// (see `domain::lawful`).
struct Checked {
    full_name: String,
    rut: Option<String>,
    organization_id: Option<Uuid>,
    guardian: Option<GuardianConsent>,
    gender: Option<crate::domain::kinds::Gender>,
    gender_consent: Option<GenderConsent>,
}

/// `on_record`: the consents an edited record already has, used when the
/// form sends none.
fn check(
    conn: &Connection,
    draft: &PersonDraft,
    editing: Option<Uuid>,
    on_record: (Option<GuardianConsent>, Option<GenderConsent>),
) -> Result<Checked> {
    let full_name = text::person_name(&draft.full_name)?;
    let guardian = match &draft.guardian {
        Some(typed) => Some(lawful::check_guardian(typed)?),
        None => on_record.0,
    };
    if !lawful::may_keep_name(draft.age_band, guardian.is_some()) {
        return Err(Invalid::new("age_band", "error-child-needs-guardian").into());
    }
    let gender_consent = match &draft.gender_consent {
        Some(typed) => Some(lawful::check_gender_consent(typed)?),
        None => on_record.1,
    };
    let (gender, gender_consent) = lawful::form_gender(draft.age_band, draft.gender, gender_consent)?;
    let rut = match draft.rut.trim() {
        "" => None,
        typed => Some(rut::normalise(typed)?),
    };
    if let Some(rut) = &rut {
        if rut_owner(conn, rut)?.is_some_and(|owner| Some(owner) != editing) {
            return Err(StoreError::DuplicateRut { rut: rut::display(rut) });
        }
    }
    let organization_id = match draft.organization_name.trim() {
        "" => None,
        name => Some(organizations::find_or_create(conn, name, draft.neighbourhood_id)?),
    };
    Ok(Checked { full_name, rut, organization_id, guardian, gender, gender_consent })
}

/// Checks a draft and stores the new person; returns their id. A child
/// without a guardian's consent is refused (the desk and the attendance
/// import record them anonymously instead: `create_or_anonymous`).
pub fn create(conn: &Connection, draft: &PersonDraft) -> Result<Uuid> {
    let checked = check(conn, draft, None, (None, None))?;
    let id = new_id();
    // Cached: an import or a sync creates thousands in one go.
    conn.prepare_cached(
        "INSERT INTO person (id, full_name, rut, neighbourhood_id, organization_id, age_band, gender,
                             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        id.to_string(),
        checked.full_name,
        checked.rut,
        draft.neighbourhood_id.map(|n| n.to_string()),
        checked.organization_id.map(|o| o.to_string()),
        draft.age_band,
        checked.gender,
        now()
    ])?;
    if checked.guardian.is_some() || checked.gender_consent.is_some() {
        write_consents(conn, id, checked.guardian.as_ref(), checked.gender_consent)?;
    }
    Ok(id)
}

/// A new person as the law allows: by name, or, for a child without a
/// guardian's consent, as an anonymous participant. Returns the id and
/// whether they are anonymous.
pub fn create_or_anonymous(conn: &Connection, draft: &PersonDraft) -> Result<(Uuid, bool)> {
    if lawful::may_keep_name(draft.age_band, draft.guardian.is_some()) {
        return Ok((create(conn, draft)?, false));
    }
    Ok((create_anonymous(conn, draft.age_band, draft.neighbourhood_id)?, true))
}

/// An anonymous participant: only an age band and a barrio, so the counts
/// stay right. Stored as an erased person is (a nameless tombstone), so it
/// is in no list or search, travels as an erasure, and each one is a
/// different person in "people reached".
pub fn create_anonymous(conn: &Connection, age_band: Option<AgeBand>, neighbourhood_id: Option<Uuid>) -> Result<Uuid> {
    let id = new_id();
    conn.prepare_cached(
        "INSERT INTO person (id, full_name, neighbourhood_id, age_band, created_at, updated_at, deleted_at)
         VALUES (?1, '', ?2, ?3, ?4, ?4, ?4)",
    )?
    .execute(params![id.to_string(), neighbourhood_id.map(|n| n.to_string()), age_band, now()])?;
    Ok(id)
}

/// Stores the consents that came with a checked draft (after its row).
fn write_consents(
    conn: &Connection,
    id: Uuid,
    guardian: Option<&GuardianConsent>,
    gender: Option<GenderConsent>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE person SET guardian_name = ?2, guardian_relationship = ?3, guardian_consent_on = ?4,
                           guardian_purpose = ?5, guardian_method = ?6, gender_consent_on = ?7,
                           gender_consent_by = ?8
         WHERE id = ?1",
    )?
    .execute(params![
        id.to_string(),
        guardian.map(|g| g.guardian_name.clone()),
        guardian.map(|g| g.relationship.clone()),
        guardian.map(|g| day(g.given_on)),
        guardian.map(|g| g.purpose.clone()),
        guardian.map(|g| g.method),
        gender.map(|g| day(g.given_on)),
        gender.map(|g| g.given_by),
    ])?;
    Ok(())
}

/// Refuses to change a blocked person's record (Art. 8 ter: kept, frozen).
pub fn refuse_if_blocked(conn: &Connection, id: Uuid) -> Result<()> {
    let blocked: Option<Option<String>> = conn
        .prepare_cached("SELECT blocked_on FROM person WHERE id = ?1 AND deleted_at IS NULL")?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()?;
    match blocked {
        None => Err(StoreError::NotFound { entity: "person" }),
        Some(Some(_)) => Err(Invalid::new("person", "error-person-blocked").into()),
        Some(None) => Ok(()),
    }
}

fn rut_owner(conn: &Connection, rut: &str) -> Result<Option<Uuid>> {
    Ok(conn
        .prepare_cached("SELECT id FROM person WHERE rut = ?1 AND deleted_at IS NULL")?
        .query_row([rut], |row| uuid_at(row, 0))
        .optional()?)
}

/// Corrects a person's record; it may create an organization, hence the
/// transaction.
pub fn update(conn: &Transaction<'_>, id: Uuid, draft: &PersonDraft) -> Result<Person> {
    refuse_if_blocked(conn, id)?;
    let current = get(conn, id)?;
    let checked = check(conn, draft, Some(id), (current.guardian, current.gender_consent))?;
    // Whatever put the record on the review list is settled by a lawful edit.
    conn.execute(
        "UPDATE person SET full_name = ?2, rut = ?3, neighbourhood_id = ?4, organization_id = ?5, age_band = ?6,
                           gender = ?7, needs_review = 0, updated_at = ?8
         WHERE id = ?1",
        params![
            id.to_string(),
            checked.full_name,
            checked.rut,
            draft.neighbourhood_id.map(|n| n.to_string()),
            checked.organization_id.map(|o| o.to_string()),
            draft.age_band,
            checked.gender,
            now()
        ],
    )?;
    write_consents(conn, id, checked.guardian.as_ref(), checked.gender_consent)?;
    get(conn, id)
}

pub fn set_driving_group(conn: &Connection, id: Uuid, member: bool) -> Result<Person> {
    refuse_if_blocked(conn, id)?;
    let changed = conn.execute(
        "UPDATE person SET is_driving_group = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), member, now()],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "person" });
    }
    get(conn, id)
}

/// Records consent (its date and purpose) together with the contact details
/// it allows. At least one of phone and e-mail is needed.
pub fn record_consent(conn: &Connection, id: Uuid, draft: &ConsentDraft) -> Result<Person> {
    refuse_if_blocked(conn, id)?;
    let phone = contact::phone(&draft.phone)?;
    let email = contact::email(&draft.email)?;
    if phone.is_none() && email.is_none() {
        return Err(Invalid::new("phone", "error-required").into());
    }
    let purpose = contact::purpose(&draft.purpose)?;
    let given_on = dates::parse_date(&draft.given_on, "given_on")?;
    let changed = conn.execute(
        "UPDATE person SET phone = ?2, email = ?3, consent_at = ?4, consent_purpose = ?5, updated_at = ?6
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), phone, email, day(given_on), purpose, now()],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "person" });
    }
    get(conn, id)
}

/// Withdrawing consent clears the contact details with it.
pub fn withdraw_consent(conn: &Connection, id: Uuid) -> Result<Person> {
    let changed = conn.execute(
        "UPDATE person SET phone = NULL, email = NULL, consent_at = NULL, consent_purpose = NULL, updated_at = ?2
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id.to_string(), now()],
    )?;
    if changed == 0 {
        return Err(StoreError::NotFound { entity: "person" });
    }
    get(conn, id)
}

/// Merges two records of the same person: attendance, feedback and
/// facilitation move to `survivor`; `duplicate` becomes a tombstone that
/// points at it. Where both signed in at one forum, one entry remains.
pub fn merge(conn: &Transaction<'_>, survivor: Uuid, duplicate: Uuid) -> Result<Person> {
    if survivor == duplicate {
        return Err(Invalid::new("duplicate", "error-merge-same-person").into());
    }
    refuse_if_blocked(conn, survivor)?;
    refuse_if_blocked(conn, duplicate)?;
    let kept = get(conn, survivor)?;
    let gone = get(conn, duplicate)?;
    // The merged record must be lawful too: a child by name only with a
    // guardian's consent (either record's), a gender only with its consent.
    let age_band = kept.age_band.or(gone.age_band);
    let guardian = kept.guardian.clone().or(gone.guardian.clone());
    if !lawful::may_keep_name(age_band, guardian.is_some()) {
        return Err(Invalid::new("age_band", "error-child-needs-guardian").into());
    }
    let (gender, gender_consent) = match kept.gender {
        Some(_) => lawful::lawful_gender(age_band, kept.gender, kept.gender_consent),
        None => lawful::lawful_gender(age_band, gone.gender, gone.gender_consent),
    };
    let stamp = now();
    let (s, d) = (survivor.to_string(), duplicate.to_string());
    // Forums both attended: the duplicate's entry is retired.
    conn.execute(
        "UPDATE attendance SET deleted_at = ?3, updated_at = ?3
         WHERE person_id = ?2 AND deleted_at IS NULL
           AND forum_id IN (SELECT forum_id FROM attendance WHERE person_id = ?1 AND deleted_at IS NULL)",
        params![s, d, stamp],
    )?;
    // Tombstoned entries of the survivor's that would collide are left alone.
    conn.execute(
        "UPDATE attendance SET person_id = ?1, updated_at = ?3
         WHERE person_id = ?2 AND deleted_at IS NULL
           AND forum_id NOT IN (SELECT forum_id FROM attendance WHERE person_id = ?1)",
        params![s, d, stamp],
    )?;
    conn.execute(
        "UPDATE attendance SET deleted_at = ?3, updated_at = ?3 WHERE person_id = ?2 AND deleted_at IS NULL",
        params![s, d, stamp],
    )?;
    conn.execute("UPDATE feedback SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2", params![s, d, stamp])?;
    conn.execute(
        "UPDATE forum_facilitator SET deleted_at = ?3, updated_at = ?3
         WHERE person_id = ?2 AND forum_id IN (SELECT forum_id FROM forum_facilitator WHERE person_id = ?1)",
        params![s, d, stamp],
    )?;
    conn.execute(
        "UPDATE forum_facilitator SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2 AND deleted_at IS NULL",
        params![s, d, stamp],
    )?;
    super::requests::follow_merge(conn, survivor, duplicate, &stamp)?;
    // What the survivor lacks, the duplicate may know.
    let rut = kept.rut.clone().or(gone.rut.clone());
    conn.execute(
        "UPDATE person SET deleted_at = ?3, merged_into = ?1, rut = NULL, updated_at = ?3 WHERE id = ?2",
        params![s, d, stamp],
    )?;
    conn.execute(
        "UPDATE person SET rut = ?2,
                neighbourhood_id = coalesce(neighbourhood_id, ?3),
                organization_id = coalesce(organization_id, ?4),
                age_band = ?5,
                gender = ?6,
                is_driving_group = is_driving_group OR ?7,
                needs_review = 0,
                updated_at = ?8
         WHERE id = ?1",
        params![
            s,
            rut,
            gone.neighbourhood_id.map(|n| n.to_string()),
            gone.organization_id.map(|o| o.to_string()),
            age_band,
            gender,
            gone.is_driving_group,
            stamp
        ],
    )?;
    write_consents(conn, survivor, guardian.as_ref(), gender_consent)?;
    get(conn, survivor)
}

/// The people list: filtered, alphabetical, a page at a time.
pub fn list(conn: &Connection, filter: &PersonFilter, limit: usize, offset: usize) -> Result<Vec<PersonRow>> {
    let text_match = match_expression(&filter.text);
    if text_match.is_none() && !filter.text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.full_name, p.rut, n.name, o.name, p.age_band, p.is_driving_group,
                count(a.id), max(substr(f.starts_at, 1, 10)), p.blocked_on IS NOT NULL, p.needs_review
         FROM person p
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         LEFT JOIN attendance a ON a.person_id = p.id AND a.deleted_at IS NULL
         LEFT JOIN forum f ON f.id = a.forum_id AND f.deleted_at IS NULL
         WHERE p.deleted_at IS NULL
           AND (?1 IS NULL OR p.rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ?1))
           AND (?2 IS NULL OR p.neighbourhood_id = ?2)
           AND (?3 IS NULL OR p.organization_id = ?3)
           AND (?4 = 0 OR p.is_driving_group = 1)
           AND (?7 = 0 OR p.needs_review = 1)
         GROUP BY p.id
         ORDER BY p.full_name COLLATE NOCASE, p.id
         LIMIT ?5 OFFSET ?6",
    )?;
    let rows = stmt.query_map(
        params![
            text_match,
            filter.neighbourhood_id.map(|n| n.to_string()),
            filter.organization_id.map(|o| o.to_string()),
            filter.driving_group_only,
            limit as i64,
            offset as i64,
            filter.review_only
        ],
        |row| {
            Ok(PersonRow {
                id: uuid_at(row, 0)?,
                full_name: row.get(1)?,
                rut: row.get(2)?,
                neighbourhood_name: row.get(3)?,
                organization_name: row.get(4)?,
                age_band: row.get(5)?,
                is_driving_group: row.get(6)?,
                forums_attended: row.get(7)?,
                last_seen: opt_date_at(row, 8)?,
                blocked: row.get(9)?,
                needs_review: row.get(10)?,
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: Uuid) -> Result<Person> {
    let mut person = conn
        .query_row(
            "SELECT p.id, p.full_name, p.rut, p.neighbourhood_id, n.name, p.organization_id, o.name,
                    p.age_band, p.gender, p.is_driving_group, p.phone, p.email, p.consent_at, p.consent_purpose,
                    p.guardian_name, p.guardian_relationship, p.guardian_consent_on, p.guardian_purpose,
                    p.guardian_method, p.gender_consent_on, p.gender_consent_by, p.blocked_on, p.needs_review
             FROM person p
             LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
             LEFT JOIN organization o ON o.id = p.organization_id
             WHERE p.id = ?1 AND p.deleted_at IS NULL",
            [id.to_string()],
            |row| {
                let guardian = match (opt_date_at(row, 16)?, row.get(18)?) {
                    (Some(given_on), Some(method)) => Some(GuardianConsent {
                        guardian_name: row.get::<_, Option<String>>(14)?.unwrap_or_default(),
                        relationship: row.get::<_, Option<String>>(15)?.unwrap_or_default(),
                        given_on,
                        purpose: row.get::<_, Option<String>>(17)?.unwrap_or_default(),
                        method,
                    }),
                    _ => None,
                };
                let gender_consent = match (opt_date_at(row, 19)?, row.get(20)?) {
                    (Some(given_on), Some(given_by)) => Some(GenderConsent { given_on, given_by }),
                    _ => None,
                };
                let age_band: Option<AgeBand> = row.get(7)?;
                let stored_gender = row.get(8)?;
                // A gender without a consent that fits is never shown.
                let (gender, gender_consent) = lawful::lawful_gender(age_band, stored_gender, gender_consent);
                let needs_review: bool = row.get(22)?;
                let mut review = Vec::new();
                if needs_review && !lawful::may_keep_name(age_band, guardian.is_some()) {
                    review.push(lawful::ReviewReason::ChildWithoutGuardian);
                }
                if needs_review && stored_gender.is_some() && gender.is_none() {
                    review.push(lawful::ReviewReason::GenderWithoutConsent);
                }
                Ok(Person {
                    id: uuid_at(row, 0)?,
                    full_name: row.get(1)?,
                    rut: row.get(2)?,
                    neighbourhood_id: opt_uuid_at(row, 3)?,
                    neighbourhood_name: row.get(4)?,
                    organization_id: opt_uuid_at(row, 5)?,
                    organization_name: row.get(6)?,
                    age_band,
                    gender,
                    is_driving_group: row.get(9)?,
                    phone: row.get(10)?,
                    email: row.get(11)?,
                    consent_on: opt_date_at(row, 12)?,
                    consent_purpose: row.get(13)?,
                    guardian,
                    gender_consent,
                    blocked_on: opt_date_at(row, 21)?,
                    blocks: Vec::new(),
                    review,
                })
            },
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: "person" })?;
    person.blocks = super::blocking::history(conn, id)?;
    Ok(person)
}

/// People whose name words start with the typed words, or whose RUT starts
/// with the typed digits; accents and case ignored. Those who came most
/// often first.
pub fn search(conn: &Connection, typed: &str, limit: usize) -> Result<Vec<PersonMatch>> {
    let Some(query) = match_expression(typed) else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare_cached(
        // Regulars first, then by name, among the first 200 matches (every
        // match at a real desk; past that the leader narrows by typing).
        // Not bm25: with prefix terms it costs milliseconds whatever the limit.
        "WITH candidates AS (
             SELECT rowid FROM person_search WHERE person_search MATCH ?1 LIMIT 200
         )
         SELECT p.id, p.full_name, p.rut, n.name, o.name,
                (SELECT count(*) FROM attendance a WHERE a.person_id = p.id AND a.deleted_at IS NULL) AS came
         FROM candidates
         JOIN person p ON p.rowid = candidates.rowid AND p.blocked_on IS NULL
         LEFT JOIN neighbourhood n ON n.id = p.neighbourhood_id
         LEFT JOIN organization o ON o.id = p.organization_id
         ORDER BY came DESC, p.full_name COLLATE NOCASE
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
                && word.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'k' | 'K'));
            if looks_like_rut {
                let digits: String = word.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
                Some(format!("rut_digits : \"{digits}\"*"))
            } else {
                let cleaned: String = word.chars().filter(|c| c.is_alphanumeric() || *c == '\'').collect();
                (!cleaned.is_empty()).then(|| format!("full_name : \"{}\"*", cleaned.replace('"', "")))
            }
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::AgeBand;
    use crate::store::Store;
    use crate::testing::in_tx;

    fn draft(name: &str, rut: &str) -> PersonDraft {
        PersonDraft { full_name: name.into(), rut: rut.into(), ..PersonDraft::default() }
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
        assert_eq!(person.organization_name.as_deref(), Some("Junta de Vecinos Pehuén"));
    }

    #[test]
    fn refuses_a_bad_rut_or_a_rut_already_used() {
        let store = Store::open_in_memory().expect("store");
        let err = create(store.conn(), &draft("Ana Boldo", "12.345.678-9")).unwrap_err();
        assert!(matches!(err, StoreError::Invalid(ref i) if i.message_key == "error-rut-check-digit"));
        create(store.conn(), &draft("Ana Boldo", "12345678-5")).expect("first");
        let err = create(store.conn(), &draft("Otra Persona", "12.345.678-5")).unwrap_err();
        assert!(matches!(err, StoreError::DuplicateRut { .. }));
    }

    #[test]
    fn finds_returning_people_by_name_prefix_ignoring_accents() {
        let store = Store::open_in_memory().expect("store");
        for name in ["Rosa Núñez Peumo", "Rosario Quillay", "José Ñirre Canelo", "Ana Boldo"] {
            create(store.conn(), &draft(name, "")).expect("create");
        }
        assert_eq!(names(&search(store.conn(), "Rosa Nú", 8).expect("search")), ["Rosa Núñez Peumo"]);
        assert_eq!(names(&search(store.conn(), "nunez", 8).expect("search")), ["Rosa Núñez Peumo"]);
        assert_eq!(names(&search(store.conn(), "ñirre", 8).expect("search")), ["José Ñirre Canelo"]);
        assert_eq!(search(store.conn(), "ros", 8).expect("search").len(), 2);
        assert!(search(store.conn(), "   ", 8).expect("blank").is_empty());
    }

    #[test]
    fn finds_people_by_rut_however_it_is_typed() {
        let store = Store::open_in_memory().expect("store");
        create(store.conn(), &draft("Ana Boldo", "12.345.678-5")).expect("create");
        for typed in ["12.345", "12345678-5", "1234"] {
            assert_eq!(names(&search(store.conn(), typed, 8).expect("search")), ["Ana Boldo"], "{typed}");
        }
        assert!(search(store.conn(), "999", 8).expect("search").is_empty());
    }

    #[test]
    fn typed_fts_syntax_is_searched_as_text() {
        let store = Store::open_in_memory().expect("store");
        create(store.conn(), &draft("Ana Boldo", "")).expect("create");
        for typed in ["\"", "ana OR", "NEAR(", "*", "a:b", "'; DROP TABLE person; --", "-"] {
            search(store.conn(), typed, 8).unwrap_or_else(|e| panic!("{typed:?} failed: {e}"));
        }
    }

    fn attend(store: &Store, forum: Uuid, person: Uuid) {
        crate::store::attendance::register(
            store.conn(),
            forum,
            person,
            crate::domain::kinds::AttendanceRole::Neighbour,
        )
        .expect("register");
    }

    #[test]
    fn merging_moves_attendance_and_feedback_to_the_survivor() {
        use crate::store::forums::{create as new_forum, tests::draft as forum};
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let rosa = create(conn, &draft("Rosa Núñez Peumo", "")).expect("rosa");
        let twin =
            create(conn, &PersonDraft { age_band: Some(AgeBand::Senior), ..draft("Rosa Nuñez", "12.345.678-5") })
                .expect("twin");
        let (march, july, august) = (
            new_forum(conn, &forum("Marzo", "10-03-2026")).expect("f"),
            new_forum(conn, &forum("Julio", "10-07-2026")).expect("f"),
            new_forum(conn, &forum("Agosto", "10-08-2026")).expect("f"),
        );
        attend(&store, march, rosa);
        attend(&store, july, rosa);
        attend(&store, july, twin);
        attend(&store, august, twin);
        conn.execute(
            "INSERT INTO feedback (id, person_id, text, kind, priority, received_on, created_at, updated_at)
                      VALUES ('f1', ?1, 'Luminaria', 'concern', 'high', '2026-08-10', 'x', 'x')",
            [twin.to_string()],
        )
        .expect("feedback");

        let merged = in_tx(conn, |tx| merge(tx, rosa, twin));
        assert_eq!(merged.rut.as_deref(), Some("12345678-5"), "the survivor takes the RUT it lacked");
        assert_eq!(merged.age_band, Some(AgeBand::Senior));
        let forums_of = |who: Uuid| -> i64 {
            conn.query_row(
                "SELECT count(*) FROM attendance WHERE person_id = ?1 AND deleted_at IS NULL",
                [who.to_string()],
                |r| r.get(0),
            )
            .expect("count")
        };
        assert_eq!((forums_of(rosa), forums_of(twin)), (3, 0), "July is counted once");
        let feedback_owner: String = conn.query_row("SELECT person_id FROM feedback", [], |r| r.get(0)).expect("owner");
        assert_eq!(feedback_owner, rosa.to_string());
        assert!(matches!(get(conn, twin), Err(StoreError::NotFound { .. })), "the duplicate is a tombstone");
        assert_eq!(names(&search(conn, "nuñez", 8).expect("search")), ["Rosa Núñez Peumo"]);
        assert!(merge(&conn.unchecked_transaction().expect("tx"), rosa, rosa).is_err());
    }

    #[test]
    fn contact_details_need_consent_and_withdrawal_clears_them() {
        let store = Store::open_in_memory().expect("store");
        let id = create(store.conn(), &draft("Ana Boldo", "")).expect("create");
        let consent = ConsentDraft {
            phone: "+56 9 1234 5678".into(),
            email: "ana@correo.cl".into(),
            purpose: "Avisos de foros".into(),
            given_on: "24-11-2026".into(),
        };
        let no_purpose = ConsentDraft { purpose: " ".into(), ..consent.clone() };
        assert!(record_consent(store.conn(), id, &no_purpose).is_err());
        let person = record_consent(store.conn(), id, &consent).expect("consent");
        assert_eq!(person.phone.as_deref(), Some("+56 9 1234 5678"));
        assert_eq!(person.consent_on.map(|d| d.to_string()).as_deref(), Some("2026-11-24"));
        let person = withdraw_consent(store.conn(), id).expect("withdraw");
        assert_eq!((person.phone, person.email, person.consent_on, person.consent_purpose), (None, None, None, None));
        let sneaky = store.conn().execute("UPDATE person SET phone = '+56 9 1' WHERE id = ?1", [id.to_string()]);
        assert!(sneaky.is_err(), "the schema refuses contact details without consent");
    }

    #[test]
    fn update_corrects_a_record_and_keeps_its_own_rut() {
        let store = Store::open_in_memory().expect("store");
        let id = create(store.conn(), &draft("Ana Bodlo", "12.345.678-5")).expect("create");
        create(store.conn(), &draft("Otra", "11.111.111-1")).expect("other");
        let fixed = in_tx(store.conn(), |tx| update(tx, id, &draft("Ana Boldo", "12345678-5")));
        assert_eq!(fixed.full_name, "Ana Boldo");
        let taken = update(&store.conn().unchecked_transaction().expect("tx"), id, &draft("Ana Boldo", "11.111.111-1"));
        assert!(matches!(taken, Err(StoreError::DuplicateRut { .. })));
        assert_eq!(names(&search(store.conn(), "boldo", 8).expect("search")), ["Ana Boldo"], "the index follows edits");
    }

    #[test]
    fn the_list_filters_by_text_neighbourhood_and_membership() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let pehuen = crate::store::reference::neighbourhood_id_by_name(conn, "Pehuén").expect("q");
        let ana = create(conn, &PersonDraft { neighbourhood_id: pehuen, ..draft("Ana Boldo", "") }).expect("a");
        create(conn, &draft("Benjamín Litre", "")).expect("b");
        create(conn, &draft("Ana Quillay", "")).expect("c");
        set_driving_group(conn, ana, true).expect("member");
        let all = list(conn, &PersonFilter::default(), 50, 0).expect("list");
        assert_eq!(
            all.iter().map(|p| p.full_name.as_str()).collect::<Vec<_>>(),
            ["Ana Boldo", "Ana Quillay", "Benjamín Litre"]
        );
        let anas = list(conn, &PersonFilter { text: "ana".into(), ..PersonFilter::default() }, 50, 0).expect("list");
        assert_eq!(anas.len(), 2);
        let local =
            list(conn, &PersonFilter { neighbourhood_id: pehuen, ..PersonFilter::default() }, 50, 0).expect("list");
        assert_eq!(local.len(), 1);
        let group =
            list(conn, &PersonFilter { driving_group_only: true, ..PersonFilter::default() }, 50, 0).expect("list");
        assert_eq!(group[0].id, ana);
        assert_eq!(list(conn, &PersonFilter::default(), 2, 2).expect("page").len(), 1);
    }
}
