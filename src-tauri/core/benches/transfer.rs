//! Moving records between laptops and spreadsheets, on real database files:
//! importing a sync file of 100,000 rows into a new database (goal ≤ 2 s),
//! importing it again (nothing changes; goal ≤ 1 s), importing a sync file
//! carrying 200 evidence files of 250 KiB (50 MB; each written and checked
//! by its SHA-256), and previewing and importing a spreadsheet of 10,000
//! people (goal ≤ 1 s). Prints each median.

use std::time::Duration;

use criterion::{BatchSize, Criterion};
use grupo_motor_core::domain::kinds::{AgeBand, AttendanceRole};
use grupo_motor_core::domain::records::{ForumDraft, PersonDraft};
use grupo_motor_core::store::{attendance, forums, people, reference, Store};
use grupo_motor_core::sync;
use grupo_motor_core::transfer::csv_import::{apply_people_import, plan_people_import};

#[path = "support/medians.rs"]
mod medians;

const PEOPLE: usize = 40_000;
const FORUMS: usize = 60;
const SIGN_INS_PER_FORUM: usize = 1_000;
const CSV_ROWS: usize = 10_000;
const EVIDENCE_FILES: usize = 200;
const EVIDENCE_BYTES: usize = 250 * 1024;
const FIRST: &[&str] = &["Rosa", "José", "María", "Iñaki", "Sofía", "Tomás", "Begoña", "Andrés", "Inés", "Óscar"];
const LAST: &[&str] = &["Núñez", "Peumo", "Quillay", "Ñirre", "Boldo", "Litre", "Maitén", "Canelo", "Raulí", "Lenga"];

fn name(i: usize) -> String {
    format!("{} {} {} {i}", FIRST[i % 10], LAST[(i / 10) % 10], LAST[(i / 100) % 10])
}

/// A laptop with 40,000 people and 60,000 sign-ins: with the seeded lists
/// and the forums, a little over 100,000 rows to sync.
fn source_laptop(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("source.sqlite3")).expect("open");
    let barrios = reference::neighbourhoods(store.conn()).expect("barrios");
    store
        .write(|tx| {
            let mut ids = Vec::with_capacity(PEOPLE);
            for i in 0..PEOPLE {
                let draft = PersonDraft {
                    full_name: name(i),
                    neighbourhood_id: Some(barrios[i % barrios.len()].id),
                    age_band: Some(AgeBand::Adult),
                    ..PersonDraft::default()
                };
                ids.push(people::create(tx, &draft)?);
            }
            for f in 0..FORUMS {
                let draft = ForumDraft {
                    kind: grupo_motor_core::domain::kinds::ForumKind::CoCreationForum,
                    title: format!("Foro {f}"),
                    date: format!("{:02}-{:02}-2026", 1 + f % 28, 1 + f % 12),
                    time: "18:30".into(),
                    place: "Sede vecinal".into(),
                    neighbourhood_id: None,
                    commitment_ids: vec![],
                    invitation: grupo_motor_core::domain::kinds::InvitationMethod::OpenCall,
                    agenda: String::new(),
                    minutes: String::new(),
                };
                let forum = forums::create(tx, &draft)?;
                for s in 0..SIGN_INS_PER_FORUM {
                    let who = ids[(f * SIGN_INS_PER_FORUM + s * 7) % PEOPLE];
                    attendance::register(tx, forum, who, AttendanceRole::Neighbour)?;
                }
            }
            Ok(())
        })
        .expect("source data");
    store
}

/// A laptop with 200 evidence files of 250 KiB (not compressible: pictures
/// and PDFs rarely are), and the sync file that carries them.
fn evidence_laptop(dir: &std::path::Path) -> Vec<u8> {
    let mut store = Store::open(&dir.join("evidence-source.sqlite3")).expect("open");
    let folder = grupo_motor_core::store::evidence::folder_for(&dir.join("evidence-source.sqlite3"));
    let commitment = reference::commitments(store.conn()).expect("commitments")[0].id;
    let draft = grupo_motor_core::domain::records::MilestoneDraft {
        commitment_id: commitment,
        title: "Hito con evidencias".into(),
        planned_start: String::new(),
        planned_end: String::new(),
    };
    let milestone = grupo_motor_core::store::milestones::create(store.conn(), &draft).expect("milestone");
    let sources = dir.join("originals");
    std::fs::create_dir_all(&sources).expect("originals");
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    for i in 0..EVIDENCE_FILES {
        let bytes: Vec<u8> = (0..EVIDENCE_BYTES)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        let path = sources.join(format!("foto-{i}.jpg"));
        std::fs::write(&path, bytes).expect("write");
        grupo_motor_core::store::evidence::add(store.conn(), &folder, milestone, None, &path, today).expect("add");
    }
    let mut file = Vec::new();
    let summary = sync::export::export_with(store.conn_mut(), &mut file, None, Some(&folder)).expect("export");
    assert_eq!(summary.files, EVIDENCE_FILES);
    println!(
        "sync file with evidence: {} files, {} MiB of files, {} MiB on disk",
        summary.files,
        summary.file_bytes >> 20,
        file.len() >> 20
    );
    file
}

