use super::*;
use crate::domain::kinds::{AttendanceRole, RequestChannel};
use crate::domain::records::PersonDraft;
use crate::store::forums::{create as new_forum, tests::draft as forum};
use crate::store::{attendance, Store};
use crate::testing::in_tx;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

const TODAY: (i32, u32, u32) = (2026, 12, 3);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

fn person(conn: &Connection, name: &str) -> Uuid {
    people::create(conn, &PersonDraft { full_name: name.into(), ..PersonDraft::default() }).expect("person")
}

fn request(right: RequestRight, received: &str, subject: Option<Uuid>) -> RequestDraft {
    RequestDraft {
        received_on: received.into(),
        requester_id: subject,
        requester_name: String::new(),
        subject_id: subject,
        right,
        channel: RequestChannel::InPerson,
        notes: String::new(),
    }
}

fn step(on: &str, text: &str) -> RequestStep {
    RequestStep { on: on.into(), text: text.into() }
}

fn key(result: Result<RightsRequest>) -> &'static str {
    match result {
        Err(StoreError::Invalid(invalid)) => invalid.message_key,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_request_is_due_in_thirty_days_or_two_business_days_for_blocking() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa Núñez");
    let access = record(conn, &request(RequestRight::Access, "03-12-2026", Some(rosa)), today()).expect("record");
    let got = get(conn, access, today()).expect("get");
    assert_eq!((got.requester_name.as_str(), got.subject_name.as_deref()), ("Rosa Núñez", Some("Rosa Núñez")));
    assert_eq!(got.due_on, d(2027, 1, 2));
    assert_eq!((got.status, got.urgency), (RequestStatus::Received, Urgency::OnTime));
    // Received on Friday 27-11-2026: due Tuesday 01-12, so late on the 3rd.
    let blocking = record(conn, &request(RequestRight::Blocking, "27-11-2026", Some(rosa)), today()).expect("record");
    let got = get(conn, blocking, today()).expect("get");
    assert_eq!((got.due_on, got.urgency), (d(2026, 12, 1), Urgency::Overdue));
}

#[test]
fn the_requester_is_a_person_or_a_name_and_the_received_day_is_not_in_the_future() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let mut draft = request(RequestRight::Opposition, "03-12-2026", None);
    assert!(matches!(
        record(conn, &draft, today()),
        Err(StoreError::Invalid(Invalid { field: "requesterName", message_key: "error-request-requester", .. }))
    ));
    draft.requester_name = "  Juan   Pérez ".into();
    let id = record(conn, &draft, today()).expect("a free name");
    assert_eq!(get(conn, id, today()).expect("get").requester_name, "Juan Pérez");
    draft.received_on = "04-12-2026".into();
    assert!(matches!(
        record(conn, &draft, today()),
        Err(StoreError::Invalid(Invalid { field: "receivedOn", message_key: "error-date-in-future", .. }))
    ));
    draft.received_on = "31-11-2026".into();
    assert!(record(conn, &draft, today()).is_err(), "not a day");
}

#[test]
fn steps_go_forward_dated_in_order_and_not_in_the_future() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa");
    let id = record(conn, &request(RequestRight::Access, "10-11-2026", Some(rosa)), today()).expect("record");
    assert_eq!(key(start(conn, id, &step("09-11-2026", ""), today())), "error-request-before-step");
    assert_eq!(key(start(conn, id, &step("04-12-2026", ""), today())), "error-date-in-future");
    let started = start(conn, id, &step("12-11-2026", ""), today()).expect("start");
    assert_eq!((started.status, started.started_on), (RequestStatus::InProgress, Some(d(2026, 11, 12))));
    assert_eq!(key(start(conn, id, &step("13-11-2026", ""), today())), "error-request-step", "started once");
    let tx = conn.unchecked_transaction().expect("tx");
    assert_eq!(
        key(decide(&tx, id, RequestStatus::Answered, &step("11-11-2026", "Enviado"), today())),
        "error-request-before-step"
    );
    assert_eq!(key(decide(&tx, id, RequestStatus::InProgress, &step("20-11-2026", ""), today())), "error-request-step");
    let answered =
        decide(&tx, id, RequestStatus::Answered, &step("20-11-2026", "Enviados sus datos"), today()).expect("answer");
    assert_eq!((answered.status, answered.urgency), (RequestStatus::Answered, Urgency::Settled));
    assert_eq!(
        key(decide(&tx, id, RequestStatus::Refused, &step("21-11-2026", "No"), today())),
        "error-request-step",
        "a decision is final"
    );
    tx.commit().expect("commit");
}

#[test]
fn a_refusal_gives_reasons() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa");
    let id = record(conn, &request(RequestRight::Opposition, "01-12-2026", Some(rosa)), today()).expect("record");
    let tx = conn.unchecked_transaction().expect("tx");
    assert_eq!(
        key(decide(&tx, id, RequestStatus::Refused, &step("02-12-2026", "  "), today())),
        "error-request-reasons"
    );
    let refused =
        decide(&tx, id, RequestStatus::Refused, &step("02-12-2026", "Rendición de cuentas"), today()).expect("refuse");
    assert_eq!((refused.status, refused.decision.as_str()), (RequestStatus::Refused, "Rendición de cuentas"));
}

