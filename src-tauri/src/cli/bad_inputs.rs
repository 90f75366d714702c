//! Files people (or accidents) will feed the importers: each gets a clear,
//! translated message and changes nothing.

use std::path::Path;

use uuid::Uuid;

use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::store::Store;
use grupo_motor_core::testing::{counts, dump, export_bytes, forum, gzip, store};
use grupo_motor_core::transfer::csv_import::plan_people_import;
use grupo_motor_core::transfer::MAX_CSV_BYTES;

use super::transfer::{self as cli, CommandError, TransferCommand};
use grupo_motor_core::error::UserError;

/// The message key a failed command shows.
fn key_of(error: &CommandError) -> String {
    error.message_key().to_string()
}

fn assert_translated(key: &str) {
    for language in [Language::EsCl, Language::En] {
        assert!(Catalogue::new(language).has(key), "{key} missing in {}", language.tag());
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// A people file: the key of its file-level error, or of its one bad row.
/// Importing it through the CLI fails and leaves every table as it was.
#[track_caller]
fn check_people_csv(store: &mut Store, dir: &Path, name: &str, bytes: &[u8], expected: &str) {
    let before = counts(store);
    let key = match plan_people_import(store.conn(), bytes) {
        Err(error) => key_of(&CommandError::Transfer(error)),
        Ok(plan) => {
            assert_eq!(plan.bad_rows.len(), 1, "{name}: {plan:?}");
            plan.bad_rows[0].message_key.clone()
        }
    };
    assert_eq!(key, expected, "{name}");
    assert_translated(&key);
    let file = write(dir, "in.csv", bytes);
    let result = cli::run(store, TransferCommand::ImportPeople { file, dry_run: false }, Language::EsCl);
    let error = result.expect_err(name);
    assert_translated(&key_of(&error));
    assert_eq!(counts(store), before, "{name} changed nothing");
}

fn people_csv(row: &str) -> Vec<u8> {
    format!("Nombre;RUT;Barrio;Edad;Género;Teléfono;Correo;Consentimiento;Organización\r\n{row}\r\n").into_bytes()
}

#[test]
fn bad_spreadsheets_are_refused_with_a_reason_and_change_nothing() {
    let mut store = store();
    let dir = tempfile::tempdir().expect("dir");
    let long_name = "Ana ".repeat(2_500);
    let long_org = format!("Ana;;;;;;;;{}", "x".repeat(10_000));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty file", b"".to_vec(), "error-csv-empty"),
        ("only a BOM", b"\xEF\xBB\xBF".to_vec(), "error-csv-empty"),
        ("only blank lines", b"\r\n\r\n  \r\n".to_vec(), "error-csv-empty"),
        ("header only", b"Nombre;RUT\r\n".to_vec(), "error-csv-no-rows"),
        ("header and empty rows", b"Nombre;RUT\r\n;\r\n;\r\n".to_vec(), "error-csv-no-rows"),
        ("wrong columns", b"Comuna;Cantidad\r\nMaip\xFA;3\r\n".to_vec(), "error-csv-missing-column"),
        ("two name columns", b"Nombre;Name\r\nAna;Ana\r\n".to_vec(), "error-csv-duplicate-column"),
        ("a PNG instead of a CSV", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "error-csv-missing-column"),
        ("a sync file instead of a CSV", gzip("{\"format\":\"grupo-motor-sync\"}\n"), "error-csv-missing-column"),
        ("too large", vec![b'a'; MAX_CSV_BYTES + 1], "error-csv-too-large"),
        ("bad RUT", people_csv("Ana;12.345.678-X"), "error-rut-format"),
        ("wrong check digit", people_csv("Ana;12.345.678-9"), "error-rut-check-digit"),
        ("RUT too long", people_csv("Ana;1234567890-1"), "error-rut-format"),
        ("SQL in the RUT", people_csv("Ana;1'; DROP TABLE person;--"), "error-rut-format"),
        ("10,000-character name", people_csv(&long_name), "error-too-long"),
        ("emoji for a name", people_csv("😀🎉"), "error-name-letters"),
        ("right-to-left override in a name", people_csv("Ana \u{202E}odloB"), "error-control-characters"),
        ("NUL in a name", people_csv("Ana\0Boldo"), "error-control-characters"),
        ("a name of digits", people_csv("12345;11.111.111-1"), "error-name-letters"),
        ("no name, other cells", people_csv(";11.111.111-1;Pehuén"), "error-required"),
        ("a commune for a neighbourhood", people_csv("Ana;;Ñuñoa"), "error-csv-unknown-neighbourhood"),
        ("SQL in the neighbourhood", people_csv("Ana;;x' OR '1'='1"), "error-csv-unknown-neighbourhood"),
        ("an unknown age band", people_csv("Ana;;;bebé"), "error-csv-age-band"),
        ("an impossible age", people_csv("Ana;;;200"), "error-csv-age-band"),
        ("a negative age", people_csv("Ana;;;-3"), "error-csv-age-band"),
        ("an unknown gender", people_csv("Ana;;;;helicóptero"), "error-csv-gender"),
        ("a bad phone with consent", people_csv("Ana;;;;;123;;sí"), "error-phone-format"),
        ("a bad e-mail with consent", people_csv("Ana;;;;;;ana@;sí"), "error-email-format"),
        ("a 10,000-character organization", people_csv(&long_org), "error-too-long"),
        ("more cells than headers", people_csv("Ana;;;;;;;;;sobra"), "error-csv-extra-fields"),
        (
            "an unclosed quote",
            b"Nombre;RUT\r\n\"Ana Sin Cierre;1-9\r\nBeto Bien;\r\n".to_vec(),
            "error-csv-unclosed-quote",
        ),
        ("an impossible consent date", people_csv("Ana;;;;;+56 9 1234 5678;;31-02-2026"), "error-date-impossible"),
        (
            "the same RUT twice",
            b"Nombre;RUT\r\nAna;11.111.111-1\r\nAna B.;11111111-1\r\n".to_vec(),
            "error-csv-repeated",
        ),
        ("the same person twice", b"Nombre;Barrio\r\nAna;Riesco\r\nANA;riesco\r\n".to_vec(), "error-csv-repeated"),
    ];
    assert!(cases.len() >= 30);
    for (name, bytes, expected) in &cases {
        check_people_csv(&mut store, dir.path(), name, bytes, expected);
    }
}

#[test]
fn bad_attendance_files_and_export_requests_are_refused() {
    let mut store = store();
    let dir = tempfile::tempdir().expect("dir");
    let forum = forum(&store, "Foro", "24-11-2026");
    let before = counts(&store);
    let file = write(dir.path(), "asistencia.csv", b"Nombre;Rol\r\nAna;alcalde\r\n");
    let run = |store: &mut Store, command| cli::run(store, command, Language::EsCl).expect_err("refused");
    let cases: Vec<(&str, TransferCommand, &str)> = vec![
        (
            "an unknown role",
            TransferCommand::ImportAttendance { file: file.clone(), forum, dry_run: true },
            "error-csv-bad-rows",
        ),
        (
            "an unknown forum",
            TransferCommand::ImportAttendance { file: file.clone(), forum: Uuid::new_v4(), dry_run: false },
            "error-not-found",
        ),
        (
            "a missing file",
            TransferCommand::ImportPeople { file: dir.path().join("no-such.csv"), dry_run: false },
            "error-file-access",
        ),
        (
            "an impossible date",
            TransferCommand::ExportAttendance {
                file: dir.path().join("out.csv"),
                forum: None,
                from: Some("31-02-2026".into()),
                to: Some("31-03-2026".into()),
            },
            "error-date-format",
        ),
        (
            "a period that ends before it starts",
            TransferCommand::ExportAttendance {
                file: dir.path().join("out.csv"),
                forum: None,
                from: Some("01-12-2026".into()),
                to: Some("01-11-2026".into()),
            },
            "error-end-before-start",
        ),
        (
            "a device to import from",
            TransferCommand::ImportPeople { file: "/dev/zero".into(), dry_run: true },
            "error-csv-not-a-file",
        ),
        (
            "a folder to import from",
            TransferCommand::ImportPeople { file: dir.path().to_path_buf(), dry_run: true },
            "error-csv-not-a-file",
        ),
        (
            "a folder that does not exist",
            TransferCommand::ExportPeople { file: dir.path().join("no/such/folder.csv"), with_contacts: false },
            "error-output-no-folder",
        ),
        (
            "a folder instead of a file",
            TransferCommand::ExportFeedback { file: dir.path().to_path_buf() },
            "error-output-folder",
        ),
        (
            "a device",
            TransferCommand::ExportPeople { file: "/dev/null".into(), with_contacts: true },
            "error-output-device",
        ),
        (
            "a sync file into a folder",
            TransferCommand::SyncExport { file: dir.path().to_path_buf(), colleague: Some("Bea".into()) },
            "error-output-folder",
        ),
    ];
    for (name, command, expected) in cases {
        let key = key_of(&run(&mut store, command));
        assert_eq!(key, expected, "{name}");
        assert_translated(&key);
    }
    assert_eq!(counts(&store), before);
}

/// This app's schema: a file from it, or (plus one) from a newer app.
fn current_schema() -> i64 {
    grupo_motor_core::store::latest_version() as i64
}

fn header(version: u32, schema: i64) -> String {
    format!(
        "{{\"format\":\"grupo-motor-sync\",\"version\":{version},\"schema\":{schema},\"exported_at\":\"2026-11-24T18:30:00.000Z\",\"laptop\":\"x\"}}"
    )
}

/// A sync file of `rows` (JSON lines) with a correct header and end line.
fn sync_file(rows: &[String]) -> Vec<u8> {
    let mut text = header(1, current_schema());
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text.push_str(&format!("\n{{\"end\":{{\"rows\":{}}}}}\n", rows.len()));
    gzip(&text)
}

const PERSON: &str = "\"id\":\"6d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"full_name\":\"Ana Boldo\",\"created_at\":\"2026-11-24T18:30:00.000Z\",\"updated_at\":\"2026-11-24T18:30:00.000Z\"";

fn person_row(extra: &str) -> String {
    format!("{{\"table\":\"person\",\"row\":{{{PERSON}{extra}}}}}")
}

#[test]
fn bad_sync_files_are_refused_with_a_reason_and_change_nothing() {
    let mut store = store();
    let dir = tempfile::tempdir().expect("dir");
    let good = {
        let mut other = grupo_motor_core::testing::store();
        let _ = grupo_motor_core::store::people::create(
            other.conn(),
            &grupo_motor_core::domain::records::PersonDraft { full_name: "Rosa Núñez".into(), ..Default::default() },
        );
        export_bytes(&mut other, None)
    };
    let cut = good[..good.len() / 2].to_vec();
    let attendance = "{\"table\":\"attendance\",\"row\":{\"id\":\"7d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"forum_id\":\"8d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"person_id\":\"6d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"role\":\"neighbour\",\"arrived_at\":\"2026-11-24T18:30:00.000Z\",\"created_at\":\"2026-11-24T18:30:00.000Z\",\"updated_at\":\"2026-11-24T18:30:00.000Z\"}}";
    let evidence = "{\"table\":\"evidence\",\"row\":{\"id\":\"7d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"milestone_id\":\"8d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"original_name\":\"acta.pdf\",\"stored_name\":\"../../.bashrc\",\"sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"size_bytes\":1,\"added_on\":\"2026-11-24\",\"created_at\":\"2026-11-24T18:30:00.000Z\",\"updated_at\":\"2026-11-24T18:30:00.000Z\"}}";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("an empty file", Vec::new(), "error-sync-not-sync-file"),
        ("plain text, not gzip", b"hola, esto no es gzip".to_vec(), "error-sync-not-sync-file"),
        ("a CSV, not gzip", b"Nombre;RUT\r\nAna;1-9\r\n".to_vec(), "error-sync-not-sync-file"),
        ("gzip of a CSV", gzip("Nombre;RUT\r\nAna;1-9\r\n"), "error-sync-not-sync-file"),
        ("gzip of nothing", gzip(""), "error-sync-not-sync-file"),
        ("another format", gzip("{\"format\":\"other-app\",\"version\":1,\"schema\":1,\"exported_at\":\"\",\"laptop\":\"\"}\n"), "error-sync-not-sync-file"),
        ("a header without fields", gzip("{\"format\":\"grupo-motor-sync\"}\n"), "error-sync-not-sync-file"),
        ("a newer format", gzip(&format!("{}\n{{\"end\":{{\"rows\":0}}}}\n", header(grupo_motor_core::sync::VERSION + 1, current_schema()))), "error-sync-too-new"),
        ("a newer schema", gzip(&format!("{}\n{{\"end\":{{\"rows\":0}}}}\n", header(1, current_schema() + 1))), "error-sync-too-new"),
        ("cut in half", cut, "error-sync-truncated"),
        ("no end line", gzip(&format!("{}\n{}\n", header(1, current_schema()), person_row(""))), "error-sync-truncated"),
        ("an end line that miscounts", gzip(&format!("{}\n{}\n{{\"end\":{{\"rows\":5}}}}\n", header(1, current_schema()), person_row(""))), "error-sync-truncated"),
        ("a line after the end", gzip(&format!("{}\n{{\"end\":{{\"rows\":0}}}}\n{}\n", header(1, current_schema()), person_row(""))), "error-sync-bad-row"),
        ("a line that is not JSON", sync_file(&["{\"table\":\"person\",".into()]), "error-sync-bad-row"),
        ("the settings table", sync_file(&["{\"table\":\"setting\",\"row\":{\"key\":\"language\",\"value\":\"en\"}}".into()]), "error-sync-bad-row"),
        ("SQLite's own table", sync_file(&["{\"table\":\"sqlite_master\",\"row\":{}}".into()]), "error-sync-bad-row"),
        ("an SQL column name", sync_file(&[person_row(",\"id\\\" = 1; DROP TABLE person; --\":\"x\"")]), "error-sync-bad-row"),
        ("an id that is not a UUID", sync_file(&["{\"table\":\"person\",\"row\":{\"id\":\"1 OR 1=1\",\"full_name\":\"Ana\",\"created_at\":\"2026-11-24T18:30:00.000Z\",\"updated_at\":\"2026-11-24T18:30:00.000Z\"}}".into()]), "error-sync-bad-row"),
        ("an upper-case id", sync_file(&[person_row("").replace("6d2b4c1e-9a7f-4e0b", "6D2B4C1E-9A7F-4E0B")]), "error-sync-bad-row"),
        ("an impossible stamp", sync_file(&[person_row("").replace("\"updated_at\":\"2026-11-24", "\"updated_at\":\"2026-02-31")]), "error-sync-bad-row"),
        ("a stamp in another zone", sync_file(&[person_row("").replace("18:30:00.000Z\"}", "18:30:00-03:00\"}")]), "error-sync-bad-row"),
        ("an impossible consent date", sync_file(&[person_row(",\"consent_at\":\"2026-02-30\"")]), "error-sync-bad-row"),
        ("an unknown age band", sync_file(&[person_row(",\"age_band\":\"toddler\"")]), "error-sync-bad-row"),
        ("a RUT not normalised", sync_file(&[person_row(",\"rut\":\"12.345.678-5\"")]), "error-sync-bad-row"),
        ("a RUT with a wrong digit", sync_file(&[person_row(",\"rut\":\"12345678-9\"")]), "error-sync-bad-row"),
        ("a phone without consent", sync_file(&[person_row(",\"phone\":\"+56 9 1234 5678\"")]), "error-sync-bad-row"),
        ("a membership flag of 7", sync_file(&[person_row(",\"is_driving_group\":7")]), "error-sync-bad-row"),
        ("a float for a flag", sync_file(&[person_row(",\"is_driving_group\":0.5")]), "error-sync-bad-row"),
        ("a text for a flag", sync_file(&[person_row(",\"is_driving_group\":\"yes\"")]), "error-sync-bad-row"),
        ("a null name", sync_file(&[person_row("").replace("\"Ana Boldo\"", "null")]), "error-sync-bad-row"),
        ("a row that is a list", sync_file(&["{\"table\":\"person\",\"row\":[1,2,3]}".into()]), "error-sync-bad-row"),
        ("a row without stamps", sync_file(&["{\"table\":\"person\",\"row\":{\"id\":\"6d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"full_name\":\"Ana\"}}".into()]), "error-sync-bad-row"),
        ("an evidence file name with ../", sync_file(&[evidence.into()]), "error-sync-bad-row"),
        ("a sign-in at a forum nobody has", sync_file(&[person_row(""), attendance.into()]), "error-sync-missing-reference"),
        ("a line of 2 MB", sync_file(&[person_row(&format!(",\"gender\":\"{}\"", "x".repeat(2 << 20)))]), "error-sync-bad-row"),
        // The rules of the forms and the CSV importer hold for sync files too.
        ("a 10,000-character name", sync_file(&[person_row("").replace("Ana Boldo", &"a".repeat(10_000))]), "error-sync-bad-value"),
        ("a right-to-left override in a name", sync_file(&[person_row("").replace("Ana Boldo", "Ana \\u202Eodlob")]), "error-sync-bad-value"),
        ("a control character in a name", sync_file(&[person_row("").replace("Ana Boldo", "Ana\\u0007Boldo")]), "error-sync-bad-value"),
        ("a live person without a name", sync_file(&[person_row("").replace("Ana Boldo", "")]), "error-sync-bad-value"),
        ("an 8,000-character forum title", sync_file(&[format!("{{\"table\":\"forum\",\"row\":{{\"id\":\"8d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"title\":\"{}\",\"created_at\":\"2026-11-24T18:30:00.000Z\",\"updated_at\":\"2026-11-24T18:30:00.000Z\"}}}}", "x".repeat(8_000))]), "error-sync-bad-value"),
        ("feedback with a NUL", sync_file(&["{\"table\":\"feedback\",\"row\":{\"id\":\"8d2b4c1e-9a7f-4e0b-8c3d-5f1a2b7e9c40\",\"text\":\"hola\\u0000\",\"created_at\":\"2026-11-24T18:30:00.000Z\",\"updated_at\":\"2026-11-24T18:30:00.000Z\"}}".into()]), "error-sync-bad-value"),
        ("a stamp in the year 9999", sync_file(&[person_row("").replace("\"updated_at\":\"2026-11-24", "\"updated_at\":\"9999-12-31")]), "error-sync-future-stamp"),
        ("a deletion dated next year", sync_file(&[person_row(",\"deleted_at\":\"2099-01-01T00:00:00.000Z\"")]), "error-sync-future-stamp"),
    ];
    assert!(cases.len() >= 30);
    let before = dump(&store);
    for (name, bytes, expected) in &cases {
        let file = write(dir.path(), "in.gmsync", bytes);
        let error = cli::run(&mut store, TransferCommand::SyncImport { file }, Language::EsCl).expect_err(name);
        assert_eq!(key_of(&error), *expected, "{name}: {error}");
        assert_translated(expected);
        assert!(dump(&store) == before, "{name} changed nothing");
    }
    let file = write(dir.path(), "good.gmsync", &good);
    cli::run(&mut store, TransferCommand::SyncImport { file }, Language::EsCl).expect("the good file still imports");
}

#[test]
fn emoji_right_to_left_and_sql_in_valid_names_are_kept_verbatim() {
    let mut store = store();
    let csv = "Nombre\r\n\"Robert'); DROP TABLE person;--\"\r\nمحمد بن علي\r\nAna 🌳 Boldo\r\n";
    let plan = plan_people_import(store.conn(), csv.as_bytes()).expect("plan");
    assert!(plan.bad_rows.is_empty(), "{:?}", plan.bad_rows);
    grupo_motor_core::transfer::csv_import::apply_people_import(store.conn_mut(), &plan).expect("apply");
    let names: Vec<String> = store
        .conn()
        .prepare("SELECT full_name FROM person ORDER BY full_name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("names");
    assert_eq!(names, ["Ana 🌳 Boldo", "Robert'); DROP TABLE person;--", "محمد بن علي"]);
    let mut other = grupo_motor_core::testing::store();
    grupo_motor_core::testing::import_bytes(&mut other, &export_bytes(&mut store, None)).expect("sync");
    grupo_motor_core::testing::assert_same(&store, &other);
}
