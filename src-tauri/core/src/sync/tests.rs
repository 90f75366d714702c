//! Two laptops edited apart, merged in either order.

use chrono::NaiveDate;
use uuid::Uuid;

use super::*;
use crate::domain::kinds::AttendanceRole;
use crate::domain::records::PersonDraft;
use crate::store::{attendance, forums, people, rights, Store, StoreError};
use crate::testing::in_tx;

pub(crate) use crate::testing::{assert_same, dump, export_bytes, gzip, import_bytes};

fn demo_store() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    crate::demo::load(store.conn_mut(), today).expect("demo");
    store
}

/// A copy of `base` made through a sync file, as a new laptop gets one.
fn copy_of(base: &mut Store) -> Store {
    let mut copy = Store::open_in_memory().expect("store");
    import_bytes(&mut copy, &export_bytes(base, None)).expect("copy");
    copy
}

fn person(store: &Store, name: &str, rut: &str) -> Uuid {
    let draft = PersonDraft { full_name: name.into(), rut: rut.into(), ..PersonDraft::default() };
    people::create(store.conn(), &draft).expect("person")
}

fn first_id(store: &Store, sql: &str) -> Uuid {
    let text: String = store.conn().query_row(sql, [], |r| r.get(0)).expect("id");
    text.parse().expect("uuid")
}

#[test]
fn a_full_copy_is_identical_and_importing_it_again_changes_nothing() {
    let mut laptop = demo_store();
    let bytes = export_bytes(&mut laptop, None);
    let mut other = Store::open_in_memory().expect("store");
    let first = import_bytes(&mut other, &bytes).expect("import");
    assert!(first.added > 500, "{first:?}");
    assert!(first.conflicts.is_empty(), "{:?}", first.conflicts);
    assert_same(&other, &laptop);
    let again = import_bytes(&mut other, &bytes).expect("again");
    assert_eq!((again.added, again.changed, again.conflicts.len()), (0, 0, 0));
    assert_eq!(again.unchanged, first.added + first.changed + first.unchanged);
    let back = import_bytes(&mut laptop, &export_bytes(&mut other, None)).expect("back");
    assert_eq!((back.added, back.changed), (0, 0), "what came from here changes nothing here");
}

#[test]
fn the_progress_a_note_moved_travels_with_it() {
    let mut laptop = demo_store();
    let other = copy_of(&mut laptop);
    let moved = |store: &Store| -> Vec<(String, Option<i64>, Option<i64>)> {
        let mut stmt = store
            .conn()
            .prepare("SELECT id, progress_before, progress_after FROM milestone_note ORDER BY id")
            .expect("notes");
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("q")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    };
    assert!(moved(&laptop).iter().any(|(_, _, after)| after.is_some()), "the demo's notes move progress");
    assert_eq!(moved(&other), moved(&laptop));
}

#[test]
fn imported_people_forums_and_feedback_are_found_by_the_search_box() {
    let mut laptop = demo_store();
    let mut other = copy_of(&mut laptop);
    let name: String = laptop.conn().query_row("SELECT full_name FROM person LIMIT 1", [], |r| r.get(0)).expect("n");
    assert!(!people::search(other.conn(), &name, 5).expect("search").is_empty());
    let id = first_id(&laptop, "SELECT id FROM person WHERE deleted_at IS NULL LIMIT 1");
    let mut draft = PersonDraft { full_name: "Zoraida Canelo Lenga".into(), ..PersonDraft::default() };
    draft.rut = people::get(laptop.conn(), id).expect("get").rut.unwrap_or_default();
    in_tx(laptop.conn(), |tx| people::update(tx, id, &draft));
    import_bytes(&mut other, &export_bytes(&mut laptop, None)).expect("import");
    let found = people::search(other.conn(), "zoraida", 5).expect("search");
    assert_eq!(found.iter().map(|p| p.id).collect::<Vec<_>>(), [id]);
    let hits = crate::store::search::everything(other.conn(), "zoraida", 5);
    assert!(hits.is_ok());
}

