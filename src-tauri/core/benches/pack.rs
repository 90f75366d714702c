//! The quarterly meeting pack for a big quarter: 40 forums with 2,000
//! sign-ins, 1,000 feedback items and 40 milestones with notes. Prints the
//! median time to make the PDF and the peak memory while making it
//! (goals: 300 ms, 150 MB).

use chrono::{Days, NaiveDate};
use criterion::Criterion;
use grupo_motor_core::domain::kinds::{
    AgeBand, AttendanceRole, Completion, ConsentGiver, ConsentMethod, FeedbackKind, FeedbackStatus, ForumKind, Gender,
    InvitationMethod, Priority,
};
use grupo_motor_core::domain::lawful::{GenderConsentDraft, GuardianConsentDraft};
use grupo_motor_core::domain::records::{
    FeedbackDraft, ForumDraft, MilestoneDraft, NoteDraft, PersonDraft, StatusChange,
};
use grupo_motor_core::i18n::Language;
use grupo_motor_core::pack::{self, PackRequest, Paper};
use grupo_motor_core::store::{attendance, feedback, forums, milestones, people, reference, Store};

#[path = "support/medians.rs"]
mod medians;

const FIRST: &[&str] = &["Rosa", "José", "María", "Iñaki", "Sofía", "Tomás", "Begoña", "Andrés", "Inés", "Óscar"];
const LAST: &[&str] = &["Núñez", "Peumo", "Quillay", "Ñirre", "Boldo", "Litre", "Maitén", "Canelo", "Raulí", "Lenga"];
const SAID: &[&str] = &[
    "¿Qué pasó con la luminaria de la plaza? Sigue apagada desde el invierno y los vecinos no se atreven a salir.",
    "Hay un microbasural nuevo detrás de la cancha",
    "Proponemos juegos para niñas y niños pequeños en la plaza",
    "Señora Núñez pide que la junta de vecinos reciba el acta",
];

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn chilean(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// The fourth quarter of 2026, busy.
fn big_quarter(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("pack.sqlite3")).expect("open");
    let barrios = reference::neighbourhoods(store.conn()).expect("barrios");
    let commitments = reference::commitments(store.conn()).expect("commitments");
    store
        .write(|tx| {
            let mut ids = Vec::new();
            for i in 0..800 {
                let draft = PersonDraft {
                    full_name: format!("{} {} {}", FIRST[i % 10], LAST[(i / 10) % 10], LAST[(i / 100) % 10]),
                    neighbourhood_id: Some(barrios[i % barrios.len()].id),
                    organization_name: if i % 3 == 0 {
                        format!("Junta de Vecinos {}", barrios[i % 21].name)
                    } else {
                        String::new()
                    },
                    age_band: Some([AgeBand::Child, AgeBand::Adolescent, AgeBand::Adult, AgeBand::Senior][i % 4]),
                    gender: Some(if i % 2 == 0 { Gender::Female } else { Gender::Male }),
                    // Ley 21.719: a child by name with a guardian's consent,
                    // a gender with an express consent (a guardian's for minors).
                    guardian: (i % 4 == 0).then(|| GuardianConsentDraft {
                        guardian_name: "Marta Quillay".into(),
                        relationship: "Madre".into(),
                        given_on: "01-01-2026".into(),
                        purpose: "Mesa infantil".into(),
                        method: ConsentMethod::SignedPaper,
                    }),
                    gender_consent: Some(GenderConsentDraft {
                        given_on: "01-01-2026".into(),
                        given_by: if i % 4 < 2 { ConsentGiver::Guardian } else { ConsentGiver::Person },
                    }),
                    ..PersonDraft::default()
                };
                ids.push(people::create(tx, &draft)?);
            }
            let mut forum_ids = Vec::new();
            for f in 0..40u64 {
                let draft = ForumDraft {
                    kind: ForumKind::InterimSession,
                    title: format!("Sesión intermedia {}", barrios[f as usize % 21].name),
                    date: chilean(day(10, 1) + Days::new(f * 2)),
                    time: "18:30".into(),
                    place: format!("Sede vecinal {}", barrios[f as usize % 21].name),
                    neighbourhood_id: Some(barrios[f as usize % 21].id),
                    commitment_ids: vec![commitments[f as usize % 4].id],
                    invitation: InvitationMethod::OpenCall,
                    agenda: String::new(),
                    minutes: String::new(),
                };
                let forum = forums::create(tx, &draft)?;
                for k in 0..50 {
                    attendance::register(tx, forum, ids[(f as usize * 17 + k) % ids.len()], AttendanceRole::Neighbour)?;
                }
                forum_ids.push(forum);
            }
            for i in 0..1000u64 {
                let received = day(10, 1) + Days::new(i % 80);
                let item = FeedbackDraft {
                    forum_id: Some(forum_ids[i as usize % 40]),
                    person_id: Some(ids[i as usize % ids.len()]),
                    text: SAID[i as usize % SAID.len()].into(),
                    neighbourhood_id: Some(barrios[i as usize % 21].id),
                    commitment_id: Some(commitments[i as usize % 4].id),
                    milestone_id: None,
                    kind: FeedbackKind::Concern,
                    priority: Priority::Medium,
                    received_on: chilean(received),
                };
                let id = feedback::record(tx, &item)?;
                if i % 3 == 0 {
                    let answer = "La dirección respondió en la sesión siguiente: trabajo programado.";
                    let change = StatusChange {
                        status: FeedbackStatus::Answered,
                        on: chilean(received + Days::new(5)),
                        detail: answer.into(),
                    };
                    feedback::change_status(tx, id, &change)?;
                }
            }
            for m in 0..40u64 {
                let planned = MilestoneDraft {
                    commitment_id: commitments[m as usize % 4].id,
                    title: format!("Hito {m}: obras priorizadas por los vecinos del barrio"),
                    planned_start: chilean(day(1, 1)),
                    planned_end: chilean(day(3, 1) + Days::new(m * 7)),
                };
                let id = milestones::create(tx, &planned)?;
                let level = [Completion::Limited, Completion::Substantial, Completion::Complete][m as usize % 3];
                let note = NoteDraft {
                    noted_on: chilean(day(10, 5) + Days::new(m)),
                    author: "Grupo Motor".into(),
                    text: "Avance revisado con los vecinos en la sesión intermedia.".into(),
                    completion: Some(level),
                    // A progress that agrees with the level (a complete milestone is at 100 %).
                    progress: Some(level.clamp_progress((m * 5 % 100) as i64)),
                };
                milestones::add_note(tx, id, &note)?;
            }
            Ok(())
        })
        .expect("big quarter");
    store
}

