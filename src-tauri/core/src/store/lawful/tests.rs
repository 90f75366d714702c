//! Ley 21.719 through every path that stores or outputs a person: the desk,
//! the People forms, the CSV import, the sync import, a merge, and every
//! output (CSV exports, the pack's lists, sign-in sheets, sync files).

use std::io::Read;

use chrono::NaiveDate;
use uuid::Uuid;

use super::*;
use crate::domain::kinds::{AgeBand, AttendanceRole, ConsentGiver, Gender};
use crate::domain::records::PersonDraft;
use crate::error::UserError;
use crate::i18n::Language;
use crate::store::{attendance, blocking, figures, Store};
use crate::testing::{self, export_bytes, forum, gender_consent, guardian, import_bytes, in_tx};
use crate::transfer::csv_export::{self, AttendanceSelection};
use crate::transfer::csv_import;

fn child(name: &str) -> PersonDraft {
    PersonDraft { full_name: name.into(), age_band: Some(AgeBand::Child), ..PersonDraft::default() }
}

fn adult(name: &str) -> PersonDraft {
    PersonDraft { full_name: name.into(), age_band: Some(AgeBand::Adult), ..PersonDraft::default() }
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn key<T: std::fmt::Debug>(result: crate::store::Result<T>) -> &'static str {
    result.expect_err("refused").message_key()
}

/// Rows of `person` whose name is `name`, erased or not.
fn named(store: &Store, name: &str) -> i64 {
    store.conn().query_row("SELECT count(*) FROM person WHERE full_name = ?1", [name], |r| r.get(0)).expect("count")
}

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).expect("gzip");
    text
}

fn csv_text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("utf-8")
}

#[test]
fn at_the_desk_a_child_without_a_guardians_consent_is_an_anonymous_participant() {
    let mut store = testing::store();
    let roundtable = forum(&store, "Mesa infantil", "05-12-2026");
    let pehuen = crate::store::reference::neighbourhood_id_by_name(store.conn(), "Pehuén").expect("q");
    let tomas = PersonDraft { neighbourhood_id: pehuen, ..child("Tomás Peumo Litre") };
    let first = attendance::register_new_person(store.conn_mut(), roundtable, &tomas, AttendanceRole::Neighbour)
        .expect("anonymous");
    assert!(first.anonymous && first.full_name.is_empty(), "{first:?}");
    assert_eq!(first.neighbourhood_name.as_deref(), Some("Pehuén"));
    let second = attendance::register_new_person(
        store.conn_mut(),
        roundtable,
        &child("Ema Boldo Quillay"),
        AttendanceRole::Neighbour,
    )
    .expect("another");
    assert_ne!(first.person_id, second.person_id, "each anonymous sign-in is one participant");
    let with_consent = PersonDraft { guardian: Some(guardian()), ..child("Sofía Maitén Lenga") };
    let named_child =
        attendance::register_new_person(store.conn_mut(), roundtable, &with_consent, AttendanceRole::Neighbour)
            .expect("named");
    assert!(!named_child.anonymous);
    let sofia = people::get(store.conn(), named_child.person_id).expect("sofia");
    assert_eq!(sofia.guardian.expect("guardian").guardian_name, "Marta Quillay");

    assert_eq!((named(&store, "Tomás Peumo Litre"), named(&store, "Ema Boldo Quillay")), (0, 0), "never by name");
    let listed = attendance::list(store.conn(), roundtable).expect("desk list");
    assert_eq!(listed.iter().filter(|a| a.anonymous).count(), 2, "the desk shows them, nameless");
    assert!(people::search(store.conn(), "tomas", 8).expect("search").is_empty());
    let counted = figures::figures(store.conn(), date(12, 1), date(12, 31), date(12, 31)).expect("figures");
    assert_eq!((counted.attendances, counted.people_reached, counted.children), (3, 3, 3));
    assert_eq!(counted.neighbourhoods_reached, 1, "Pehuén (the others have none)");
}

