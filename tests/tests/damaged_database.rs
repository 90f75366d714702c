//! A damaged database and a second copy of the app, as a person meets them
//! through the built `grupo-motor` binary: the damaged file is refused with
//! a clear sentence and left exactly as it was, a backup brings the data
//! back, and only one copy at a time may change a database.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use grupo_motor_tests::app_binary;
use grupo_motor_tests::cli::{demo_database, fails, ok, run};

// The sentences of assets/i18n/*.ftl (error-damaged, error-already-open,
// error-not-a-backup, backup-saved, backup-restored), or their start.
const DAMAGED_ES: &str = "La base de datos está dañada y no se puede abrir. Grupo Motor no la modificó ni la borró";
const DAMAGED_EN: &str = "The database is damaged and cannot be opened. Grupo Motor has not changed or deleted it";
const ALREADY_OPEN_ES: &str = "Grupo Motor ya está abierto con esta base de datos.";
const ALREADY_OPEN_EN: &str = "Grupo Motor is already open with this database.";
const NOT_A_BACKUP_ES: &str = "El archivo elegido no es una copia de seguridad de Grupo Motor, o está dañado.";
const BACKUP_SAVED_ES: &str = "Copia de seguridad guardada: ";
const RESTORED_ES: &str = "Copia restaurada. El estado anterior quedó guardado en ";

fn bytes(file: &Path) -> Vec<u8> {
    std::fs::read(file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()))
}

/// Asserts that a file holds exactly `expected`, with a short message
/// rather than a dump of both.
#[track_caller]
fn assert_bytes(file: &Path, expected: &[u8], what: &str) {
    let found = bytes(file);
    if found != expected {
        let at = found.iter().zip(expected).position(|(a, b)| a != b).unwrap_or(found.len().min(expected.len()));
        panic!(
            "{what}: {} changed ({} bytes, expected {}; first difference at byte {at})",
            file.display(),
            found.len(),
            expected.len()
        );
    }
}

fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

/// The ways a database turns up damaged, from a good one.
fn damaged_versions(good: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let mut zeroed_header = good.to_vec();
    zeroed_header[..100].fill(0);
    vec![
        ("truncated", good[..good.len() / 3].to_vec()),
        ("overwritten with garbage", noise(good.len(), 5)),
        ("a zero-filled header", zeroed_header),
        ("a text file", "Lista de asistentes\nRosa Núñez\nPedro Quintul\n".repeat(50).into_bytes()),
    ]
}

#[test]
fn a_damaged_database_is_refused_with_a_clear_message_and_left_as_it_was() {
    let (_dir, demo) = demo_database();
    let good = bytes(&demo);

    for (what, content) in damaged_versions(&good) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("grupo-motor.sqlite3");
        std::fs::write(&db, &content).expect("write");

        let spanish = fails(&db, &["forums"]);
        assert!(spanish.contains(DAMAGED_ES), "{what}: stderr was {spanish:?}");
        assert_bytes(&db, &content, &format!("{what}: `forums` changed the file"));

        let english = fails(&db, &["--lang", "en", "forums"]);
        assert!(english.contains(DAMAGED_EN), "{what}: stderr was {english:?}");

        // Commands that write, and the backup, refuse it too.
        assert!(fails(&db, &["demo"]).contains(DAMAGED_ES), "{what}: demo");
        assert!(fails(&db, &["backup"]).contains(DAMAGED_ES), "{what}: backup");
        assert_bytes(&db, &content, &format!("{what}: the file changed"));
        assert!(!dir.path().join("backups").exists(), "{what}: a damaged file was backed up");
    }
}