/// The situations two laptops meet: edits of one row on both, a removal, a
/// new person with one RUT on each, one person signed in at one forum on
/// each, an erasure on one and an edit on the other.
fn edited_apart() -> (Store, Store) {
    let mut a = demo_store();
    let b = copy_of(&mut a);
    let forum = first_id(&a, "SELECT id FROM forum ORDER BY starts_at DESC LIMIT 1");
    let mut draft = forums::get(a.conn(), forum).map(|f| forums::tests::draft(&f.title, "20-11-2026")).expect("f");
    draft.title = "Foro editado en A".into();
    forums::update(a.conn(), forum, &draft).expect("edit a");
    std::thread::sleep(std::time::Duration::from_millis(5));
    draft.title = "Foro editado en B, después".into();
    forums::update(b.conn(), forum, &draft).expect("edit b");

    let removed = first_id(&a, "SELECT id FROM attendance WHERE deleted_at IS NULL LIMIT 1");
    attendance::remove(b.conn(), removed).expect("remove on b");

    let twin_a = person(&a, "Rosa Núñez", "12.345.678-5");
    std::thread::sleep(std::time::Duration::from_millis(5));
    let twin_b = person(&b, "Rosa Nuñez Peumo", "12345678-5");
    assert_ne!(twin_a, twin_b);

    let walk_in = first_id(
        &a,
        "SELECT id FROM person WHERE deleted_at IS NULL AND id NOT IN (SELECT person_id FROM attendance) LIMIT 1",
    );
    attendance::register(a.conn(), forum, walk_in, AttendanceRole::Neighbour).expect("a signs in");
    std::thread::sleep(std::time::Duration::from_millis(5));
    attendance::register(b.conn(), forum, walk_in, AttendanceRole::Leader).expect("b signs in");

    let erased =
        first_id(&a, "SELECT id FROM person WHERE deleted_at IS NULL AND rut IS NULL AND id <> '' ORDER BY id LIMIT 1");
    in_tx(a.conn(), |tx| rights::erase(tx, erased));
    std::thread::sleep(std::time::Duration::from_millis(5));
    people::set_driving_group(b.conn(), erased, true).expect("later edit on b");
    (a, b)
}

#[test]
fn two_laptops_exchanging_files_end_identical_and_conflicts_are_listed() {
    let (mut a, mut b) = edited_apart();
    let from_a = export_bytes(&mut a, None);
    let from_b = export_bytes(&mut b, None);
    let into_a = import_bytes(&mut a, &from_b).expect("b into a");
    let into_b = import_bytes(&mut b, &from_a).expect("a into b");
    assert_same(&a, &b);

    let kinds = |report: &SyncReport| {
        let mut kinds: Vec<(ConflictKind, Side)> = report.conflicts.iter().map(|c| (c.kind, c.kept)).collect();
        kinds.sort_by_key(|k| format!("{k:?}"));
        kinds
    };
    assert_eq!(
        kinds(&into_a),
        [
            (ConflictKind::Erased, Side::ThisLaptop),
            (ConflictKind::SameLink, Side::ThisLaptop),
            (ConflictKind::SameRut, Side::ThisLaptop)
        ],
        "{:?}",
        into_a.conflicts
    );
    assert_eq!(
        kinds(&into_b),
        [(ConflictKind::Erased, Side::File), (ConflictKind::SameLink, Side::File), (ConflictKind::SameRut, Side::File)]
    );
    for conflict in into_a.conflicts.iter().chain(&into_b.conflicts).filter(|c| c.kind == ConflictKind::Erased) {
        assert_eq!(conflict.label, "", "an erased person's name (stale in the file) is never shown");
    }
    let rut_conflict = into_a.conflicts.iter().find(|c| c.kind == ConflictKind::SameRut).expect("rut");
    assert_eq!(rut_conflict.label, "Rosa Nuñez Peumo");
    let title: String = a
        .conn()
        .query_row("SELECT title FROM forum WHERE title LIKE 'Foro editado%'", [], |r| r.get(0))
        .expect("title");
    assert_eq!(title, "Foro editado en B, después", "the later edit wins");
    let ruts: i64 =
        a.conn().query_row("SELECT count(*) FROM person WHERE rut = '12345678-5'", [], |r| r.get(0)).expect("n");
    assert_eq!(ruts, 1, "one RUT, one person; the other record waits to be merged by hand");
    let erased_names: i64 = b
        .conn()
        // The demo's anonymous children are nameless tombstones from the start.
        .query_row(
            "SELECT count(*) FROM person WHERE deleted_at IS NOT NULL AND full_name = '' AND deleted_at > created_at",
            [],
            |r| r.get(0),
        )
        .expect("n");
    assert_eq!(erased_names, 1, "the erasure reached the other laptop despite its later edit");

    let again_a = import_bytes(&mut a, &from_b).expect("again");
    assert_eq!((again_a.added, again_a.changed), (0, 0));
    assert_same(&a, &b);
}