#[test]
fn the_people_forms_refuse_a_child_without_consent_and_a_gender_without_consent() {
    let store = testing::store();
    let conn = store.conn();
    assert_eq!(key(people::create(conn, &child("Tomás Peumo"))), "error-child-needs-guardian");
    let ana = people::create(conn, &adult("Ana Boldo")).expect("adult");
    let made_child = people::update(&conn.unchecked_transaction().expect("tx"), ana, &child("Ana Boldo"));
    assert_eq!(key(made_child), "error-child-needs-guardian");
    let with_gender = PersonDraft { gender: Some(Gender::Female), ..adult("Rosa Núñez") };
    assert_eq!(key(people::create(conn, &with_gender)), "error-gender-needs-consent");
    let minor = PersonDraft {
        gender: Some(Gender::Female),
        age_band: Some(AgeBand::Adolescent),
        gender_consent: Some(gender_consent(ConsentGiver::Person)),
        ..adult("Ema Boldo")
    };
    assert_eq!(key(people::create(conn, &minor)), "error-gender-needs-guardian");
    let consented = PersonDraft { gender_consent: Some(gender_consent(ConsentGiver::Person)), ..with_gender };
    let rosa = people::create(conn, &consented).expect("with consent");
    assert_eq!(people::get(conn, rosa).expect("rosa").gender, Some(Gender::Female));
    // An edit keeps the consent on record.
    let edited = in_tx(conn, |tx| {
        people::update(tx, rosa, &PersonDraft { gender: Some(Gender::Female), ..adult("Rosa Núñez Peumo") })
    });
    assert_eq!(
        (edited.gender, edited.gender_consent.map(|c| c.given_by)),
        (Some(Gender::Female), Some(ConsentGiver::Person))
    );
}