fn request() -> PackRequest {
    PackRequest {
        meeting_title: "Reunión trimestral de rendición de cuentas".into(),
        meeting_date: day(12, 20),
        place: "Salón municipal, Av. 5 de Abril".into(),
        agenda: vec!["Bienvenida".into(), "Avance de los compromisos".into(), "Acuerdos".into()],
        period_start: day(10, 1),
        period_end: day(12, 31),
        language: Language::EsCl,
        paper: Paper::A4,
        with_contacts: false,
    }
}

/// The process's peak resident memory (VmHWM), in MB.
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 =
        status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = big_quarter(dir.path());
    let conn = store.conn();
    // Peak memory of one pack alone: reset the high-water mark first
    // (writing 5 to clear_refs does that on Linux).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let started = std::time::Instant::now();
    let pdf = pack::make(conn, &request(), day(12, 20)).expect("pack");
    let once = started.elapsed();
    let peak = peak_memory_mb();
    if let Some(keep) = std::env::var_os("GRUPO_MOTOR_BENCH_PACK") {
        std::fs::write(keep, &pdf).expect("keep the pack");
    }

    let mut criterion = Criterion::default().configure_from_args();
    criterion
        .bench_function("pack_big_quarter", |b| b.iter(|| pack::make(conn, &request(), day(12, 20)).expect("pack")));
    criterion.final_summary();
    medians::print(&["pack_big_quarter"]);
    println!("\npack of a big quarter (2,000 sign-ins, 1,000 feedback items, 40 milestones):");
    println!(
        "  first pack                               {:>9.3} ms  ({} KB)",
        once.as_secs_f64() * 1e3,
        pdf.len() / 1024
    );
    match peak {
        Some(mb) => println!("  peak memory while making it (VmHWM)      {mb:>9.1} MB   (goal: 150 MB)"),
        None => println!("  peak memory: /proc/self/status not readable here"),
    }
}