#[test]
fn a_third_laptop_gets_the_same_result_in_either_order() {
    let (mut a, mut b) = edited_apart();
    let (from_a, from_b) = (export_bytes(&mut a, None), export_bytes(&mut b, None));
    let mut first = Store::open_in_memory().expect("store");
    let mut second = Store::open_in_memory().expect("store");
    import_bytes(&mut first, &from_a).expect("a");
    import_bytes(&mut first, &from_b).expect("b");
    import_bytes(&mut second, &from_b).expect("b");
    import_bytes(&mut second, &from_a).expect("a");
    assert_same(&first, &second);
    import_bytes(&mut a, &from_b).expect("b into a");
    assert_same(&first, &a);
}

#[test]
fn an_export_to_a_colleague_holds_only_what_changed_since_the_last_one() {
    let mut a = demo_store();
    let mut b = Store::open_in_memory().expect("store");
    let full = export_bytes(&mut a, Some("Ana"));
    let all = import_bytes(&mut b, &full).expect("full");
    let nothing_new = export_bytes(&mut a, Some(" ana "));
    let report = import_bytes(&mut b, &nothing_new).expect("empty");
    assert_eq!(report.added + report.changed + report.unchanged, 0, "{report:?}");
    person(&a, "Benjamín Litre", "");
    let one = import_bytes(&mut b, &export_bytes(&mut a, Some("Ana"))).expect("one");
    assert_eq!((one.added, one.changed), (1, 0));
    assert!(all.added > 100);

    // Rows that arrive from a third laptop carry old stamps: the next
    // export to Ana must still hold them.
    let mut c = Store::open_in_memory().expect("store");
    let old = person(&c, "Carmen Quillay", "");
    c.conn().execute("UPDATE person SET created_at = '2020-01-01T00:00:00.000Z', updated_at = '2020-01-01T00:00:00.000Z' WHERE id = ?1", [old.to_string()]).expect("age");
    import_bytes(&mut a, &export_bytes(&mut c, None)).expect("c into a");
    let relayed = import_bytes(&mut b, &export_bytes(&mut a, Some("Ana"))).expect("relayed");
    assert!(people::get(b.conn(), old).is_ok(), "{relayed:?}");
}

#[test]
fn a_failed_export_to_a_colleague_is_not_remembered_as_sent() {
    let mut laptop = demo_store();
    let dir = tempfile::tempdir().expect("temp dir");
    let nothing = crate::output_file::Protected::default();
    let mut export_to =
        |path: &std::path::Path, colleague| export::export_file(laptop.conn_mut(), &nothing, path, colleague);
    let everything = export_to(&dir.path().join("todo.gmsync"), None).expect("full");
    for bad in [dir.path().to_path_buf(), dir.path().join("no-existe").join("bea.gmsync")] {
        let error = export_to(&bad, Some("Bea")).expect_err("cannot be written");
        assert!(matches!(error, SyncError::Store(StoreError::Output(_))), "{error:?}");
    }
    let retry = export_to(&dir.path().join("bea.gmsync"), Some("Bea")).expect("retry");
    assert_eq!((retry.rows, retry.since), (everything.rows, None), "Bea still gets everything");
    assert!(retry.rows > 1000);
    let next = export_to(&dir.path().join("bea-2.gmsync"), Some("Bea")).expect("next");
    assert_eq!(next.rows, 0, "once the file was in place, Bea has it all");
}

#[test]
fn a_file_from_a_newer_app_is_refused_and_changes_nothing() {
    let mut laptop = demo_store();
    let before = dump(&laptop);
    let unchanged = |store: &Store| dump(store) == before;
    for (version, schema) in [(VERSION + 1, 1), (VERSION, 99)] {
        let header = Header {
            format: FORMAT.into(),
            version,
            schema,
            exported_at: crate::store::now(),
            laptop: "x".into(),
            since: None,
        };
        let bytes = gzip(&format!("{}\n{{\"end\":{{\"rows\":0}}}}\n", serde_json::to_string(&header).expect("json")));
        let error = import_bytes(&mut laptop, &bytes).expect_err("too new");
        assert!(matches!(error, SyncError::TooNew { .. }));
        assert_eq!(error.message_key(), "error-sync-too-new");
    }
    assert!(unchanged(&laptop));
}