fn spreadsheet() -> Vec<u8> {
    let barrios = ["Pehuén", "Riesco", "Los Héroes", "Maipú Centro", "Sol Poniente"];
    let mut text = String::from("\u{feff}Nombre completo;RUT;Barrio;Tramo de edad;Género\r\n");
    for i in 0..CSV_ROWS {
        let number = 5_000_000 + i as u32;
        let rut = format!("{number}-{}", grupo_motor_core::domain::rut::check_digit(number));
        let gender = if i % 2 == 0 { "Mujer" } else { "Hombre" };
        text.push_str(&format!("{};{rut};{};adulto;{gender}\r\n", name(i), barrios[i % barrios.len()]));
    }
    text.into_bytes()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut source = source_laptop(dir.path());
    let mut file = Vec::new();
    let summary = sync::export::export(source.conn_mut(), &mut file, None).expect("export");
    println!("sync file: {} rows, {} KiB compressed", summary.rows, file.len() / 1024);
    assert!(summary.rows >= 100_000);

    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    let mut fresh = 0;
    let mut new_laptop = || {
        fresh += 1;
        Store::open(&dir.path().join(format!("laptop-{fresh}.sqlite3"))).expect("open")
    };
    criterion.bench_function("sync_import_100k_rows", |b| {
        b.iter_batched(
            &mut new_laptop,
            |mut laptop| {
                let report = sync::import::import(laptop.conn_mut(), file.as_slice()).expect("import");
                assert!(report.added >= 100_000 - 100);
                laptop
            },
            BatchSize::PerIteration,
        )
    });
    let mut laptop = new_laptop();
    sync::import::import(laptop.conn_mut(), file.as_slice()).expect("first import");
    criterion.bench_function("sync_reimport_100k_rows", |b| {
        b.iter(|| {
            let report = sync::import::import(laptop.conn_mut(), file.as_slice()).expect("import");
            assert_eq!((report.added, report.changed), (0, 0));
        })
    });
    let with_files = evidence_laptop(dir.path());
    let mut receiving = 0;
    let mut laptop_with_folder = || {
        receiving += 1;
        let path = dir.path().join(format!("receiving-{receiving}.sqlite3"));
        let folder = dir.path().join(format!("evidence-{receiving}"));
        (Store::open(&path).expect("open"), folder)
    };
    criterion.bench_function("sync_import_200_evidence_files_50mb", |b| {
        b.iter_batched(
            &mut laptop_with_folder,
            |(mut laptop, folder)| {
                let report =
                    sync::import::import_with(laptop.conn_mut(), with_files.as_slice(), Some(&folder)).expect("import");
                assert_eq!(report.files_received, EVIDENCE_FILES);
                std::fs::remove_dir_all(&folder).expect("clean");
                laptop
            },
            BatchSize::PerIteration,
        )
    });
    let csv = spreadsheet();
    criterion.bench_function("csv_import_10k_people", |b| {
        b.iter_batched(
            &mut new_laptop,
            |mut laptop| {
                let plan = plan_people_import(laptop.conn(), &csv).expect("plan");
                assert_eq!(plan.to_create.len(), CSV_ROWS, "{:?}", plan.bad_rows.first());
                apply_people_import(laptop.conn_mut(), &plan).expect("apply");
                laptop
            },
            BatchSize::PerIteration,
        )
    });
    criterion.final_summary();
    medians::print(&[
        "sync_import_100k_rows",
        "sync_reimport_100k_rows",
        "sync_import_200_evidence_files_50mb",
        "csv_import_10k_people",
    ]);
}
