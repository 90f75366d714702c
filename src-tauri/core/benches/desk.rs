//! The sign-in desk's two hot paths, on a real database file:
//! finding a returning person among 100,000, and registering an attendee
//! durably (committed with synchronous=FULL). Prints each median.

use criterion::Criterion;
use grupo_motor_core::domain::kinds::AttendanceRole;
use grupo_motor_core::domain::records::PersonDraft;
use grupo_motor_core::store::{attendance, forums, people, reference, Store};

#[path = "support/medians.rs"]
mod medians;

const PEOPLE: usize = 100_000;
const FIRST: &[&str] = &["Rosa", "José", "María", "Iñaki", "Sofía", "Tomás", "Begoña", "Andrés", "Inés", "Óscar"];
const LAST: &[&str] = &["Núñez", "Peumo", "Quillay", "Ñirre", "Boldo", "Litre", "Maitén", "Canelo", "Raulí", "Lenga"];

fn populated_store(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("bench.sqlite3")).expect("open");
    let barrios = reference::neighbourhoods(store.conn()).expect("barrios");
    store
        .write(|tx| {
            for i in 0..PEOPLE {
                let name = format!("{} {} {} {i}", FIRST[i % 10], LAST[(i / 10) % 10], LAST[(i / 100) % 10]);
                let draft = PersonDraft {
                    full_name: name,
                    neighbourhood_id: Some(barrios[i % barrios.len()].id),
                    ..PersonDraft::default()
                };
                people::create(tx, &draft)?;
            }
            Ok(())
        })
        .expect("people");
    store
}

fn desk(c: &mut Criterion, store: &Store) {
    let conn = store.conn();
    c.bench_function("search_100k_by_name", |b| b.iter(|| people::search(conn, "rosa nú", 8).expect("search")));
    c.bench_function("search_100k_by_one_letter", |b| b.iter(|| people::search(conn, "m", 8).expect("search")));

    let ids: Vec<uuid::Uuid> = conn
        .prepare("SELECT id FROM person")
        .and_then(|mut s| s.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>())
        .expect("ids")
        .iter()
        .map(|s| s.parse().expect("uuid"))
        .collect();
    let draft = grupo_motor_core::domain::records::ForumDraft {
        kind: grupo_motor_core::domain::kinds::ForumKind::CoCreationForum,
        title: "Foro de benchmark".into(),
        date: "24-11-2026".into(),
        time: "18:30".into(),
        place: "Plaza de Maipú".into(),
        neighbourhood_id: None,
        commitment_ids: vec![],
        invitation: grupo_motor_core::domain::kinds::InvitationMethod::OpenCall,
        agenda: String::new(),
        minutes: String::new(),
    };
    let mut forum = forums::create(conn, &draft).expect("forum");
    let mut next = 0;
    c.bench_function("register_attendee_durably", |b| {
        b.iter(|| {
            if next == ids.len() {
                next = 0;
                forum = forums::create(conn, &draft).expect("forum");
            }
            attendance::register(conn, forum, ids[next], AttendanceRole::Neighbour).expect("register");
            next += 1;
        })
    });
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = populated_store(dir.path());
    let mut criterion = Criterion::default().configure_from_args();
    desk(&mut criterion, &store);
    criterion.final_summary();
    medians::print(&["search_100k_by_name", "search_100k_by_one_letter", "register_attendee_durably"]);
}