#[test]
fn one_extension_with_its_reason_before_the_deadline_never_for_blocking() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa");
    let id = record(conn, &request(RequestRight::Access, "01-10-2026", Some(rosa)), d(2026, 10, 1)).expect("record");
    assert_eq!(key(extend(conn, id, &step("15-10-2026", ""), today())), "error-request-extension-reason");
    assert_eq!(
        key(extend(conn, id, &step("01-11-2026", "Archivo en otra sede"), today())),
        "error-request-extension-late",
        "after the first deadline (31-10)"
    );
    let extended = extend(conn, id, &step("31-10-2026", "Archivo en otra sede"), today()).expect("extend");
    assert_eq!(extended.due_on, d(2026, 11, 30));
    assert_eq!(extended.extension_reason.as_deref(), Some("Archivo en otra sede"));
    assert_eq!(extended.urgency, Urgency::Overdue, "30-11 has passed on 03-12");
    assert_eq!(key(extend(conn, id, &step("31-10-2026", "Otra vez"), today())), "error-request-extended-twice");

    let blocking = record(conn, &request(RequestRight::Blocking, "02-12-2026", Some(rosa)), today()).expect("record");
    assert_eq!(
        key(extend(conn, blocking, &step("02-12-2026", "Más tiempo"), today())),
        "error-request-extension-blocking"
    );
}

#[test]
fn granting_a_suppression_erases_the_person_and_the_register_keeps_who_asked() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa Núñez");
    let forum = new_forum(conn, &forum("Foro", "24-11-2026")).expect("forum");
    attendance::register(conn, forum, rosa, AttendanceRole::Neighbour).expect("register");
    let id = record(conn, &request(RequestRight::Suppression, "25-11-2026", Some(rosa)), today()).expect("record");
    let decided =
        in_tx(conn, |tx| decide(tx, id, RequestStatus::Answered, &step("26-11-2026", "Datos suprimidos"), today()));
    assert!(matches!(people::get(conn, rosa), Err(StoreError::NotFound { .. })), "erased");
    assert_eq!(decided.requester_name, "Rosa Núñez");
    assert_eq!(decided.subject_name, None, "the subject's name is gone with the erasure");
    let attendees = attendance::list(conn, forum).expect("list");
    let names: Vec<(&str, bool)> = attendees.iter().map(|a| (a.full_name.as_str(), a.anonymous)).collect();
    assert_eq!(names, [("", true)], "the forum still counts her, never by name");
}

#[test]
fn a_decision_that_cannot_act_changes_nothing() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let mut draft = request(RequestRight::Suppression, "25-11-2026", None);
    draft.requester_name = "Alguien".into();
    let id = record(conn, &draft, today()).expect("record");
    let tx = conn.unchecked_transaction().expect("tx");
    assert_eq!(
        key(decide(&tx, id, RequestStatus::Answered, &step("26-11-2026", ""), today())),
        "error-request-no-person"
    );
    drop(tx);
    assert_eq!(get(conn, id, today()).expect("get").status, RequestStatus::Received);
}

#[test]
fn sending_the_data_is_recorded_for_access_and_portability_only() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa");
    let access = record(conn, &request(RequestRight::Portability, "01-12-2026", Some(rosa)), today()).expect("r");
    assert_eq!(mark_sent(conn, access, today(), today()).expect("sent").sent_on, Some(today()));
    let opposition = record(conn, &request(RequestRight::Opposition, "01-12-2026", Some(rosa)), today()).expect("r");
    assert_eq!(key(mark_sent(conn, opposition, today(), today())), "error-request-not-export");
}

#[test]
fn the_card_lists_overdue_and_due_this_week_open_requests_only() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let rosa = person(conn, "Rosa");
    let late = record(conn, &request(RequestRight::Access, "01-11-2026", Some(rosa)), today()).expect("due 01-12");
    let soon = record(conn, &request(RequestRight::Access, "07-11-2026", Some(rosa)), today()).expect("due 07-12");
    record(conn, &request(RequestRight::Access, "20-11-2026", Some(rosa)), today()).expect("due 20-12");
    let answered = record(conn, &request(RequestRight::Access, "02-11-2026", Some(rosa)), today()).expect("r");
    in_tx(conn, |tx| decide(tx, answered, RequestStatus::Answered, &step("03-12-2026", "Enviado"), today()));
    let card = due(conn, today()).expect("due");
    assert_eq!(card.overdue.iter().map(|r| r.id).collect::<Vec<_>>(), [late]);
    assert_eq!(card.due_this_week.iter().map(|r| r.id).collect::<Vec<_>>(), [soon]);
    let listed: Vec<Uuid> = list(conn, today()).expect("list").iter().map(|r| r.id).collect();
    assert_eq!((listed[0], listed[1], listed[3]), (late, soon, answered), "open by due date, then decided");
}

#[test]
fn a_merged_persons_requests_follow_the_record_kept() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.conn();
    let (kept, duplicate) = (person(conn, "Rosa Núñez"), person(conn, "Rosa Nuñez"));
    let id = record(conn, &request(RequestRight::Access, "01-12-2026", Some(duplicate)), today()).expect("r");
    in_tx(conn, |tx| people::merge(tx, kept, duplicate));
    let got = get(conn, id, today()).expect("get");
    assert_eq!((got.requester_id, got.subject_id), (Some(kept), Some(kept)));
    assert_eq!(got.subject_name.as_deref(), Some("Rosa Núñez"));
}

#[test]
fn the_controller_is_read_from_the_settings_and_may_be_empty() {
    let store = Store::open_in_memory().expect("store");
    assert_eq!(controller(store.conn()).expect("empty"), Controller::default());
    settings::set(store.conn(), "controller.name", " Municipalidad de Maipú ").expect("set");
    assert_eq!(controller(store.conn()).expect("read").name, "Municipalidad de Maipú");
}
