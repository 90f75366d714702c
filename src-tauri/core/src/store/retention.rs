//! How long each kind of personal data is kept (Ley 21.719: no longer than
//! its purpose needs), what has passed its period, and anonymising it once
//! the person confirmed. Each kind is one `RetentionRule`, its period in
//! this laptop's settings; a new kind (guardian consents, say) is one more
//! variant with its listing and its anonymising.

use chrono::{Months, NaiveDate};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::sql::{date_at, day, uuid_at};
use super::{now, rights, settings, Result};
use crate::domain::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetentionRule {
    /// Phone and e-mail (and their consent) of people not seen at a forum
    /// for `months`: cleared.
    ContactDetails { months: u32 },
    /// People not seen at a forum for `years` (driving-group members
    /// excepted): erased, their sign-ins kept only as anonymous counts.
    AttendanceNames { years: u32 },
    /// Children under 14 kept by name with a guardian's consent, not seen
    /// at a forum for `months`: erased with their guardian's consent, their
    /// sign-ins kept only as anonymous counts (the roundtable's purpose is
    /// served once they stop coming).
    ChildrensNames { months: u32 },
}

const CONTACT_KEY: &str = "retention.contact_months";
const ATTENDANCE_KEY: &str = "retention.attendance_years";
const DEFAULT_CONTACT_MONTHS: u32 = 24;
const DEFAULT_ATTENDANCE_YEARS: u32 = 5;
const CHILDREN_KEY: &str = "retention.children_months";
const DEFAULT_CHILDREN_MONTHS: u32 = 12;
const MAX_MONTHS: u32 = 600;
const MAX_YEARS: u32 = 50;

impl RetentionRule {
    /// The first day still kept: data last seen before it has passed.
    fn cutoff(self, today: NaiveDate) -> NaiveDate {
        let months = match self {
            RetentionRule::ContactDetails { months } | RetentionRule::ChildrensNames { months } => months,
            RetentionRule::AttendanceNames { years } => years.saturating_mul(12),
        };
        today.checked_sub_months(Months::new(months)).unwrap_or(NaiveDate::MIN)
    }

    fn check(self) -> Result<Self> {
        let fits = match self {
            RetentionRule::ContactDetails { months } | RetentionRule::ChildrensNames { months } => {
                (1..=MAX_MONTHS).contains(&months)
            }
            RetentionRule::AttendanceNames { years } => (1..=MAX_YEARS).contains(&years),
        };
        if fits {
            Ok(self)
        } else {
            Err(Invalid::new("period", "error-retention-period").into())
        }
    }
}

/// The rules as this laptop's settings hold them (defaults: contacts 24
/// months, attendance names 5 years, children's names 12 months).
pub fn rules(conn: &Connection) -> Result<Vec<RetentionRule>> {
    let read = |key: &str, default: u32| -> Result<u32> {
        Ok(settings::get(conn, key)?.and_then(|v| v.parse().ok()).unwrap_or(default))
    };
    Ok(vec![
        RetentionRule::ContactDetails { months: read(CONTACT_KEY, DEFAULT_CONTACT_MONTHS)? },
        RetentionRule::AttendanceNames { years: read(ATTENDANCE_KEY, DEFAULT_ATTENDANCE_YEARS)? },
        RetentionRule::ChildrensNames { months: read(CHILDREN_KEY, DEFAULT_CHILDREN_MONTHS)? },
    ])
}

pub fn set_rule(conn: &Connection, rule: RetentionRule) -> Result<()> {
    match rule.check()? {
        RetentionRule::ContactDetails { months } => settings::set(conn, CONTACT_KEY, &months.to_string()),
        RetentionRule::AttendanceNames { years } => settings::set(conn, ATTENDANCE_KEY, &years.to_string()),
        RetentionRule::ChildrensNames { months } => settings::set(conn, CHILDREN_KEY, &months.to_string()),
    }
}

/// Someone whose data passed a rule's period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetainedPerson {
    pub id: Uuid,
    pub full_name: String,
    /// Their last forum, or when they were recorded if they came to none.
    pub last_seen: NaiveDate,
}

/// One rule and who has passed it, for the person to review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionCase {
    pub rule: RetentionRule,
    pub people: Vec<RetainedPerson>,
}