#[test]
fn doctor_says_what_is_wrong_in_plain_words_and_changes_nothing() {
    let (_dir, demo) = demo_database();
    let said = ok(&demo, &["doctor"]);
    assert!(said.contains("Atención: Todavía no hay copias de seguridad"), "a warning, not a failure: {said}");
    ok(&demo, &["backup"]);
    let said = ok(&demo, &["doctor"]);
    assert!(said.contains("está sana") && said.contains("Hay una copia de seguridad"), "{said}");
    assert!(said.trim_end().ends_with("Todo está en orden."), "{said}");

    let good = bytes(&demo);
    for (what, content) in damaged_versions(&good) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("grupo-motor.sqlite3");
        std::fs::write(&db, &content).expect("write");
        let out = run(&db, &["doctor"]);
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{what}: doctor passed a damaged database: {said}");
        assert!(said.starts_with("Problema: La base de datos") && said.contains("dañada"), "{what}: {said}");
        assert_bytes(&db, &content, &format!("{what}: doctor changed the file"));
    }

    let nowhere = _dir.path().join("mal-escrita").join("grupo-motor.sqlite3");
    let out = run(&nowhere, &["--lang", "en", "doctor"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Problem: There is no database at"));
    assert!(!nowhere.parent().is_some_and(Path::exists), "doctor created a folder for a mistyped --db");
}

#[test]
fn a_backup_brings_the_data_back_after_the_database_is_damaged() {
    let (dir, db) = demo_database();
    let forums = ok(&db, &["forums"]);
    assert!(forums.lines().count() > 5, "the demo has forums: {forums}");

    let saved = ok(&db, &["backup"]);
    let backup = PathBuf::from(saved.trim().strip_prefix(BACKUP_SAVED_ES).unwrap_or_else(|| panic!("said {saved:?}")));
    assert!(backup.starts_with(dir.path().join("backups")), "{}", backup.display());
    let listed = ok(&db, &["backups"]);
    let rows: Vec<Vec<&str>> = listed.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 1, "{listed}");
    assert_eq!(rows[0][1], "manual");
    assert_eq!(Path::new(rows[0][3]), backup);

    // The file is damaged (a bad sector, a copy cut short).
    let mut damaged = bytes(&db);
    let half = damaged.len() / 2;
    damaged[4096..half].copy_from_slice(&noise(half - 4096, 9));
    std::fs::write(&db, &damaged).expect("damage");
    assert!(fails(&db, &["forums"]).contains(DAMAGED_ES));
    // The backups can still be listed beside a damaged database.
    assert_eq!(ok(&db, &["backups"]), listed);

    // A file that is not a backup is refused, and changes nothing.
    let notes = dir.path().join("notas.sqlite3");
    std::fs::write(&notes, "no es una copia").expect("notes");
    assert!(fails(&db, &["restore", &notes.to_string_lossy()]).contains(NOT_A_BACKUP_ES));
    assert_bytes(&db, &damaged, "a refused restore");

    let said = ok(&db, &["restore", &backup.to_string_lossy()]);
    let aside = PathBuf::from(said.trim().strip_prefix(RESTORED_ES).unwrap_or_else(|| panic!("said {said:?}")));
    assert_bytes(&aside, &damaged, "the damaged file is kept aside, unchanged");
    assert_ne!(aside, db);
    assert_eq!(ok(&db, &["forums"]), forums, "the demo forums are back");
    assert!(backup.exists());
}

#[test]
fn restoring_a_healthy_database_keeps_its_state_as_a_backup() {
    let (_dir, db) = demo_database();
    let forums = ok(&db, &["forums"]);
    let saved = ok(&db, &["backup", "--lang", "en"]);
    let backup = saved.trim().strip_prefix("Backup saved: ").unwrap_or_else(|| panic!("said {saved:?}")).to_string();

    let said = ok(&db, &["restore", &backup]);
    let kept = PathBuf::from(said.trim().strip_prefix(RESTORED_ES).unwrap_or_else(|| panic!("said {said:?}")));
    let listed = ok(&db, &["backups"]);
    let reasons: Vec<&str> = listed.lines().filter_map(|l| l.split('\t').nth(1)).collect();
    assert!(reasons.contains(&"before-restore") && reasons.contains(&"manual"), "{listed}");
    assert!(listed.contains(&*kept.to_string_lossy()), "{listed}");
    assert_eq!(ok(&db, &["forums"]), forums);
}