#[test]
fn withdrawing_a_guardians_consent_anonymises_the_child_and_keeps_the_count() {
    let mut store = testing::store();
    let roundtable = forum(&store, "Mesa infantil", "05-12-2026");
    let draft = PersonDraft {
        rut: "12.345.678-5".into(),
        guardian: Some(guardian()),
        gender: Some(Gender::Male),
        gender_consent: Some(gender_consent(ConsentGiver::Guardian)),
        ..child("Tomás Peumo")
    };
    let tomas = attendance::register_new_person(store.conn_mut(), roundtable, &draft, AttendanceRole::Neighbour)
        .expect("named")
        .person_id;
    let conn = store.conn();
    assert_eq!(in_tx(conn, |tx| withdraw_guardian_consent(tx, tomas)), None, "a child: anonymised");
    assert!(people::get(conn, tomas).is_err());
    let left: (String, Option<String>, Option<String>, Option<String>) = conn
        .query_row("SELECT full_name, rut, guardian_name, gender FROM person WHERE id = ?1", [tomas.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .expect("row");
    assert_eq!(left, (String::new(), None, None, None));
    let counted = figures::figures(conn, date(12, 1), date(12, 31), date(12, 31)).expect("figures");
    assert_eq!((counted.attendances, counted.children), (1, 1), "attendance kept as anonymous");
    assert!(attendance::list(conn, roundtable).expect("list")[0].anonymous);
}

#[test]
fn a_gender_without_consent_is_never_shown_exported_synced_or_counted() {
    let mut store = testing::store();
    let meeting = forum(&store, "Foro", "05-12-2026");
    let (rosa, jose) = {
        let conn = store.conn();
        let rosa = people::create(conn, &adult("Rosa Núñez")).expect("rosa");
        record_gender(conn, rosa, Gender::Female, &gender_consent(ConsentGiver::Person)).expect("consented");
        let jose = people::create(conn, &adult("José Litre")).expect("jose");
        // Recorded before the law, as the migration found it.
        conn.execute("UPDATE person SET gender = 'male', needs_review = 1 WHERE id = ?1", [jose.to_string()])
            .expect("legacy");
        for who in [rosa, jose] {
            attendance::register(conn, meeting, who, AttendanceRole::Neighbour).expect("sign in");
        }
        (rosa, jose)
    };
    let conn = store.conn();
    let person = people::get(conn, jose).expect("jose");
    assert_eq!(
        (person.gender, person.review.clone()),
        (None, vec![crate::domain::lawful::ReviewReason::GenderWithoutConsent])
    );
    let people_csv = csv_text(csv_export::people(conn, Language::EsCl, false).expect("csv"));
    let jose_line = people_csv.lines().find(|l| l.contains("José Litre")).expect("josé is exported");
    assert!(!jose_line.contains("Hombre"), "{jose_line}");
    assert!(people_csv.lines().any(|l| l.contains("Rosa Núñez") && l.contains("Mujer")), "{people_csv}");
    let sheet = csv_export::attendance(conn, Language::EsCl, AttendanceSelection::Forum(meeting)).expect("csv");
    assert!(!csv_text(sheet).contains("Hombre"));
    let counted = figures::figures(conn, date(12, 1), date(12, 31), date(12, 31)).expect("figures");
    assert_eq!((counted.women, counted.men), (1, 0));
    let json = serde_json::to_string(&crate::store::rights::export(conn, jose).expect("export")).expect("json");
    assert!(!json.contains("\"male\""), "{json}");
    let file = gunzip(&export_bytes(&mut store, None));
    let line = file.lines().find(|l| l.contains(&jose.to_string()) && l.contains("\"table\":\"person\"")).expect("row");
    assert!(line.contains("\"gender\":null"), "{line}");
    assert!(file.contains("\"gender\":\"female\""), "Rosa's consented gender travels");
    let conn = store.conn();
    let settled = withdraw_gender_consent(conn, jose).expect("cleared");
    assert!(settled.review.is_empty());
    let listed =
        people::list(conn, &crate::domain::records::PersonFilter { review_only: true, ..Default::default() }, 10, 0)
            .expect("review list");
    assert!(listed.is_empty(), "settled, off the review list");
    assert_eq!(people::get(conn, rosa).expect("rosa").gender, Some(Gender::Female));
}

#[test]
fn the_csv_import_keeps_no_child_by_name_and_no_gender_without_consent() {
    let mut store = testing::store();
    let roundtable = forum(&store, "Mesa infantil", "05-12-2026");
    let file = "Nombre;Barrio;Edad;Género;Consentimiento género\r\n\
                Tomás Peumo;Pehuén;10;Hombre;\r\n\
                Rosa Núñez;Pehuén;45;Mujer;sí\r\n\
                José Litre;Riesco;50;Hombre;\r\n";
    let plan = csv_import::plan_attendance_import(store.conn(), file.as_bytes(), roundtable).expect("plan");
    assert!(plan.bad_rows.is_empty(), "{:?}", plan.bad_rows);
    assert_eq!(plan.genders_dropped, 2, "José's gender has no consent, and Tomás is anonymous");
    let tomas_row = plan.to_create.iter().find(|r| r.anonymous).expect("the child's row");
    assert!(tomas_row.full_name.is_empty());
    let outcome = csv_import::apply_attendance_import(store.conn_mut(), &plan).expect("import");
    assert_eq!((outcome.created, outcome.anonymous, outcome.registered), (2, 1, 3));
    assert_eq!(named(&store, "Tomás Peumo"), 0);
    let conn = store.conn();
    let jose = people::search(conn, "josé litre", 1).expect("search")[0].id;
    assert_eq!(people::get(conn, jose).expect("jose").gender, None);
    let rosa = people::search(conn, "rosa núñez", 1).expect("search")[0].id;
    assert_eq!(people::get(conn, rosa).expect("rosa").gender, Some(Gender::Female));
    let counted = figures::figures(conn, date(12, 1), date(12, 31), date(12, 31)).expect("figures");
    assert_eq!((counted.attendances, counted.children), (3, 1), "the anonymous child counts");

    let people_only = "Nombre;Edad\r\nEma Boldo;9\r\n";
    let plan = csv_import::plan_people_import(store.conn(), people_only.as_bytes()).expect("plan");
    let outcome = csv_import::apply_people_import(store.conn_mut(), &plan).expect("import");
    assert_eq!((outcome.created, outcome.anonymous), (0, 1));
    assert_eq!(named(&store, "Ema Boldo"), 0);
}

#[test]
fn the_sync_import_holds_incoming_people_to_the_rule() {
    let mut source = testing::store();
    let ana = people::create(source.conn(), &adult("Ana Boldo")).expect("ana");
    let child_id = people::create(source.conn(), &PersonDraft { guardian: Some(guardian()), ..child("Tomás Peumo") })
        .expect("child");
    // A laptop that broke the rule (or a file edited by hand): consent gone,
    // a gender with none.
    source
        .conn()
        .execute(
            "UPDATE person SET guardian_consent_on = NULL, guardian_method = NULL WHERE id = ?1",
            [child_id.to_string()],
        )
        .expect("no consent");
    let ana_id = ana.to_string();
    let file: Vec<String> = gunzip(&export_bytes(&mut source, None))
        .lines()
        .map(|line| {
            let mut value: serde_json::Value = serde_json::from_str(line).expect("json");
            if value["row"]["id"] == ana_id.as_str() {
                value["row"]["gender"] = "female".into();
            }
            value.to_string()
        })
        .collect();
    let file = file.join("\n");
    assert!(file.contains("\"gender\":\"female\""), "the file carries a gender without consent");
    let mut target = testing::store();
    import_bytes(&mut target, &testing::gzip(&file)).expect("import");
    assert_eq!(named(&target, "Tomás Peumo"), 0, "the child arrives anonymous");
    assert!(people::get(target.conn(), child_id).is_err());
    assert_eq!(people::get(target.conn(), ana).expect("ana").gender, None);
}

#[test]
fn a_merge_never_leaves_a_child_by_name_without_consent() {
    let store = testing::store();
    let conn = store.conn();
    let adult_record = people::create(conn, &PersonDraft { age_band: None, ..adult("Tomás Peumo") }).expect("a");
    let legacy = people::create(conn, &adult("Tomás Peumo Litre")).expect("b");
    conn.execute("UPDATE person SET age_band = 'child', needs_review = 1 WHERE id = ?1", [legacy.to_string()])
        .expect("legacy child");
    let refused = people::merge(&conn.unchecked_transaction().expect("tx"), adult_record, legacy);
    assert_eq!(key(refused), "error-child-needs-guardian");
    assert_eq!(named(&store, "Tomás Peumo"), 1, "nothing merged");
    record_guardian_consent(conn, legacy, &guardian()).expect("consent");
    let merged = in_tx(conn, |tx| people::merge(tx, adult_record, legacy));
    assert_eq!(
        (merged.age_band, merged.guardian.map(|g| g.relationship)),
        (Some(AgeBand::Child), Some("Madre".into()))
    );
    assert!(merged.review.is_empty());
}

#[test]
fn a_blocked_person_is_left_out_of_every_output_until_unblocked() {
    let mut store = testing::store();
    let pehuen = crate::store::reference::neighbourhood_id_by_name(store.conn(), "Pehuén").expect("q");
    let in_pehuen =
        |d: &str| crate::domain::records::ForumDraft { neighbourhood_id: pehuen, ..testing::forum_draft("Foro", d) };
    let (earlier, next) = (
        crate::store::forums::create(store.conn(), &in_pehuen("05-10-2026")).expect("f"),
        crate::store::forums::create(store.conn(), &in_pehuen("05-12-2026")).expect("f"),
    );
    let rosa = people::create(store.conn(), &PersonDraft { neighbourhood_id: pehuen, ..adult("Rosa Núñez Peumo") })
        .expect("rosa");
    let ana =
        people::create(store.conn(), &PersonDraft { neighbourhood_id: pehuen, ..adult("Ana Boldo") }).expect("ana");
    for who in [rosa, ana] {
        attendance::register(store.conn(), earlier, who, AttendanceRole::Neighbour).expect("sign in");
    }
    let before_block = testing::export_bytes(&mut store, Some("Pedro"));
    assert!(gunzip(&before_block).contains("Rosa Núñez Peumo"));
    store.write(|tx| blocking::block(tx, rosa, "Solicitud de bloqueo", date(11, 1))).expect("block");
    // Something changes meanwhile, so the colleague's next file is not empty.
    people::set_driving_group(store.conn(), ana, true).expect("ana");

    let conn = store.conn();
    let people_csv = csv_text(csv_export::people(conn, Language::EsCl, true).expect("csv"));
    let period = AttendanceSelection::Period { from: date(10, 1), to: date(12, 31) };
    let attendance_csv = csv_text(csv_export::attendance(conn, Language::EsCl, period).expect("csv"));
    let sheet: Vec<String> =
        attendance::regular_attendees(conn, next, 3).expect("sheet").into_iter().map(|p| p.full_name).collect();
    let request = crate::pack::PackRequest {
        meeting_title: "Reunión".into(),
        meeting_date: date(12, 10),
        place: "Sede".into(),
        agenda: Vec::new(),
        period_start: date(10, 1),
        period_end: date(12, 31),
        language: Language::EsCl,
        paper: crate::pack::Paper::A4,
        with_contacts: false,
    };
    let pack = crate::pack::gather::gather(conn, &request, date(12, 31)).expect("pack");
    let pack_names: Vec<&str> =
        pack.attendance_lists.iter().flat_map(|l| l.people.iter().map(|p| p.full_name.as_str())).collect();
    for (output, text) in [("people csv", &people_csv), ("attendance csv", &attendance_csv)] {
        assert!(!text.contains("Rosa"), "{output}: {text}");
        assert!(text.contains("Ana Boldo"), "{output}: {text}");
    }
    assert_eq!(sheet, ["Ana Boldo"], "the sign-in sheet");
    assert_eq!(pack_names, ["Ana Boldo"], "the pack's attendance list");
    assert_eq!(pack.figures.attendances, 2, "still counted");
    let for_colleague = gunzip(&testing::export_bytes(&mut store, Some("Pedro")));
    let everything = gunzip(&testing::export_bytes(&mut store, None));
    for file in [&for_colleague, &everything] {
        assert!(!file.contains("Rosa Núñez Peumo") && !file.contains(&rosa.to_string()), "{file}");
        assert!(!file.contains("person_block") && !file.contains("Solicitud de bloqueo"));
    }
    assert!(for_colleague.contains("Ana Boldo"));

    store.write(|tx| blocking::unblock(tx, rosa, date(12, 2))).expect("unblock");
    let after = gunzip(&testing::export_bytes(&mut store, Some("Pedro")));
    assert!(after.contains("Rosa Núñez Peumo"), "travels again once unblocked");
    let attendance_rows =
        after.lines().filter(|l| l.contains("\"table\":\"attendance\"") && l.contains(&rosa.to_string()));
    assert_eq!(attendance_rows.count(), 1, "with what was held back");
    assert!(csv_text(csv_export::people(store.conn(), Language::EsCl, false).expect("csv")).contains("Rosa"));
}

#[test]
fn a_blocked_person_is_not_changed_by_a_colleagues_file() {
    let mut here = testing::store();
    let rosa = people::create(here.conn(), &adult("Rosa Núñez")).expect("rosa");
    let mut there = testing::store();
    import_bytes(&mut there, &export_bytes(&mut here, None)).expect("to the colleague");
    here.write(|tx| blocking::block(tx, rosa, "Solicitud", date(11, 1))).expect("block");
    in_tx(there.conn(), |tx| people::update(tx, rosa, &adult("Rosa Cambiada")));
    // The colleague signs her in at a forum of theirs too.
    let theirs =
        crate::store::forums::create(there.conn(), &testing::forum_draft("Foro allá", "20-11-2026")).expect("f");
    attendance::register(there.conn(), theirs, rosa, AttendanceRole::Neighbour).expect("sign in there");
    import_bytes(&mut here, &export_bytes(&mut there, None)).expect("back");
    assert_eq!(named(&here, "Rosa Núñez"), 1, "frozen");
    assert!(attendance::list(here.conn(), theirs).expect("list").is_empty(), "her sign-in there is not applied here");
    assert_eq!(blocking::blocked_since(here.conn(), rosa).expect("q"), Some(date(11, 1)));
    let _ = Uuid::nil();
}

#[test]
fn a_child_kept_from_before_the_law_without_consent_stays_on_this_laptop_until_reviewed() {
    let mut store = testing::store();
    let legacy = people::create(store.conn(), &adult("Benito Chiguay")).expect("p");
    store
        .conn()
        .execute("UPDATE person SET age_band = 'child', needs_review = 1 WHERE id = ?1", [legacy.to_string()])
        .expect("as the migration left a child recorded before the law");
    let forum = crate::store::forums::create(store.conn(), &testing::forum_draft("Mesa", "20-11-2026")).expect("f");
    attendance::register_arrived(store.conn(), forum, legacy, AttendanceRole::Neighbour, chrono::Utc::now())
        .expect_err("not signed in by name meanwhile");
    let file = gunzip(&export_bytes(&mut store, None));
    assert!(!file.contains("Benito") && !file.contains(&legacy.to_string()), "{file}");
    // What the person is told before exporting counts what the file holds.
    let planned = crate::sync::export::plan(store.conn(), None, None).expect("plan").rows;
    let written = crate::sync::export::export(store.conn_mut(), Vec::new(), None).expect("export").rows;
    assert_eq!(planned, written, "the plan counted the rows held back");

    record_guardian_consent(store.conn(), legacy, &guardian()).expect("the review: a guardian's consent");
    let file = gunzip(&export_bytes(&mut store, None));
    assert!(file.contains("Benito Chiguay"), "travels once lawful");
}