/// A person's last forum (or when they were recorded): the day each rule
/// counts from.
const LAST_SEEN: &str = "coalesce(
    (SELECT max(substr(f.starts_at, 1, 10)) FROM attendance a JOIN forum f ON f.id = a.forum_id
     WHERE a.person_id = p.id AND a.deleted_at IS NULL AND f.deleted_at IS NULL),
    substr(p.created_at, 1, 10))";

/// Who has passed `rule` at `today`, least recently seen first.
pub fn passed(conn: &Connection, rule: RetentionRule, today: NaiveDate) -> Result<Vec<RetainedPerson>> {
    let only = match rule {
        RetentionRule::ContactDetails { .. } => "(p.phone IS NOT NULL OR p.email IS NOT NULL)",
        RetentionRule::AttendanceNames { .. } => "p.is_driving_group = 0",
        RetentionRule::ChildrensNames { .. } => "p.age_band = 'child'",
    };
    let sql = format!(
        "SELECT id, full_name, last_seen FROM (
             SELECT p.id, p.full_name, {LAST_SEEN} AS last_seen FROM person p
             WHERE p.deleted_at IS NULL AND {only})
         WHERE last_seen < ?1 ORDER BY last_seen, full_name"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([day(rule.cutoff(today))], |r| {
        Ok(RetainedPerson { id: uuid_at(r, 0)?, full_name: r.get(1)?, last_seen: date_at(r, 2)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every rule of the settings with who has passed it.
pub fn review(conn: &Connection, today: NaiveDate) -> Result<Vec<RetentionCase>> {
    rules(conn)?.into_iter().map(|rule| Ok(RetentionCase { rule, people: passed(conn, rule, today)? })).collect()
}

/// Anonymises what passed `rule` at `today` (after the person confirmed
/// the list): contacts are cleared, names erased. Returns how many people.
pub fn anonymise(tx: &Transaction<'_>, rule: RetentionRule, today: NaiveDate) -> Result<usize> {
    let rule = rule.check()?;
    let people = passed(tx, rule, today)?;
    for person in &people {
        match rule {
            RetentionRule::ContactDetails { .. } => {
                tx.execute(
                    "UPDATE person SET phone = NULL, email = NULL, consent_at = NULL, consent_purpose = NULL,
                            updated_at = ?2 WHERE id = ?1",
                    params![person.id.to_string(), now()],
                )?;
            }
            RetentionRule::AttendanceNames { .. } | RetentionRule::ChildrensNames { .. } => {
                rights::erase(tx, person.id)?
            }
        }
    }
    Ok(people.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{AgeBand, AttendanceRole};
    use crate::domain::records::{ConsentDraft, PersonDraft};
    use crate::store::forums::{create as new_forum, tests::draft};
    use crate::store::{attendance, figures, people, Store};
    use crate::testing::in_tx;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn consent() -> ConsentDraft {
        ConsentDraft {
            phone: "+56 9 1234 5678".into(),
            email: "rosa@correo.cl".into(),
            purpose: "Avisos".into(),
            given_on: "01-01-2024".into(),
        }
    }

    fn person(conn: &Connection, name: &str, forum_day: &str) -> Uuid {
        let id = people::create(conn, &PersonDraft { full_name: name.into(), ..PersonDraft::default() }).expect("p");
        people::record_consent(conn, id, &consent()).expect("consent");
        let forum = new_forum(conn, &draft(name, forum_day)).expect("forum");
        attendance::register(conn, forum, id, AttendanceRole::Neighbour).expect("register");
        id
    }

    #[test]
    fn stale_contacts_are_listed_then_cleared_recent_ones_kept() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let today = date(2026, 11, 25);
        let (old, recent) = (person(conn, "Antigua", "01-03-2024"), person(conn, "Reciente", "01-10-2026"));
        let rule = RetentionRule::ContactDetails { months: 12 };
        let listed = passed(conn, rule, today).expect("passed");
        assert_eq!(listed.iter().map(|p| (p.id, p.last_seen)).collect::<Vec<_>>(), [(old, date(2024, 3, 1))]);
        assert_eq!(in_tx(conn, |tx| anonymise(tx, rule, today)), 1);
        assert_eq!(people::get(conn, old).expect("old").phone, None);
        assert_eq!(people::get(conn, old).expect("old").full_name, "Antigua", "only the contact goes");
        assert!(people::get(conn, recent).expect("recent").phone.is_some());
        assert_eq!(in_tx(conn, |tx| anonymise(tx, rule, today)), 0, "nothing left to clear");
    }

    #[test]
    fn people_not_seen_for_years_are_erased_but_still_counted() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let today = date(2026, 11, 25);
        let gone = person(conn, "Ausente", "01-03-2020");
        let member = person(conn, "Miembro", "01-03-2020");
        people::set_driving_group(conn, member, true).expect("member");
        let recent = person(conn, "Reciente", "01-03-2024");
        let rule = RetentionRule::AttendanceNames { years: 5 };
        let listed: Vec<Uuid> = passed(conn, rule, today).expect("passed").iter().map(|p| p.id).collect();
        assert_eq!(listed, [gone], "members and people seen since 25-11-2021 are kept");
        assert_eq!(in_tx(conn, |tx| anonymise(tx, rule, today)), 1);
        assert!(people::get(conn, gone).is_err(), "erased");
        assert!(people::get(conn, member).is_ok() && people::get(conn, recent).is_ok());
        let counted = figures::figures(conn, date(2020, 3, 1), date(2020, 3, 31), date(2020, 3, 31)).expect("figures");
        assert_eq!(counted.attendances, 2, "the erased sign-in still counts, anonymously");
    }

    #[test]
    fn a_child_not_seen_for_the_period_is_erased_with_the_guardians_consent_and_still_counted() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let today = date(2026, 11, 25);
        let child = |name: &str, forum_day: &str, band| {
            let person = PersonDraft {
                full_name: name.into(),
                age_band: Some(band),
                guardian: Some(crate::testing::guardian()),
                ..PersonDraft::default()
            };
            let id = people::create(conn, &person).expect("child");
            let forum = new_forum(conn, &draft(name, forum_day)).expect("forum");
            attendance::register(conn, forum, id, AttendanceRole::Neighbour).expect("register");
            id
        };
        let away = child("Benito Peumo", "01-06-2025", AgeBand::Child);
        let recent = child("Clara Peumo", "01-10-2026", AgeBand::Child);
        let teen = child("Diego Peumo", "01-06-2025", AgeBand::Adolescent);
        let rule = RetentionRule::ChildrensNames { months: 12 };
        let listed: Vec<Uuid> = passed(conn, rule, today).expect("passed").iter().map(|p| p.id).collect();
        assert_eq!(listed, [away], "a child seen in the last 12 months, and an adolescent, are kept");
        assert_eq!(in_tx(conn, |tx| anonymise(tx, rule, today)), 1);
        assert!(people::get(conn, away).is_err(), "erased");
        assert!(people::get(conn, recent).is_ok() && people::get(conn, teen).is_ok());
        let guardian: Option<String> = conn
            .query_row("SELECT guardian_name FROM person WHERE id = ?1", [away.to_string()], |r| r.get(0))
            .expect("the erased row");
        assert_eq!(guardian, None, "the guardian's name goes with the child's");
        let counted = figures::figures(conn, date(2025, 6, 1), date(2025, 6, 30), date(2025, 6, 30)).expect("figures");
        assert_eq!(counted.attendances, 2, "the erased child's sign-in still counts, anonymously");
    }

    #[test]
    fn periods_are_kept_in_the_settings_and_checked() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        assert_eq!(
            rules(conn).expect("defaults"),
            [
                RetentionRule::ContactDetails { months: 24 },
                RetentionRule::AttendanceNames { years: 5 },
                RetentionRule::ChildrensNames { months: 12 }
            ]
        );
        set_rule(conn, RetentionRule::ChildrensNames { months: 6 }).expect("set");
        assert_eq!(rules(conn).expect("rules")[2], RetentionRule::ChildrensNames { months: 6 });
        set_rule(conn, RetentionRule::AttendanceNames { years: 3 }).expect("set");
        assert_eq!(rules(conn).expect("rules")[1], RetentionRule::AttendanceNames { years: 3 });
        for bad in [RetentionRule::ContactDetails { months: 0 }, RetentionRule::AttendanceNames { years: 51 }] {
            assert!(matches!(
                set_rule(conn, bad),
                Err(crate::store::StoreError::Invalid(Invalid { message_key: "error-retention-period", .. }))
            ));
        }
    }
}