#[test]
fn the_file_is_gzip_json_lines_with_a_header_and_an_end() {
    use std::io::Read;
    let mut laptop = Store::open_in_memory().expect("store");
    person(&laptop, "Rosa Núñez", "12.345.678-5");
    let bytes = export_bytes(&mut laptop, None);
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes.as_slice()).read_to_string(&mut text).expect("gunzip");
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines[0]["format"], FORMAT);
    assert_eq!(lines[0]["version"], VERSION);
    assert_eq!(lines[0]["schema"], crate::store::latest_version() as i64);
    let person = lines.iter().find(|l| l["table"] == "person").expect("person line");
    assert_eq!(person["row"]["rut"], "12345678-5");
    assert_eq!(person["row"]["full_name"], "Rosa Núñez");
    let end = lines.last().expect("end");
    assert_eq!(end["end"]["rows"], lines.len() - 2);
    assert_eq!(end["end"]["files"], 0, "no evidence folder given: no files");
    assert!(!text.contains("\"setting\"") && !text.contains("person_search"));
}

/// Writes the seed corpus of the `sync_import` fuzz target:
/// `cargo test -p grupo-motor -- --ignored write_sync_fuzz_corpus`.
#[test]
#[ignore = "writes files into fuzz/corpus"]
fn write_sync_fuzz_corpus() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/sync_import");
    let save = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect("write corpus file");
    let mut a = Store::open_in_memory().expect("store");
    let conn = a.conn();
    let forum = forums::create(conn, &forums::tests::draft("Foro de co-creación", "24-11-2026")).expect("forum");
    let rosa = person(&a, "Rosa Núñez Peumo", "12.345.678-5");
    let twin = person(&a, "Rosa Nunez", "");
    let erased = person(&a, "محمد بن علي", "");
    for who in [rosa, twin, erased] {
        attendance::register(conn, forum, who, AttendanceRole::Neighbour).expect("register");
    }
    let consent = crate::domain::records::ConsentDraft {
        phone: "+56 9 1234 5678".into(),
        email: "rosa@correo.cl".into(),
        purpose: "Avisos de foros".into(),
        given_on: "24-11-2026".into(),
    };
    people::record_consent(conn, rosa, &consent).expect("consent");
    in_tx(conn, |tx| people::merge(tx, rosa, twin));
    in_tx(conn, |tx| rights::erase(tx, erased));
    let draft = crate::domain::records::FeedbackDraft {
        forum_id: Some(forum),
        person_id: Some(rosa),
        text: "Luminarias apagadas; \"urgente\"\nen la plaza 🌳".into(),
        neighbourhood_id: None,
        commitment_id: None,
        milestone_id: None,
        kind: crate::domain::kinds::FeedbackKind::Concern,
        priority: crate::domain::kinds::Priority::High,
        received_on: "24-11-2026".into(),
    };
    crate::store::feedback::record(conn, &draft).expect("feedback");
    let full = export_bytes(&mut a, Some("Ana"));
    save("full.gmsync", &full);
    person(&a, "Benjamín Litre", "11.111.111-1");
    save("incremental.gmsync", &export_bytes(&mut a, Some("Ana")));
    let mut b = Store::open_in_memory().expect("store");
    person(&b, "Rosa N.", "12345678-5");
    save("same-rut-elsewhere.gmsync", &export_bytes(&mut b, None));
    save("truncated.gmsync", &full[..full.len() / 2]);
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(full.as_slice()), &mut text).expect("gunzip");
    save("not-gzip.jsonl", text.as_bytes());
    let without_end: Vec<&str> = text.lines().filter(|l| !l.starts_with("{\"end\"")).collect();
    save("no-end.gmsync", &gzip(&without_end.join("\n")));
    save("too-new.gmsync", &gzip(&text.replacen("\"version\":1", "\"version\":2", 1)));
    save("bad-end-line.gmsync", &gzip(&text.replacen("\"end\":{\"rows\":", "\"x\":{\"rows\":", 1)));
}

/// One person row stamped `stamp`, in a whole sync file of this schema.
fn file_with_person(name: &str, stamp: &str) -> Vec<u8> {
    let schema = crate::store::latest_version();
    let header = format!(
        "{{\"format\":\"grupo-motor-sync\",\"version\":1,\"schema\":{schema},\"exported_at\":\"2026-11-24T18:30:00.000Z\",\"laptop\":\"x\"}}"
    );
    let row = serde_json::json!({"table": "person", "row": {
        "id": "6d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40", "full_name": name,
        "created_at": "2026-11-24T18:30:00.000Z", "updated_at": stamp}});
    gzip(&format!("{header}\n{row}\n{{\"end\":{{\"rows\":1}}}}\n"))
}

