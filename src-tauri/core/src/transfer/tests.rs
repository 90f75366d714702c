//! Spreadsheets as Excel and LibreOffice really write them, in and out.

use uuid::Uuid;

use super::csv_export::{self, AttendanceSelection};
use super::csv_import::*;
use super::TransferError;
use crate::domain::kinds::{AgeBand, AttendanceRole};
use crate::domain::records::PersonDraft;
use crate::i18n::{Catalogue, Language};
use crate::store::{attendance, people, reference, Store};

pub(crate) use crate::testing::{counts, forum, store};

fn barrio(store: &Store, name: &str) -> Option<Uuid> {
    reference::neighbourhood_id_by_name(store.conn(), name).expect("barrio")
}

/// Excel "CSV (delimitado por comas)" on a Chilean Windows: Windows-1252,
/// `;`, CRLF, a quoted cell with a line break, a RUT with dots.
const EXCEL_1252: &[u8] = b"Nombre completo;RUT;Barrio;Organizaci\xF3n;Tramo de edad;G\xE9nero;Tel\xE9fono;Correo;Consentimiento\r\n\
Jos\xE9 \xD1irre;12.345.678-5;Pehu\xE9n;\"Junta de Vecinos \r\nPehu\xE9n\";adulto mayor;Hombre;+56 9 1234 5678;jose@correo.cl;S\xED\r\n\
Mar\xEDa Quillay;;esquina blanca\x96cuatro \xC1lamos;;ni\xF1a;F;22 123 4567;;\r\n\
Ana Boldo;11.111.111-1;\xD1u\xF1oa;;adulto;;;;\r\n";

#[test]
fn an_excel_file_in_windows_1252_is_previewed_without_writing() {
    let store = store();
    let before = counts(&store);
    let plan = plan_people_import(store.conn(), EXCEL_1252).expect("plan");
    assert_eq!(counts(&store), before, "a preview writes nothing");
    let names: Vec<&str> = plan.to_create.iter().map(|r| r.full_name.as_str()).collect();
    // María is a child: a spreadsheet carries no guardian's consent, so her
    // row is an anonymous participant's (Ley 21.719).
    assert_eq!(names, ["José Ñirre", ""]);
    let jose = &plan.to_create[0];
    assert_eq!(jose.rut.as_deref(), Some("12345678-5"));
    assert_eq!(jose.neighbourhood_name.as_deref(), Some("Pehuén"));
    assert_eq!(jose.organization_name, "Junta de Vecinos Pehuén", "the line break inside quotes is one cell");
    // No "Consentimiento género" column: the gender is not kept.
    assert_eq!((jose.age_band, jose.gender), (Some(AgeBand::Senior), None));
    assert_eq!(plan.genders_dropped, 2);
    assert_eq!(jose.contact.as_ref().and_then(|c| c.phone.as_deref()), Some("+56 9 1234 5678"));
    let maria = &plan.to_create[1];
    assert!(maria.anonymous && maria.rut.is_none());
    assert_eq!(maria.neighbourhood_name.as_deref(), Some("Esquina Blanca–Cuatro Álamos"));
    assert_eq!((maria.contact.is_none(), plan.contacts_dropped), (true, 1), "no consent, no phone");
    assert_eq!(plan.bad_rows.len(), 1);
    assert_eq!(plan.bad_rows[0].message_key, "error-csv-unknown-neighbourhood", "Ñuñoa is not in Maipú");
    assert_eq!((plan.bad_rows[0].line, plan.bad_rows[0].field.as_deref()), (5, Some("neighbourhood")));
}

#[test]
fn applying_creates_people_with_consented_contacts_only() {
    let mut store = store();
    let plan = plan_people_import(store.conn(), EXCEL_1252).expect("plan");
    let outcome = apply_people_import(store.conn_mut(), &plan).expect("apply");
    assert_eq!((outcome.created, outcome.contacts_saved, outcome.anonymous), (1, 1, 1), "the child is not kept");
    let found = people::search(store.conn(), "nirre", 5).expect("search");
    let jose = people::get(store.conn(), found[0].id).expect("get");
    assert_eq!(jose.email.as_deref(), Some("jose@correo.cl"));
    assert_eq!(jose.consent_purpose.as_deref(), Some(IMPORT_PURPOSE));
    assert_eq!(jose.consent_on, Some(chrono::Local::now().date_naive()));
    assert_eq!(jose.organization_name.as_deref(), Some("Junta de Vecinos Pehuén"));
    let again = plan_people_import(store.conn(), EXCEL_1252).expect("plan again");
    assert!(again.to_create.iter().all(|row| row.anonymous), "imported people are matched the second time");
    assert_eq!(again.matches.len(), 1);
}

