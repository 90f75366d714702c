//! Rows changed on both laptops since their last exchange: merged field by
//! field, listed, and settled alike on both sides; and the shared folder.

use rusqlite::params;
use uuid::Uuid;

use super::conflicts::{self, ReviewKind};
use super::folder;
use crate::domain::records::PersonDraft;
use crate::store::{people, Store};
use crate::testing::{assert_same, export_bytes, forum, import_bytes};

/// Two laptops holding the same person and forum, exchanged once.
fn pair() -> (Store, Store, Uuid, Uuid) {
    let mut a = Store::open_in_memory().expect("store");
    let person = people::create(a.conn(), &PersonDraft { full_name: "Rosa Núñez".into(), ..Default::default() })
        .expect("person");
    let forum = forum(&a, "Foro en la plaza", "24-11-2026");
    let mut b = Store::open_in_memory().expect("store");
    import_bytes(&mut b, &export_bytes(&mut a, None)).expect("copy");
    (a, b, person, forum)
}

fn edit(store: &Store, sql: &str, id: Uuid, stamp: &str) {
    store.conn().execute(sql, params![id.to_string(), stamp]).expect("edit");
}

/// Both export what they have, then each imports the other's file.
fn exchange(a: &mut Store, b: &mut Store) {
    let (from_a, from_b) = (export_bytes(a, None), export_bytes(b, None));
    import_bytes(a, &from_b).expect("a imports");
    import_bytes(b, &from_a).expect("b imports");
}

fn text(store: &Store, sql: &str, id: Uuid) -> Option<String> {
    store.conn().query_row(sql, [id.to_string()], |r| r.get(0)).expect("read")
}

#[test]
fn edits_to_different_fields_are_both_kept_and_listed_as_parallel() {
    let (mut a, mut b, person, _) = pair();
    edit(
        &a,
        "UPDATE person SET full_name = 'Rosa Núñez Peumo', updated_at = ?2 WHERE id = ?1",
        person,
        "2026-12-01T10:00:00.000Z",
    );
    edit(
        &b,
        "UPDATE person SET is_driving_group = 1, updated_at = ?2 WHERE id = ?1",
        person,
        "2026-12-01T11:00:00.000Z",
    );
    exchange(&mut a, &mut b);
    assert_same(&a, &b);
    assert_eq!(text(&a, "SELECT full_name FROM person WHERE id = ?1", person).as_deref(), Some("Rosa Núñez Peumo"));
    let member: i64 = a.conn().query_row("SELECT is_driving_group FROM person", [], |r| r.get(0)).expect("q");
    assert_eq!(member, 1, "neither edit is lost");
    for store in [&a, &b] {
        let reviews = conflicts::list(store.conn(), false).expect("list");
        assert_eq!(reviews.len(), 1, "{reviews:?}");
        assert_eq!(reviews[0].kind, ReviewKind::Parallel);
        assert_eq!(reviews[0].label, "Rosa Núñez Peumo");
        assert!(reviews[0].fields.iter().all(|f| !f.clash));
        assert_eq!(conflicts::waiting(store.conn()).expect("count"), 1);
    }
    exchange(&mut a, &mut b);
    assert_same(&a, &b);
    assert_eq!(conflicts::waiting(a.conn()).expect("count"), 1, "exchanging again finds nothing new");
}

#[test]
fn the_same_field_changed_on_both_is_a_conflict_settled_alike_and_the_other_value_can_be_kept() {
    let (mut a, mut b, person, _) = pair();
    edit(
        &a,
        "UPDATE person SET full_name = 'Rosa Núñez de A', updated_at = ?2 WHERE id = ?1",
        person,
        "2026-12-01T10:00:00.000Z",
    );
    edit(
        &b,
        "UPDATE person SET full_name = 'Rosa Núñez de B', updated_at = ?2 WHERE id = ?1",
        person,
        "2026-12-01T11:00:00.000Z",
    );
    exchange(&mut a, &mut b);
    assert_same(&a, &b);
    let name = |s: &Store| text(s, "SELECT full_name FROM person WHERE id = ?1", person);
    assert_eq!(name(&a).as_deref(), Some("Rosa Núñez de B"), "the later edit wins, as before");
    let review = conflicts::list(a.conn(), false).expect("list").remove(0);
    assert_eq!(review.kind, ReviewKind::SameField);
    let field = review.fields.iter().find(|f| f.field == "full_name").expect("field");
    assert!(field.clash);
    assert_eq!(
        (field.this_laptop.as_deref(), field.other.as_deref(), field.kept.as_deref()),
        (Some("Rosa Núñez de A"), Some("Rosa Núñez de B"), Some("Rosa Núñez de B"))
    );
    let on_b = conflicts::list(b.conn(), false).expect("list").remove(0);
    let field_b = on_b.fields.iter().find(|f| f.field == "full_name").expect("field");
    assert_eq!(
        (field_b.this_laptop.as_deref(), field_b.kept.as_deref()),
        (Some("Rosa Núñez de B"), Some("Rosa Núñez de B"))
    );

    let kept = crate::testing::in_tx(a.conn(), |tx| {
        conflicts::keep_other(tx, review.id).map_err(|e| match e {
            super::SyncError::Store(s) => s,
            other => panic!("{other:?}"),
        })
    });
    assert!(kept.reviewed && kept.kept_other);
    assert_eq!(name(&a).as_deref(), Some("Rosa Núñez de A"), "this laptop's value, kept by the person");
    assert_eq!(conflicts::waiting(a.conn()).expect("count"), 0);
    assert_eq!(conflicts::list(a.conn(), true).expect("all").len(), 1, "still there, as reviewed");
    import_bytes(&mut b, &export_bytes(&mut a, None)).expect("to b");
    assert_eq!(name(&b).as_deref(), Some("Rosa Núñez de A"), "the person's choice travels");
    assert_same(&a, &b);
    conflicts::mark_reviewed(b.conn(), on_b.id).expect("reviewed");
    assert_eq!(conflicts::waiting(b.conn()).expect("count"), 0);
}

