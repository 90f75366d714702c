//! Five years of the group's work, as the benchmarks size it (issue 10):
//! 100,000 people, 500 forums with 120 sign-ins each (60,000 attendances)
//! and 40 feedback items each (20,000). Shared by the records benchmark and
//! the `five_year_database` example that `make bench-startup` opens.

use std::path::Path;

use chrono::{Days, NaiveDate};
use grupo_motor_core::domain::kinds::{AttendanceRole, FeedbackKind, ForumKind, InvitationMethod, Priority};
use grupo_motor_core::domain::records::{FeedbackDraft, ForumDraft, PersonDraft};
use grupo_motor_core::store::{attendance, feedback, forums, people, reference, Store, StoreError};

const PEOPLE: usize = 100_000;
const FORUMS: u64 = 500;
const SIGN_INS_PER_FORUM: usize = 120;
const FEEDBACK_PER_FORUM: usize = 40;
/// The forums are spread evenly over these days.
const DAYS: u64 = 5 * 365;

const FIRST: &[&str] = &["Rosa", "José", "María", "Iñaki", "Sofía", "Tomás", "Begoña", "Andrés", "Inés", "Óscar"];
const LAST: &[&str] = &["Núñez", "Peumo", "Quillay", "Ñirre", "Boldo", "Litre", "Maitén", "Canelo", "Raulí", "Lenga"];
const SAID: &[&str] = &[
    "¿Qué pasó con la luminaria de la plaza?",
    "Hay un microbasural nuevo detrás de la cancha",
    "Proponemos juegos para niñas y niños en la plaza",
    "Los adultos mayores no alcanzan a cruzar",
];

/// What `five_years` writes, for the benchmarks' output.
pub fn summary() -> String {
    let forums = FORUMS as usize;
    format!(
        "{PEOPLE} people, {forums} forums, {} attendances, {} feedback items",
        forums * SIGN_INS_PER_FORUM,
        forums * FEEDBACK_PER_FORUM
    )
}

/// Writes the five years into a new database at `path`, in one transaction.
pub fn five_years(path: &Path) -> Result<Store, StoreError> {
    let mut store = Store::open(path)?;
    let barrios = reference::neighbourhoods(store.conn())?;
    // Fixed, and all in the past (the last forum on 27-10-2026): feedback
    // cannot be received in the future, and the records bench reads 2026's
    // second quarter.
    let first_day = NaiveDate::from_ymd_opt(2021, 11, 1).unwrap_or_default();
    store.write(|tx| {
        let mut ids = Vec::with_capacity(PEOPLE);
        for i in 0..PEOPLE {
            let name = format!("{} {} {} {i}", FIRST[i % 10], LAST[(i / 10) % 10], LAST[(i / 100) % 10]);
            let draft = PersonDraft {
                full_name: name,
                neighbourhood_id: Some(barrios[i % barrios.len()].id),
                ..PersonDraft::default()
            };
            ids.push(people::create(tx, &draft)?);
        }
        for n in 0..FORUMS {
            let day = first_day + Days::new(n * DAYS / FORUMS);
            let draft = ForumDraft {
                kind: ForumKind::InterimSession,
                title: format!("Sesión intermedia {n}"),
                date: day.format("%d-%m-%Y").to_string(),
                time: "18:30".into(),
                place: "Sede vecinal".into(),
                neighbourhood_id: Some(barrios[n as usize % barrios.len()].id),
                commitment_ids: vec![],
                invitation: InvitationMethod::OpenCall,
                agenda: String::new(),
                minutes: String::new(),
            };
            let forum = forums::create(tx, &draft)?;
            // 2,503 is prime to 100,000, so a forum's 120 people are all different.
            for k in 0..SIGN_INS_PER_FORUM {
                let who = ids[(n as usize * 211 + k * 2_503) % ids.len()];
                attendance::register(tx, forum, who, AttendanceRole::Neighbour)?;
            }
            for k in 0..FEEDBACK_PER_FORUM {
                let item = FeedbackDraft {
                    forum_id: Some(forum),
                    person_id: None,
                    text: format!("{} ({k})", SAID[k % SAID.len()]),
                    neighbourhood_id: draft.neighbourhood_id,
                    commitment_id: None,
                    milestone_id: None,
                    kind: FeedbackKind::Concern,
                    priority: Priority::Medium,
                    received_on: draft.date.clone(),
                };
                feedback::record(tx, &item)?;
            }
        }
        Ok(())
    })?;
    Ok(store)
}