#[test]
fn utf8_with_bom_and_commas_from_google_sheets_or_libreoffice() {
    let store = store();
    let text = "\u{feff}name,rut,neighbourhood,age\n\"Núñez Peumo, Rosa\",12345678-5,RIESCO,34\n";
    let plan = plan_people_import(store.conn(), text.as_bytes()).expect("plan");
    assert_eq!(plan.to_create[0].full_name, "Núñez Peumo, Rosa");
    assert_eq!(plan.to_create[0].neighbourhood_id, barrio(&store, "Riesco"));
    assert_eq!(plan.to_create[0].age_band, Some(AgeBand::Adult));
}

#[test]
fn existing_people_match_by_rut_or_by_name_and_neighbourhood() {
    let store = store();
    let pehuen = barrio(&store, "Pehuén");
    let conn = store.conn();
    let by_rut = people::create(
        conn,
        &PersonDraft { full_name: "Rosa N.".into(), rut: "12.345.678-5".into(), ..Default::default() },
    )
    .expect("rosa");
    let by_name = people::create(
        conn,
        &PersonDraft { full_name: "José Ñirre".into(), neighbourhood_id: pehuen, ..Default::default() },
    )
    .expect("jose");
    let csv = "Nombre;RUT;Barrio\r\nRosa Núñez;12345678-5;\r\nJOSE NIRRE;;pehuen\r\nJosé Ñirre;;Riesco\r\n";
    let plan = plan_people_import(conn, csv.as_bytes()).expect("plan");
    let matched: Vec<(Uuid, MatchedBy)> = plan.matches.iter().map(|m| (m.existing.id, m.existing.matched_by)).collect();
    assert_eq!(matched, [(by_rut, MatchedBy::Rut), (by_name, MatchedBy::NameAndNeighbourhood)]);
    assert_eq!(plan.to_create.len(), 1, "the same name in another neighbourhood is someone else");
}

#[test]
fn attendance_creates_the_missing_registers_everyone_and_skips_who_signed_in() {
    let mut store = store();
    let forum = forum(&store, "Foro de co-creación", "24-11-2026");
    let rosa = people::create(store.conn(), &PersonDraft { full_name: "Rosa Núñez".into(), ..Default::default() })
        .expect("rosa");
    let ana = people::create(store.conn(), &PersonDraft { full_name: "Ana Boldo".into(), ..Default::default() })
        .expect("ana");
    attendance::register(store.conn(), forum, ana, AttendanceRole::Neighbour).expect("ana signs in");
    let csv = "Nombre;Rol\r\nrosa nunez;Dirigenta\r\nAna Boldo;\r\nBenjamín Litre;observador\r\n";
    let plan = plan_attendance_import(store.conn(), csv.as_bytes(), forum).expect("plan");
    assert_eq!((plan.to_create.len(), plan.matches.len(), plan.already_registered.len()), (1, 1, 1));
    let outcome = apply_attendance_import(store.conn_mut(), &plan).expect("apply");
    assert_eq!((outcome.created, outcome.registered, outcome.already_registered), (1, 2, 1));
    let list = attendance::list(store.conn(), forum).expect("list");
    assert_eq!(list.len(), 3);
    let rosa_role = list.iter().find(|a| a.person_id == rosa).map(|a| a.role);
    assert_eq!(rosa_role, Some(AttendanceRole::Leader));
    assert!(matches!(
        plan_attendance_import(store.conn(), csv.as_bytes(), Uuid::new_v4()),
        Err(TransferError::Store(crate::store::StoreError::NotFound { .. }))
    ));
}

