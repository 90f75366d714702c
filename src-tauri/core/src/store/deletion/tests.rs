//! Each delete with its cascade, and its undo bringing back exactly that.

use chrono::NaiveDate;

use super::*;
use crate::domain::kinds::{AttendanceRole, FeedbackKind, FeedbackStatus, Priority};
use crate::domain::records::{FeedbackDraft, FeedbackFilter, NoteDraft, PersonDraft, StatusChange};
use crate::store::{attendance, evidence, feedback, figures, forums, milestones, people, reference, search, Store};
use crate::sync::tables::TABLES;
use crate::testing::{forum_draft, in_tx};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
}

/// Every live row as `table:id`: equal before a delete and after its undo
/// means the undo brought back exactly what the delete removed.
fn live(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for table in TABLES {
        let mut stmt = store
            .conn()
            .prepare(&format!("SELECT id FROM {} WHERE deleted_at IS NULL ORDER BY id", table.name))
            .expect("q");
        let ids = stmt.query_map([], |r| r.get::<_, String>(0)).expect("rows");
        out.extend(ids.map(|id| format!("{}:{}", table.name, id.expect("id"))));
    }
    out
}

fn gone(store: &Store, table: &str, id: Uuid) -> bool {
    store
        .conn()
        .query_row(&format!("SELECT deleted_at IS NOT NULL FROM {table} WHERE id = ?1"), [id.to_string()], |r| r.get(0))
        .expect("row")
}

fn remove(store: &Store, kind: RecordKind, id: Uuid) -> Deletion {
    in_tx(store.conn(), |tx| delete(tx, kind, id))
}

fn bring_back(store: &Store, deletion: &Deletion) {
    in_tx(store.conn(), |tx| undo(tx, deletion))
}

fn try_undo(store: &Store, deletion: &Deletion) -> Result<()> {
    let tx = store.conn().unchecked_transaction().expect("tx");
    undo(&tx, deletion)?;
    tx.commit().expect("commit");
    Ok(())
}

fn said(text: &str, forum: Option<Uuid>, milestone: Option<Uuid>) -> FeedbackDraft {
    FeedbackDraft {
        forum_id: forum,
        person_id: None,
        text: text.into(),
        neighbourhood_id: None,
        commitment_id: None,
        milestone_id: milestone,
        kind: FeedbackKind::Concern,
        priority: Priority::Medium,
        received_on: "20-11-2026".into(),
    }
}

fn note(text: &str, completion: Option<Completion>, progress: Option<u8>) -> NoteDraft {
    NoteDraft { noted_on: "10-11-2026".into(), author: "Equipo".into(), text: text.into(), completion, progress }
}

