//! The records screens' heavy reads: the one search box over 100,000
//! people and 20,000 feedback items, and the dashboard of one quarter of a
//! five-year database. Prints each median.

use chrono::{Days, NaiveDate};
use criterion::Criterion;
use grupo_motor_core::domain::kinds::{AttendanceRole, FeedbackKind, ForumKind, InvitationMethod, Priority};
use grupo_motor_core::domain::records::{FeedbackDraft, ForumDraft, PersonDraft};
use grupo_motor_core::store::{attendance, feedback, forums, people, reference, search, Store};

#[path = "support/medians.rs"]
mod medians;

const FIRST: &[&str] = &["Rosa", "José", "María", "Iñaki", "Sofía", "Tomás", "Begoña", "Andrés", "Inés", "Óscar"];
const LAST: &[&str] = &["Núñez", "Peumo", "Quillay", "Ñirre", "Boldo", "Litre", "Maitén", "Canelo", "Raulí", "Lenga"];
const SAID: &[&str] = &[
    "¿Qué pasó con la luminaria de la plaza?",
    "Hay un microbasural nuevo detrás de la cancha",
    "Proponemos juegos para niñas y niños en la plaza",
    "Los adultos mayores no alcanzan a cruzar",
];

/// Five years of work: 100,000 people, a forum every 4 days with 40
/// sign-ins each, and 20,000 feedback items.
fn five_years(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("records.sqlite3")).expect("open");
    let barrios = reference::neighbourhoods(store.conn()).expect("barrios");
    let start = NaiveDate::from_ymd_opt(2022, 1, 1).expect("date");
    store
        .write(|tx| {
            let mut ids = Vec::new();
            for i in 0..100_000 {
                let name = format!("{} {} {} {i}", FIRST[i % 10], LAST[(i / 10) % 10], LAST[(i / 100) % 10]);
                let draft = PersonDraft {
                    full_name: name,
                    neighbourhood_id: Some(barrios[i % barrios.len()].id),
                    ..PersonDraft::default()
                };
                ids.push(people::create(tx, &draft)?);
            }
            for n in 0..456u64 {
                let day = start + Days::new(n * 4);
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
                for k in 0..40 {
                    let who = ids[(n as usize * 211 + k * 2_503) % ids.len()];
                    attendance::register(tx, forum, who, AttendanceRole::Neighbour)?;
                }
                for k in 0..44 {
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
        })
        .expect("five years");
    store
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = five_years(dir.path());
    if let Some(keep) = std::env::var_os("GRUPO_MOTOR_BENCH_DB") {
        std::fs::copy(dir.path().join("records.sqlite3"), keep).expect("keep");
    }
    let conn = store.conn();
    let mut criterion = Criterion::default().configure_from_args();
    criterion.bench_function("search_box_100k_people_20k_feedback", |b| {
        b.iter(|| search::everything(conn, "plaza ros", 10).expect("search"))
    });
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
    criterion.bench_function("dashboard_quarter_of_5_years", |b| {
        b.iter(|| {
            grupo_motor_core::store::dashboard::dashboard(conn, day(2026, 4, 1), day(2026, 6, 30), day(2026, 11, 25))
                .expect("dashboard")
        })
    });
    criterion.final_summary();
    medians::print(&["search_box_100k_people_20k_feedback", "dashboard_quarter_of_5_years"]);
}