#[test]
fn apply_is_all_or_nothing() {
    let mut store = store();
    let plan =
        plan_people_import(store.conn(), "Nombre;RUT\nAna;11.111.111-1\nRosa;12.345.678-5\n".as_bytes()).expect("plan");
    // Meanwhile, at the desk, someone else is given Rosa's RUT.
    people::create(
        store.conn(),
        &PersonDraft { full_name: "Otra".into(), rut: "12345678-5".into(), ..Default::default() },
    )
    .expect("other");
    let before = counts(&store);
    assert!(apply_people_import(store.conn_mut(), &plan).is_err());
    assert_eq!(counts(&store), before, "Ana was rolled back with Rosa");
}

#[test]
fn a_title_row_above_the_header_is_skipped() {
    let store = store();
    let csv = "Asistencia foro 24-11-2026;;\r\n;;\r\nNombre;Barrio;Sexo\r\nAna;Pehuén;Mujer\r\n;;\r\n";
    let plan = plan_people_import(store.conn(), csv.as_bytes()).expect("plan");
    assert_eq!((plan.to_create.len(), plan.bad_rows.len()), (1, 0));
    assert_eq!(plan.to_create[0].line, 4);
}

#[test]
fn old_mac_files_ending_lines_in_cr_only_give_each_row_its_line() {
    let store = store();
    let csv = "Nombre;RUT\rAna Boldo;\rBeto;12.345.678-X\r\rCarla;\r";
    let plan = plan_people_import(store.conn(), csv.as_bytes()).expect("plan");
    let lines: Vec<u64> = plan.to_create.iter().map(|row| row.line).collect();
    assert_eq!(lines, [2, 5]);
    assert_eq!(plan.bad_rows.iter().map(|b| b.line).collect::<Vec<_>>(), [3]);
}

#[test]
fn an_unclosed_quote_is_told_with_its_line_instead_of_merging_rows() {
    let store = store();
    let csv = "Nombre;RUT\r\nCarla;\r\n\"Ana Sin Cierre;1-9\r\nBeto Bien;\r\n";
    match plan_people_import(store.conn(), csv.as_bytes()) {
        Err(TransferError::UnclosedQuote { line }) => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
    let quoted = "Nombre;Organización\r\n\"Ana \"\"la Flaca\"\" Boldo\";\"Junta\r\nPehuén\"\r\n";
    let plan = plan_people_import(store.conn(), quoted.as_bytes()).expect("closed quotes are fine");
    assert_eq!(plan.to_create[0].full_name, "Ana \"la Flaca\" Boldo");
}

fn text_of(bytes: &[u8]) -> &str {
    let text = std::str::from_utf8(bytes).expect("utf-8");
    text.strip_prefix('\u{feff}').expect("a BOM, so Excel reads UTF-8")
}

#[test]
fn people_export_opens_in_excel_and_imports_back() {
    let mut store = store();
    let plan = plan_people_import(store.conn(), EXCEL_1252).expect("plan");
    apply_people_import(store.conn_mut(), &plan).expect("apply");
    let bytes = csv_export::people(store.conn(), Language::EsCl, false).expect("export");
    let text = text_of(&bytes);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "Nombre completo;RUT;Barrio;Organización;Tramo de edad;Género;Grupo Motor;Foros;Última vez");
    assert!(
        lines[1].starts_with("José Ñirre;12.345.678-5;Pehuén;Junta de Vecinos Pehuén;Persona mayor (60 o más);;No;0;")
    );
    assert!(!text.contains("jose@correo.cl"), "contacts only when asked");
    assert!(!text.contains('\n') || text.matches('\n').count() == text.matches("\r\n").count(), "CRLF only");
    let with = csv_export::people(store.conn(), Language::EsCl, true).expect("export");
    let with = text_of(&with);
    assert!(with.contains("jose@correo.cl") && with.contains(&chrono::Local::now().format("%d-%m-%Y").to_string()));
    let back = plan_people_import(store.conn(), with.as_bytes()).expect("re-import");
    assert_eq!((back.to_create.len(), back.matches.len(), back.bad_rows.len()), (0, 1, 0));
    let english = csv_export::people(store.conn(), Language::En, true).expect("export");
    let back = plan_people_import(store.conn(), &english).expect("re-import english");
    assert_eq!((back.matches.len(), back.bad_rows.len()), (1, 0), "{:?}", back.bad_rows);
}