fn standing(store: &Store, milestone: Uuid) -> (Completion, i64) {
    store
        .conn()
        .query_row("SELECT completion, progress FROM milestone WHERE id = ?1", [milestone.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("milestone")
}

fn a_milestone(store: &Store) -> Uuid {
    let commitment = reference::commitments(store.conn()).expect("list")[0].id;
    milestones::create(store.conn(), &milestones::tests::draft(commitment, "Hito de prueba", "", "")).expect("m")
}

#[test]
fn a_forum_takes_its_sign_ins_facilitators_and_feedback_and_undo_brings_back_only_those() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let forum = forums::create(conn, &forum_draft("Foro equivocado", "20-11-2026")).expect("forum");
    let person = |name: &str| people::create(conn, &PersonDraft { full_name: name.into(), ..PersonDraft::default() });
    let (ana, rosa, jose) = (person("Ana").expect("p"), person("Rosa").expect("p"), person("José").expect("p"));
    let mut sign_ins = Vec::new();
    for who in [ana, rosa, jose] {
        sign_ins.push(attendance::register(conn, forum, who, AttendanceRole::Neighbour).expect("sign in"));
    }
    forums::set_facilitators(conn, forum, &[ana]).expect("facilitators");
    let heard = in_tx(conn, |tx| feedback::record(tx, &said("Luminaria apagada", Some(forum), None)));
    let elsewhere = in_tx(conn, |tx| feedback::record(tx, &said("Otra cosa", None, None)));
    // Removed on its own before: the forum's undo must not bring it back.
    attendance::remove(conn, sign_ins[2].attendance_id).expect("remove");
    let before = live(&store);
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).expect("d");
    let counted = figures::figures(conn, day(1), day(30), day(30)).expect("figures");
    assert_eq!((counted.forums_held, counted.attendances, counted.feedback_received), (1, 2, 2));

    let shown = preview(conn, RecordKind::Forum, forum).expect("preview");
    assert_eq!(shown.label, "Foro equivocado");
    assert_eq!(
        shown.takes,
        [
            TakenCount { what: Taken::SignIns, count: 2 },
            TakenCount { what: Taken::Facilitators, count: 1 },
            TakenCount { what: Taken::Feedback, count: 1 },
        ]
    );
    let deletion = remove(&store, RecordKind::Forum, forum);
    assert!(forums::list(conn).expect("list").is_empty());
    assert!(gone(&store, "feedback", heard) && !gone(&store, "feedback", elsewhere));
    assert!(gone(&store, "attendance", sign_ins[0].attendance_id));
    let counted = figures::figures(conn, day(1), day(30), day(30)).expect("figures");
    assert_eq!((counted.forums_held, counted.attendances, counted.feedback_received), (0, 0, 1));
    assert!(search::everything(conn, "equivocado", 5).expect("search").forums.is_empty());
    assert!(search::everything(conn, "luminaria", 5).expect("search").feedback.is_empty());
    let steps: i64 = conn
        .query_row(
            "SELECT count(*) FROM feedback_event WHERE feedback_id = ?1 AND deleted_at IS NULL",
            [heard.to_string()],
            |r| r.get(0),
        )
        .expect("steps");
    assert_eq!(steps, 0, "the feedback's steps went with it");

    bring_back(&store, &deletion);
    assert_eq!(live(&store), before, "exactly what the delete took came back");
    assert!(gone(&store, "attendance", sign_ins[2].attendance_id), "the earlier removal stands");
    assert_eq!(search::everything(conn, "luminaria", 5).expect("search").feedback.len(), 1);
    assert!(matches!(try_undo(&store, &deletion), Err(StoreError::NotFound { .. })), "an undo happens once");
}

#[test]
fn a_milestone_takes_its_notes_and_evidence_and_feedback_about_it_stays() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let milestone = a_milestone(&store);
    let first =
        in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Comienza", Some(Completion::Limited), Some(30))));
    in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Reunión", None, None)));
    let dropped = in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Duplicada", None, None)));
    let folder = tempfile::tempdir().expect("temp");
    let file = folder.path().join("acta.pdf");
    std::fs::write(&file, b"%PDF-1.4 acta").expect("file");
    let files = folder.path().join("evidence");
    evidence::add(conn, &files, milestone, Some(first), &file, today()).expect("evidence");
    let about = in_tx(conn, |tx| feedback::record(tx, &said("¿Cuándo empieza?", None, Some(milestone))));
    remove(&store, RecordKind::Note, dropped);
    let before = live(&store);
    let commitment_progress =
        |store: &Store| milestones::progress(store.conn(), today()).expect("progress")[0].progress;
    assert_eq!(commitment_progress(&store), 30);

    let shown = preview(conn, RecordKind::Milestone, milestone).expect("preview");
    assert_eq!(
        shown.takes,
        [TakenCount { what: Taken::Notes, count: 2 }, TakenCount { what: Taken::Evidence, count: 1 }]
    );
    let deletion = remove(&store, RecordKind::Milestone, milestone);
    let progress = milestones::progress(conn, today()).expect("progress");
    assert!(progress[0].milestones.is_empty());
    assert_eq!(commitment_progress(&store), 0, "a deleted milestone no longer pulls its commitment");
    let kept = feedback::get(conn, about, today()).expect("feedback stays");
    assert_eq!(kept.milestone_title, None, "and no longer names the deleted milestone");
    assert!(matches!(
        evidence::add(conn, &files, milestone, None, &file, today()),
        Err(StoreError::NotFound { entity: "milestone" })
    ));

    bring_back(&store, &deletion);
    assert_eq!(live(&store), before);
    assert!(gone(&store, "milestone_note", dropped), "the note deleted before stays deleted");
    assert_eq!(commitment_progress(&store), 30);
    let back = &milestones::progress(conn, today()).expect("progress")[0].milestones[0];
    assert_eq!((back.notes.len(), back.evidence.len()), (2, 1));
    assert_eq!(feedback::get(conn, about, today()).expect("f").milestone_title.as_deref(), Some("Hito de prueba"));
}