#[test]
fn stamps_beyond_a_day_ahead_of_this_clock_are_refused() {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-30T12:00:00Z").expect("now").with_timezone(&chrono::Utc);
    let mut store = Store::open_in_memory().expect("store");
    let before = dump(&store);
    for stamp in ["9999-12-31T23:59:59.999Z", "2026-12-01T12:00:00.001Z"] {
        let result = import::import_at(store.conn_mut(), &file_with_person("Ana Boldo", stamp)[..], now);
        assert!(matches!(result, Err(SyncError::FutureStamp { line: 2, .. })), "{stamp}: {result:?}");
        assert!(dump(&store) == before, "nothing changed");
    }
    let error = import::import_at(store.conn_mut(), &file_with_person("Ana", "9999-12-31T23:59:59.999Z")[..], now)
        .expect_err("refused");
    assert_eq!(error.details().get("date").map(String::as_str), Some("31-12-9999"));
    let clock_a_bit_fast = "2026-12-01T11:00:00.000Z";
    let report = import::import_at(store.conn_mut(), &file_with_person("Ana Boldo", clock_a_bit_fast)[..], now)
        .expect("within the tolerance");
    assert_eq!(report.added, 1);
}

#[test]
fn text_the_forms_refuse_is_refused_from_a_sync_file_too() {
    let mut store = Store::open_in_memory().expect("store");
    let before = dump(&store);
    let stamp = "2026-11-24T18:30:00.000Z";
    for (name, field, rule) in [
        ("a".repeat(10_000), "full_name", "error-too-long"),
        ("Ana \u{202E}odloB".to_string(), "full_name", "error-control-characters"),
        ("Ana\u{7}Boldo".to_string(), "full_name", "error-control-characters"),
        ("12345".to_string(), "full_name", "error-name-letters"),
        (String::new(), "full_name", "error-required"),
    ] {
        match import_bytes(&mut store, &file_with_person(&name, stamp)) {
            Err(SyncError::BadValue { line: 2, invalid }) => {
                assert_eq!((invalid.field, invalid.message_key), (field, rule), "{name:?}")
            }
            other => panic!("{name:?}: {other:?}"),
        }
        assert!(dump(&store) == before, "nothing changed");
    }
}

#[test]
fn a_delete_travels_with_what_it_took_and_so_does_its_undo() {
    use crate::store::deletion::{self, RecordKind};
    let mut laptop = demo_store();
    let mut other = copy_of(&mut laptop);
    let forum = first_id(
        &laptop,
        "SELECT f.id FROM forum f WHERE EXISTS (SELECT 1 FROM feedback fb WHERE fb.forum_id = f.id)
           AND EXISTS (SELECT 1 FROM attendance a WHERE a.forum_id = f.id) ORDER BY f.starts_at LIMIT 1",
    );
    let indexed = |store: &Store| -> bool {
        store
            .conn()
            .query_row(
                "SELECT count(*) FROM forum_search WHERE rowid = (SELECT rowid FROM forum WHERE id = ?1)",
                [forum.to_string()],
                |r| r.get::<_, i64>(0),
            )
            .expect("index")
            == 1
    };
    assert!(indexed(&other));
    let live_at = |store: &Store| -> (i64, i64, i64) {
        store
            .conn()
            .query_row(
                "SELECT (SELECT count(*) FROM forum WHERE id = ?1 AND deleted_at IS NULL),
                        (SELECT count(*) FROM attendance WHERE forum_id = ?1 AND deleted_at IS NULL),
                        (SELECT count(*) FROM feedback WHERE forum_id = ?1 AND deleted_at IS NULL)",
                [forum.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .expect("counts")
    };
    let before = live_at(&other);
    assert!(before.0 == 1 && before.1 > 0 && before.2 > 0, "{before:?}");

    let deleted = in_tx(laptop.conn(), |tx| deletion::delete(tx, RecordKind::Forum, forum));
    import_bytes(&mut other, &export_bytes(&mut laptop, None)).expect("tombstones");
    assert_eq!(live_at(&other), (0, 0, 0), "the forum went with its sign-ins and feedback");
    assert!(forums::list(other.conn()).expect("list").iter().all(|f| f.id != forum));
    assert!(!indexed(&other), "nor is it in the search box's index");

    in_tx(laptop.conn(), |tx| deletion::undo(tx, &deleted));
    import_bytes(&mut other, &export_bytes(&mut laptop, None)).expect("revival");
    assert_eq!(live_at(&other), before, "the undo travelled too");
    assert_same(&other, &laptop);
    assert!(indexed(&other), "and it is found by the search box again");
}
