//! What a careless or unlucky person meets through the built `grupo-motor`
//! binary (issue 11): a closed or full stdout, a mistyped `--db` or
//! argument, a database path that is a folder, a missing output folder,
//! junk in the backups folder, a device to import from and a WAL file
//! copied from another database. Each is told in Spanish (or English on
//! request), with its own cause, and nothing is created or lost.

use std::path::Path;
use std::process::{Command, Stdio};

use grupo_motor_tests::app_binary;
use grupo_motor_tests::cli::{demo_database, fails, ok, run};

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// The binary with `--db DB ARGS…`, not yet started.
fn command(db: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(app_binary());
    command.arg("--db").arg(db).args(args).env_remove("GRUPO_MOTOR_DB").stdin(Stdio::null());
    command
}

fn no_panic(stderr: &str) {
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

#[test]
fn a_closed_stdout_ends_quietly_and_a_full_one_says_the_import_was_saved() {
    let (dir, db) = demo_database();
    // `forums | head -0`: the reader is gone before the first line.
    let mut child = command(&db, &["forums"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    no_panic(&stderr);
    assert_eq!(out.status.code(), Some(0), "a closed pipe is not a failure: {stderr}");
    assert!(stderr.is_empty(), "{stderr}");

    let file = dir.path().join("todo.gmsync");
    ok(&db, &["sync-export", text(&file)]);
    let fresh = dir.path().join("otro").join("grupo-motor.sqlite3");
    std::fs::create_dir(fresh.parent().expect("folder")).expect("folder");
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = command(&fresh, &["sync-import", text(&file)]).stdout(full).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    no_panic(&stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("SÍ quedó guardado"), "the person is told the import was saved: {stderr}");
    assert_eq!(ok(&fresh, &["forums"]), ok(&db, &["forums"]), "and it was");
    let again = ok(&fresh, &["sync-import", text(&file)]);
    assert!(again.contains("0 agregados, 0 actualizados"), "{again}");
}

#[test]
fn read_commands_with_a_mistyped_db_create_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let typo = dir.path().join("grupo-motr").join("grupo-motor.sqlite3");
    let csv = dir.path().join("personas.csv");
    let reads: [&[&str]; 7] = [
        &["forums"],
        &["stats"],
        &["export-people", text(&csv)],
        &["sync-export", text(&csv), "--for", "Bea"],
        &["backup"],
        &["backups"],
        &["pack", "--out", text(&csv)],
    ];
    for args in reads {
        let said = fails(&typo, args);
        assert!(said.contains("No hay una base de datos de Grupo Motor en") && said.contains("grupo-motr"), "{said}");
        assert!(!typo.parent().expect("folder").exists(), "{args:?} created the folder");
    }
    assert!(!csv.exists());
    // Bringing data in may start one, as the window's first start does.
    let new = dir.path().join("nueva").join("grupo-motor.sqlite3");
    std::fs::write(&csv, "Nombre\r\nAna Boldo\r\n").expect("csv");
    ok(&new, &["import-people", text(&csv)]);
    assert!(new.exists());
}

#[test]
fn argument_errors_and_unknown_languages_are_refused_in_spanish() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    let lang = run(&db, &["--lang", "xx", "forums"]);
    let said = String::from_utf8_lossy(&lang.stderr);
    assert_eq!(lang.status.code(), Some(2), "{said}");
    assert!(said.contains("«xx»") && said.contains("es-CL") && said.contains(", en"), "{said}");
    for (args, expected) in [
        (&["foros"][..], "El comando «foros» no existe"),
        (&["forums", "--desde", "1"][..], "La opción «--desde» no existe"),
        (&["pack"][..], "Falta --out"),
        (&["--lang", "en", "foros"][..], "There is no command “foros”"),
    ] {
        let said = fails(&db, args);
        assert!(said.starts_with("grupo-motor: ") && said.contains(expected), "{args:?}: {said}");
        assert!(!said.contains("error:") && !said.contains("Usage:"), "no English from clap: {said}");
    }
    assert!(!db.exists(), "nothing was opened");
    assert!(ok(&db, &["--help"]).contains("grupo-motor"));
}

#[test]
fn messages_name_fields_as_people_read_them_with_the_right_plural() {
    let (dir, db) = demo_database();
    let pdf = dir.path().join("pack.pdf");
    for (args, label) in [
        (&["pack", "--out", text(&pdf), "--meeting-date", "31-02-2026"][..], "Fecha de la reunión: "),
        (&["pack", "--out", text(&pdf), "--from", "31-12-2026", "--to", "01-01-2026"][..], "Último día: "),
        (&["stats", "--from", "31-12-2026", "--to", "01-01-2026"][..], "Hasta: "),
        (&["sync-export", text(&dir.path().join("s.gmsync")), "--for", "  "][..], "Colega: "),
    ] {
        let said = fails(&db, args);
        assert!(said.starts_with(&format!("grupo-motor: {label}")), "{args:?}: {said}");
        for raw in ["meeting_date", "period_end", "colleague", "database:", "(person)"] {
            assert!(!said.contains(raw), "{raw} in {said}");
        }
    }
    assert!(!pdf.exists());

    let bad = dir.path().join("mala.csv");
    std::fs::write(&bad, "Nombre;RUT\r\nAna;12.345.678-9\r\n").expect("csv");
    let said = fails(&db, &["import-people", text(&bad)]);
    assert!(said.lines().all(|l| !l.contains("rows cannot be imported")), "{said}");
    assert!(said.starts_with("grupo-motor: Una fila tiene problemas"), "{said}");

    ok(&db, &["sync-export", text(&dir.path().join("a-bea.gmsync")), "--for", "Bea"]);
    let one = dir.path().join("una.csv");
    std::fs::write(&one, "Nombre\r\nZoe Nueva Quillay\r\n").expect("csv");
    ok(&db, &["import-people", text(&one)]);
    let later = dir.path().join("a-bea-2.gmsync");
    let said = ok(&db, &["sync-export", text(&later), "--for", "Bea"]);
    assert!(said.starts_with("Se exportó 1 registro a "), "{said}");
    let copy = dir.path().join("copia.sqlite3");
    std::fs::copy(&db, &copy).expect("copy");
    let said = ok(&copy, &["sync-import", text(&later)]);
    assert!(said.contains("0 agregados, 0 actualizados, 1 sin cambios, 0 conflictos"), "{said}");
}

#[test]
fn each_cause_of_a_failed_open_or_backup_has_its_own_message() {
    let (dir, db) = demo_database();
    let said = fails(dir.path(), &["forums"]);
    assert!(said.contains("es una carpeta, no una base de datos"), "{said}");
    let missing = dir.path().join("no-existe").join("copia.sqlite3");
    let said = fails(&db, &["backup", "--out", text(&missing)]);
    assert!(said.contains("copia.sqlite3") && !said.contains(".partial"), "names the path chosen: {said}");
    assert!(said.contains("la carpeta no existe"), "{said}");
    assert!(!said.contains("Lo escrito no se perdió"), "not the catch-all message: {said}");
}

#[test]
fn backups_lists_only_real_backups() {
    let (dir, db) = demo_database();
    ok(&db, &["backup"]);
    let folder = dir.path().join("backups");
    let real: Vec<_> = std::fs::read_dir(&folder).expect("backups").map(|e| e.expect("entry").path()).collect();
    assert_eq!(real.len(), 1, "{real:?}");
    std::fs::create_dir(folder.join("grupo-motor-20260101-090000-manual.sqlite3")).expect("a folder");
    std::os::unix::fs::symlink(&real[0], folder.join("grupo-motor-20260102-090000-manual.sqlite3")).expect("link");
    std::fs::write(folder.join("grupo-motor-20260103-090000-manual.sqlite3"), "no soy una copia").expect("junk");
    let listed = ok(&db, &["backups"]);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(listed.contains(text(&real[0])), "{listed}");
}

#[test]
fn importing_from_a_device_is_refused_at_once() {
    let (_dir, db) = demo_database();
    let said = fails(&db, &["import-people", "/dev/zero"]);
    assert!(said.contains("«/dev/zero» no es un archivo común"), "{said}");
}

#[test]
fn a_wal_copied_from_another_database_is_treated_as_damaged() {
    let (dir, mine) = demo_database();
    let (_other_dir, other) = demo_database();
    let before = std::fs::read(&mine).expect("read");
    let writer = rusqlite::Connection::open(&other).expect("open the other");
    writer.pragma_update(None, "wal_autocheckpoint", 0).expect("keep the WAL");
    writer.execute_batch("UPDATE person SET full_name = full_name || ' Otra', updated_at = updated_at;").expect("edit");
    std::fs::copy(format!("{}-wal", text(&other)), format!("{}-wal", text(&mine))).expect("copy the WAL");
    drop(writer);
    let said = fails(&mine, &["forums"]);
    assert!(said.contains("La base de datos está dañada"), "{said}");
    assert_eq!(std::fs::read(&mine).expect("read"), before, "the database file was left as it was");
    let doctor = run(&mine, &["doctor"]);
    assert!(!doctor.status.success(), "{}", String::from_utf8_lossy(&doctor.stdout));
    let _ = dir;
}