#[test]
fn a_row_deleted_on_one_laptop_and_edited_on_the_other_stays_deleted_with_the_edit_and_is_listed() {
    let (mut a, mut b, _, forum) = pair();
    edit(&a, "UPDATE forum SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", forum, "2026-12-01T10:00:00.000Z");
    edit(
        &b,
        "UPDATE forum SET place = 'Sede Pehuén', updated_at = ?2 WHERE id = ?1",
        forum,
        "2026-12-01T11:00:00.000Z",
    );
    exchange(&mut a, &mut b);
    assert_same(&a, &b);
    assert!(text(&b, "SELECT deleted_at FROM forum WHERE id = ?1", forum).is_some(), "still deleted");
    assert_eq!(text(&a, "SELECT place FROM forum WHERE id = ?1", forum).as_deref(), Some("Sede Pehuén"));
    let on_b = conflicts::list(b.conn(), false).expect("list").remove(0);
    assert_eq!((on_b.kind, on_b.label.as_str()), (ReviewKind::Deleted, "Foro en la plaza"));
    let on_a = conflicts::list(a.conn(), false).expect("list").remove(0);
    assert_eq!(on_a.kind, ReviewKind::Deleted);
    crate::testing::in_tx(a.conn(), |tx| {
        conflicts::keep_other(tx, on_a.id).map_err(|_| crate::store::StoreError::NotFound { entity: "x" })
    });
    assert!(
        text(&a, "SELECT deleted_at FROM forum WHERE id = ?1", forum).is_none(),
        "A takes B's side: the forum is back"
    );
    assert_eq!(text(&a, "SELECT place FROM forum WHERE id = ?1", forum).as_deref(), Some("Sede Pehuén"));
}

#[test]
fn a_row_changed_on_one_laptop_only_is_no_conflict() {
    let (mut a, mut b, person, _) = pair();
    edit(
        &a,
        "UPDATE person SET full_name = 'Rosa Núñez Peumo', updated_at = ?2 WHERE id = ?1",
        person,
        "2026-12-01T10:00:00.000Z",
    );
    exchange(&mut a, &mut b);
    assert_same(&a, &b);
    assert_eq!(conflicts::waiting(a.conn()).expect("a") + conflicts::waiting(b.conn()).expect("b"), 0);
}

#[test]
fn three_laptops_through_a_shared_folder_converge_in_one_round_and_a_second_round_changes_nothing() {
    let shared = tempfile::tempdir().expect("folder");
    let mut laptops: Vec<Store> = (0..3).map(|_| Store::open_in_memory().expect("store")).collect();
    for (i, store) in laptops.iter().enumerate() {
        let draft = PersonDraft { full_name: format!("Persona del computador {i}"), ..Default::default() };
        people::create(store.conn(), &draft).expect("person");
        forum(store, &format!("Foro {i}"), "24-11-2026");
    }
    let pass = |store: &mut Store| {
        let protected = store.protected();
        folder::sync(store.conn_mut(), &protected, shared.path(), None).expect("sync")
    };
    // Each laptop leaves its file, in turn.
    for store in laptops.iter_mut() {
        pass(store);
    }
    let before: Vec<String> = std::fs::read_dir(shared.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(before.len(), 3, "one file per laptop: {before:?}");
    // One round.
    for store in laptops.iter_mut() {
        let report = pass(store);
        assert!(report.failed.is_empty(), "{report:?}");
    }
    assert_same(&laptops[0], &laptops[1]);
    assert_same(&laptops[1], &laptops[2]);
    let people: i64 = laptops[0].conn().query_row("SELECT count(*) FROM person", [], |r| r.get(0)).expect("q");
    assert_eq!(people, 3);
    // Again: nothing changes anywhere.
    let snapshot = crate::testing::dump(&laptops[0]);
    for store in laptops.iter_mut() {
        let report = pass(store);
        let changed: usize = report.imported.iter().map(|i| i.report.added + i.report.changed).sum();
        assert_eq!(changed, 0, "{report:?}");
    }
    assert_eq!(crate::testing::dump(&laptops[0]), snapshot);
    let after = std::fs::read_dir(shared.path()).expect("dir").count();
    assert_eq!(after, 3, "no laptop deleted or added anyone else's file");
}
