//! Output files as a person meets them through the built `grupo-motor`
//! binary: an export pointed at the database (or its backups) is refused
//! with a clear sentence and the database keeps working, a sync export that
//! failed is not remembered as sent, a symlink is written through and an
//! unrelated file beside the target is left alone.
//!
//! Only paths inside temporary folders are used: an older binary replaced
//! a device node (`/dev/null`) it was pointed at.

use std::path::Path;
use std::process::Command;

use grupo_motor_tests::cli::{demo_database, fails, ok};

// The sentences of assets/i18n/*.ftl (error-output-database,
// error-output-backup, error-output-folder, error-output-pipe, sync-exported),
// or their telling part.
const IS_THE_DATABASE_ES: &str = "ese archivo es la base de datos de Grupo Motor";
const IS_THE_DATABASE_EN: &str = "that file is Grupo Motor's database";
const IN_BACKUPS_ES: &str = "está en la carpeta de copias de seguridad de Grupo Motor";
const IS_A_FOLDER_ES: &str = "es una carpeta. Agregue al final el nombre del archivo";
const IS_A_PIPE_ES: &str = "es una tubería del sistema (FIFO), no un archivo";

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// The data rows of a people export (the header aside).
fn people_exported(db: &Path, folder: &Path) -> usize {
    let csv = folder.join("personas-control.csv");
    ok(db, &["export-people", text(&csv)]);
    let content = std::fs::read_to_string(&csv).expect("read the export");
    content.lines().count() - 1
}

/// "Se exportaron 1764 registros a …" → 1764 ("Se exportó 1 registro a …" → 1).
fn rows_exported(said: &str) -> usize {
    let said = said.trim();
    let rest = said.strip_prefix("Se exportaron ").or_else(|| said.strip_prefix("Se exportó "));
    let count = rest.and_then(|rest| rest.split(' ').next());
    count.and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("said {said:?}"))
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_export_over_the_database_or_a_backup_is_refused_and_the_database_keeps_its_people() {
    let (dir, db) = demo_database();
    let people = people_exported(&db, dir.path());
    assert!(people > 50, "the demo has people: {people}");
    let forum = ok(&db, &["forums"]).lines().next().and_then(|l| l.split('\t').next()).expect("a forum").to_string();
    let wal = format!("{}-wal", text(&db));
    let db_text = text(&db);

    let attempts: Vec<Vec<&str>> = vec![
        vec!["export-people", db_text],
        vec!["export-people", db_text, "--with-contacts"],
        vec!["export-feedback", db_text],
        vec!["export-attendance", db_text, "--forum", &forum],
        vec!["sign-in-sheet", "--forum", &forum, "--out", db_text],
        vec!["pack", "--period", "2026-Q4", "--out", db_text],
        vec!["sync-export", db_text],
        vec!["sync-export", &wal],
        vec!["backup", "--out", db_text],
    ];
    for args in &attempts {
        let said = fails(&db, args);
        assert!(said.contains(IS_THE_DATABASE_ES), "{args:?}: stderr was {said:?}");
        assert!(said.contains(db_text), "{args:?} names the path: {said:?}");
        assert!(!said.contains("file:") && !said.contains("database:"), "{args:?}: no raw text: {said:?}");
        assert_eq!(people_exported(&db, dir.path()), people, "{args:?}: the database still opens with its people");
    }
    let english = fails(&db, &["--lang", "en", "export-people", db_text]);
    assert!(english.contains(IS_THE_DATABASE_EN), "{english:?}");

    // A backup is never overwritten either.
    ok(&db, &["backup"]);
    let backup = dir.path().join("backups").read_dir().expect("backups").next().expect("one").expect("entry").path();
    let backup_bytes = std::fs::read(&backup).expect("read backup");
    let said = fails(&db, &["export-feedback", text(&backup)]);
    assert!(said.contains(IN_BACKUPS_ES), "{said:?}");
    assert_eq!(std::fs::read(&backup).expect("read backup"), backup_bytes, "the backup is untouched");
    assert_eq!(people_exported(&db, dir.path()), people);
}

#[test]
fn a_failed_sync_export_for_a_colleague_is_not_remembered_and_the_retry_sends_everything() {
    let (dir, db) = demo_database();
    let everything = rows_exported(&ok(&db, &["sync-export", text(&dir.path().join("todo.gmsync"))]));
    assert!(everything > 1000, "{everything}");

    let folder = dir.path().join("usb");
    std::fs::create_dir(&folder).expect("a folder");
    let said = fails(&db, &["sync-export", text(&folder), "--for", "Bea"]);
    let retry = rows_exported(&ok(&db, &["sync-export", text(&dir.path().join("ok.gmsync")), "--for", "Bea"]));
    assert_eq!(retry, everything, "Bea still gets every row");
    assert!(said.contains(IS_A_FOLDER_ES), "{said:?}");
    assert_eq!(names_in(&folder), Vec::<String>::new(), "nothing was written into the folder");
    let next = rows_exported(&ok(&db, &["sync-export", text(&dir.path().join("ok-2.gmsync")), "--for", "Bea"]));
    assert_eq!(next, 0, "once a file was in place, Bea has it all");
}

#[test]
fn a_sync_file_is_written_through_a_symlink_and_beside_unrelated_files() {
    let (dir, db) = demo_database();
    let usb = dir.path().join("usb");
    std::fs::create_dir(&usb).expect("usb");
    std::fs::write(usb.join("target.gmsync"), b"old").expect("the old file");
    let link = dir.path().join("link.gmsync");
    std::os::unix::fs::symlink(usb.join("target.gmsync"), &link).expect("symlink");
    let notes = dir.path().join("notes.partial");
    std::fs::write(&notes, "mis notas").expect("notes");

    ok(&db, &["sync-export", text(&link)]);
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link stays a link");
    let written = std::fs::read(usb.join("target.gmsync")).expect("read");
    assert!(written.starts_with(&[0x1f, 0x8b]), "the USB file got the gzip sync file");
    assert_eq!(names_in(&usb), ["target.gmsync"]);

    ok(&db, &["sync-export", text(&dir.path().join("notes.gmsync"))]);
    assert_eq!(std::fs::read_to_string(&notes).expect("notes"), "mis notas", "notes.partial is not deleted");

    // A pipe is refused, and stays a pipe.
    let pipe = dir.path().join("tubo.csv");
    assert!(Command::new("mkfifo").arg(&pipe).status().expect("mkfifo").success());
    let said = fails(&db, &["export-people", text(&pipe)]);
    assert!(said.contains(IS_A_PIPE_ES), "{said:?}");
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&std::fs::symlink_metadata(&pipe).expect("pipe").file_type()));
}
