//! The log file, as a leader would send it: what happened, and never who.

use grupo_motor_tests::cli::run;

#[test]
fn the_log_records_each_command_and_failure_but_no_personal_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    assert!(run(&db, &["demo"]).status.success());
    let sheet = dir.path().join("personas.csv");
    std::fs::write(&sheet, "Nombre;RUT;Teléfono\nRosa Núñez Peumo;12.345.678-5;+56 9 1234 5678\n").expect("csv");
    let imported = run(&db, &["import-people", sheet.to_str().expect("path")]);
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    let failed = run(&db, &["import-people", "/no/such/file.csv"]);
    assert!(!failed.status.success());

    let logs: Vec<_> = std::fs::read_dir(dir.path().join("logs")).expect("logs folder").flatten().collect();
    assert_eq!(logs.len(), 1, "one file a day");
    let log = std::fs::read_to_string(logs[0].path()).expect("read log");
    for line in ["command=\"demo\"", "command=\"import-people\"", "key=\"error-file-access\""] {
        assert!(log.contains(line), "{line} not in the log:\n{log}");
    }
    assert_eq!(log.matches(" start ").count(), 3, "{log}");
    assert_eq!(log.matches(" stop ").count(), 3, "{log}");
    for personal in ["Rosa", "Núñez", "12.345.678", "12345678", "1234 5678", "personas.csv"] {
        assert!(!log.contains(personal), "{personal:?} reached the log:\n{log}");
    }
}