/// `register-stream`, the hidden command that holds the database the way
/// the window does, with its stdout read line by line.
struct FirstCopy {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<String>,
}

impl FirstCopy {
    fn start(db: &Path, forum: &str) -> Self {
        let mut child = Command::new(app_binary())
            .arg("--db")
            .arg(db)
            .args(["register-stream", "--forum", forum])
            .env_remove("GRUPO_MOTOR_DB")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start grupo-motor register-stream");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, stdin, lines }
    }

    /// Registers a name and waits until it is committed.
    fn register(&mut self, name: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{name}").expect("write name");
        stdin.flush().expect("flush");
        let line = self.lines.recv_timeout(Duration::from_secs(60)).expect("register-stream answers");
        assert_eq!(line, format!("ok {name}"));
    }

    /// Closes stdin, as the person closing the window; the copy must end well.
    fn finish(mut self) {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                assert!(status.success(), "register-stream ended with {status}");
                return;
            }
            assert!(Instant::now() < deadline, "register-stream did not end");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for FirstCopy {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn a_second_copy_is_refused_while_the_first_one_has_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    // Any forum: nobody is registered, the copy only holds the database.
    let mut first = FirstCopy::start(&db, "00000000-0000-4000-8000-000000000000");
    // It takes the lock before it creates the database file.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !db.exists() {
        assert!(first.child.try_wait().expect("wait").is_none(), "register-stream ended early");
        assert!(Instant::now() < deadline, "register-stream did not open the database");
        std::thread::sleep(Duration::from_millis(20));
    }

    let spanish = fails(&db, &["demo"]);
    assert!(spanish.contains(ALREADY_OPEN_ES), "stderr was {spanish:?}");
    let english = fails(&db, &["--lang", "en", "demo"]);
    assert!(english.contains(ALREADY_OPEN_EN), "stderr was {english:?}");

    first.finish();
    let said = ok(&db, &["demo"]);
    assert!(said.starts_with("demo: "), "{said}");
    assert!(ok(&db, &["forums"]).lines().count() > 5);
}

/// The attendee count `forums` shows for one forum.
fn attendees_at(db: &Path, forum: &str) -> u32 {
    let forums = ok(db, &["forums"]);
    let row = forums.lines().find(|l| l.starts_with(forum)).unwrap_or_else(|| panic!("{forum} in {forums}"));
    row.split('\t').nth(3).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("a count in {row:?}"))
}

#[test]
fn while_the_desk_registers_people_nobody_else_may_change_or_restore_the_database() {
    let (_dir, db) = demo_database();
    let backup = ok(&db, &["backup"]).trim().strip_prefix(BACKUP_SAVED_ES).expect("saved").to_string();
    let forums = ok(&db, &["forums"]);
    let newest: Vec<&str> = forums.lines().next().expect("a forum").split('\t').collect();
    let forum = newest[0].to_string();
    let attendees = attendees_at(&db, &forum);

    let mut desk = FirstCopy::start(&db, &forum);
    desk.register("Rosa Núñez Peumo");

    assert!(fails(&db, &["demo"]).contains(ALREADY_OPEN_ES));
    assert!(fails(&db, &["restore", &backup]).contains(ALREADY_OPEN_ES), "a restore must wait for the window");
    // Reading is fine meanwhile, and sees what the desk committed.
    assert_eq!(attendees_at(&db, &forum), attendees + 1);

    desk.register("Pedro Quintul");
    desk.finish();
    assert_eq!(attendees_at(&db, &forum), attendees + 2);
    // Once the desk closed, the database is free again.
    ok(&db, &["restore", &backup]);
    assert_eq!(ok(&db, &["forums"]), forums);
}