#[test]
fn formula_cells_are_defused() {
    for (cell, shown) in
        [("=1+1", "'=1+1"), ("+56 9", "'+56 9"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("Ana", "Ana")]
    {
        assert_eq!(csv_export::defuse(cell), shown);
    }
    let store = store();
    let name = "=HYPERLINK(\"http://x\";\"clic\")";
    people::create(store.conn(), &PersonDraft { full_name: name.into(), ..Default::default() }).expect("person");
    let bytes = csv_export::people(store.conn(), Language::EsCl, false).expect("export");
    assert!(text_of(&bytes).contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\""), "{}", text_of(&bytes));
}

#[test]
fn attendance_and_feedback_exports() {
    let mut store = store();
    let first = forum(&store, "Foro de noviembre", "24-11-2026");
    let later = forum(&store, "Foro de diciembre", "05-12-2026");
    let csv = "Nombre;RUT;Rol\r\nRosa Núñez;12.345.678-5;dirigente\r\n";
    let plan = plan_attendance_import(store.conn(), csv.as_bytes(), first).expect("plan");
    apply_attendance_import(store.conn_mut(), &plan).expect("apply");
    let rosa = plan.to_create[0].clone();
    let plan = plan_attendance_import(store.conn(), csv.as_bytes(), later).expect("plan");
    assert_eq!(plan.matches[0].row.full_name, rosa.full_name);
    apply_attendance_import(store.conn_mut(), &plan).expect("apply");
    let one = csv_export::attendance(store.conn(), Language::EsCl, AttendanceSelection::Forum(first)).expect("one");
    let one = text_of(&one);
    assert_eq!(one.lines().count(), 2);
    assert!(
        one.contains("24-11-2026;Foro de noviembre;Sesión intermedia;Rosa Núñez;12.345.678-5;;;;;Dirigente;"),
        "{one}"
    );
    let day = |d, m| chrono::NaiveDate::from_ymd_opt(2026, m, d).expect("date");
    let period = AttendanceSelection::Period { from: day(1, 11), to: day(31, 12) };
    let both = csv_export::attendance(store.conn(), Language::EsCl, period).expect("period");
    assert_eq!(text_of(&both).lines().count(), 3);

    let draft = crate::domain::records::FeedbackDraft {
        forum_id: Some(first),
        person_id: None,
        text: "Luminarias apagadas; \"urgente\"\nen la plaza".into(),
        neighbourhood_id: barrio(&store, "Pehuén"),
        commitment_id: None,
        milestone_id: None,
        kind: crate::domain::kinds::FeedbackKind::Concern,
        priority: crate::domain::kinds::Priority::High,
        received_on: "24-11-2026".into(),
    };
    crate::store::feedback::record(store.conn(), &draft).expect("feedback");
    let said = csv_export::feedback(store.conn(), Language::EsCl).expect("feedback");
    let said = text_of(&said);
    assert!(said.starts_with("Recibida;Foro;Barrio;Compromiso;Hito;Tipo;Prioridad;Estado;"), "{said}");
    assert!(said.contains("24-11-2026;Foro de noviembre;Pehuén;;;Preocupación;Alta;Abierta;;\"Luminarias apagadas; \"\"urgente\"\"\nen la plaza\";;"), "{said}");
}

/// Every `csv-…`/`sync-…` key the transfer and sync code uses exists in
/// both languages (the `error-…` keys are checked by `i18n`).
#[test]
fn every_csv_and_sync_key_exists_in_both_languages() {
    let mut used = csv_export::keys_used();
    for source in [
        include_str!("../../../src/cli/transfer.rs"),
        include_str!("csv_import.rs"),
        include_str!("../sync/mod.rs"),
        include_str!("../sync/merge.rs"),
    ] {
        used.extend(
            source
                .split('"')
                .filter(|s| (s.starts_with("csv-") || s.starts_with("sync-")) && !s.ends_with('-'))
                .filter(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                .map(str::to_string),
        );
    }
    for field in [
        "full_name",
        "rut",
        "neighbourhood",
        "organization_name",
        "age_band",
        "gender",
        "role",
        "phone",
        "email",
        "purpose",
        "row",
    ] {
        used.push(format!("csv-field-{field}"));
    }
    assert!(used.len() > 60, "{used:?}");
    for language in [Language::EsCl, Language::En] {
        let catalogue = Catalogue::new(language);
        let missing: Vec<&String> = used.iter().filter(|k| !catalogue.has(k)).collect();
        assert!(missing.is_empty(), "missing in {}: {missing:?}", language.tag());
    }
}