#[test]
fn deleting_the_note_that_moved_a_milestone_moves_it_back_and_undo_forward_again() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let milestone = a_milestone(&store);
    in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Comienza", Some(Completion::Limited), Some(30))));
    let slip = in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Error", Some(Completion::Complete), None)));
    assert_eq!(standing(&store, milestone), (Completion::Complete, 100));
    let deletion = remove(&store, RecordKind::Note, slip);
    assert_eq!(standing(&store, milestone), (Completion::Limited, 30), "back to where the note found it");
    bring_back(&store, &deletion);
    assert_eq!(standing(&store, milestone), (Completion::Complete, 100));

    // A note that moved nothing leaves the standing alone.
    let plain = in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Reunión", None, None)));
    remove(&store, RecordKind::Note, plain);
    assert_eq!(standing(&store, milestone), (Completion::Complete, 100));
}

#[test]
fn evidence_and_feedback_go_alone_and_come_back() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let milestone = a_milestone(&store);
    let folder = tempfile::tempdir().expect("temp");
    let file = folder.path().join("foto.png");
    std::fs::write(&file, b"png").expect("file");
    let files = folder.path().join("evidence");
    let added = evidence::add(conn, &files, milestone, None, &file, today()).expect("evidence");
    let deletion = remove(&store, RecordKind::Evidence, added.id);
    assert!(evidence::path_of(conn, &files, added.id).is_err(), "a deleted file is not opened");
    assert_eq!(evidence::check_all(conn, &files).expect("check").intact, 0);
    bring_back(&store, &deletion);
    assert!(evidence::path_of(conn, &files, added.id).is_ok(), "its copy was kept for the undo");

    let item = in_tx(conn, |tx| feedback::record(tx, &said("Microbasural en la esquina", None, None)));
    let change = StatusChange { status: FeedbackStatus::Forwarded, on: "21-11-2026".into(), detail: "DIMAO".into() };
    in_tx(conn, |tx| feedback::change_status(tx, item, &change));
    let before = live(&store);
    let deletion = remove(&store, RecordKind::Feedback, item);
    assert!(feedback::list(conn, &FeedbackFilter::default(), today()).expect("list").is_empty());
    assert!(matches!(feedback::get(conn, item, today()), Err(StoreError::NotFound { .. })));
    bring_back(&store, &deletion);
    assert_eq!(live(&store), before);
    assert_eq!(feedback::get(conn, item, today()).expect("back").history.len(), 2);
}

#[test]
fn an_undo_needs_what_the_record_belongs_to_and_two_quick_deletes_keep_apart() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let milestone = a_milestone(&store);
    let one = in_tx(conn, |tx| milestones::add_note(tx, milestone, &note("Una", None, None)));
    let note_deleted = remove(&store, RecordKind::Note, one);
    let milestone_deleted = remove(&store, RecordKind::Milestone, milestone);
    assert!(
        note_deleted.stamp < milestone_deleted.stamp,
        "each delete has its own stamp: {note_deleted:?} {milestone_deleted:?}"
    );
    assert!(matches!(try_undo(&store, &note_deleted), Err(StoreError::NotFound { entity: "milestone" })));
    bring_back(&store, &milestone_deleted);
    assert!(gone(&store, "milestone_note", one), "the milestone's undo leaves the note's delete alone");
    bring_back(&store, &note_deleted);
    assert!(!gone(&store, "milestone_note", one));
    assert!(matches!(
        in_tx_result(&store, RecordKind::Forum, Uuid::new_v4()),
        Err(StoreError::NotFound { entity: "forum" })
    ));
}

fn in_tx_result(store: &Store, kind: RecordKind, id: Uuid) -> Result<Deletion> {
    let tx = store.conn().unchecked_transaction().expect("tx");
    delete(&tx, kind, id)
}
