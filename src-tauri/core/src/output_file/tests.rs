//! The output rules on real files in a temporary folder, beside a real
//! database with its backups and evidence.

use std::path::{Path, PathBuf};

use tempfile::TempDir;

use super::*;
use crate::store::Store;

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn read(file: &Path) -> Vec<u8> {
    fs::read(file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()))
}

/// A database in `dir` with one person, open as the app keeps it (its
/// `-wal` and `-shm` exist, and the lock file), plus a backup.
fn live_database(dir: &TempDir) -> (Store, PathBuf) {
    let db = dir.path().join("grupo-motor.sqlite3");
    let store = Store::open_exclusive(&db).expect("open");
    crate::store::people::create(
        store.conn(),
        &crate::domain::records::PersonDraft { full_name: "Ana Boldo".into(), ..Default::default() },
    )
    .expect("person");
    (store, db)
}

fn people(store: &Store) -> i64 {
    store.conn().query_row("SELECT count(*) FROM person", [], |r| r.get(0)).expect("count")
}

fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

#[test]
fn the_database_and_its_side_files_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, db) = live_database(&dir);
    let protected = Protected::of(store.conn());
    let before = names_in(dir.path());
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).expect("sub");
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&db, &link).expect("symlink");
    let hard = dir.path().join("hard.csv");
    fs::hard_link(side(&db, "-wal"), &hard).expect("hard link");
    let targets = [
        db.clone(),
        side(&db, "-wal"),
        side(&db, "-shm"),
        side(&db, "-journal"),
        side(&db, ".lock"),
        sub.join("..").join("grupo-motor.sqlite3"),
        link,
        hard,
    ];
    for target in &targets {
        let error = write(&protected, target, b"Nombre;RUT\r\n").expect_err("refused");
        assert!(matches!(error, OutputError::Database { .. }), "{}: {error:?}", target.display());
        assert_eq!(error.path(), target.as_path(), "names the path as the person chose it");
        assert_eq!(error.message_key(), "error-output-database");
    }
    assert_eq!(people(&store), 1, "the database still reads");
    let mut expected = before;
    expected.extend(["hard.csv".to_string(), "link.csv".into(), "sub".into()]);
    expected.sort();
    assert_eq!(names_in(dir.path()), expected, "no temporary file was left");
    // Another database in the same folder is not this one's.
    write(&protected, &dir.path().join("otra.sqlite3"), b"x").expect("another name is fine");
}

#[test]
fn backups_and_evidence_files_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, db) = live_database(&dir);
    let protected = Protected::of(store.conn());
    let made = crate::store::backup::take(store.conn(), &db, crate::store::backup::MANUAL).expect("backup");
    let backup_bytes = read(&made.path);
    let folder = crate::store::evidence::folder_for(&db);
    fs::create_dir_all(&folder).expect("evidence folder");
    let evidence_file = folder.join("0f0e.pdf");
    fs::write(&evidence_file, b"%PDF-1.4 acta").expect("evidence");

    for target in [made.path.clone(), made.path.with_file_name("nueva.csv")] {
        let error = write(&protected, &target, b"x").expect_err("refused");
        assert!(matches!(error, OutputError::Backup { .. }), "{}: {error:?}", target.display());
    }
    assert_eq!(read(&made.path), backup_bytes, "the backup is untouched");
    for target in [evidence_file.clone(), folder.join("nuevo.pdf")] {
        let error = write(&protected, &target, b"x").expect_err("refused");
        assert!(matches!(error, OutputError::Evidence { .. }), "{}: {error:?}", target.display());
    }
    assert_eq!(read(&evidence_file), b"%PDF-1.4 acta");
    assert_eq!(names_in(&folder), ["0f0e.pdf"]);
}

#[test]
fn folders_devices_pipes_sockets_and_missing_folders_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let protected = Protected::default();
    let error = write(&protected, dir.path(), b"x").expect_err("a folder");
    assert!(matches!(error, OutputError::Folder { .. }), "{error:?}");
    assert_eq!(error.message_key(), "error-output-folder");

    let error = write(&protected, Path::new("/dev/null"), b"x").expect_err("a device");
    assert!(matches!(error, OutputError::Device { .. }), "{error:?}");
    let link = dir.path().join("nulo.gmsync");
    std::os::unix::fs::symlink("/dev/null", &link).expect("symlink");
    let error = write(&protected, &link, b"x").expect_err("a link to a device");
    assert!(matches!(error, OutputError::Device { .. }), "{error:?}");
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink());

    let fifo = dir.path().join("tubo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let error = write(&protected, &fifo, b"x").expect_err("a pipe");
    assert!(matches!(error, OutputError::Pipe { .. }), "{error:?}");

    let socket = dir.path().join("enchufe");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("socket");
    let error = write(&protected, &socket, b"x").expect_err("a socket");
    assert!(matches!(error, OutputError::Socket { .. }), "{error:?}");

    for missing in [dir.path().join("no-existe").join("x.csv"), dir.path().join("tubo").join("x.csv")] {
        let error = write(&protected, &missing, b"x").expect_err("no such folder");
        assert!(matches!(error, OutputError::NoFolder { .. }), "{}: {error:?}", missing.display());
    }
    assert_eq!(names_in(dir.path()), ["enchufe", "nulo.gmsync", "tubo"], "nothing was created");
}

#[test]
fn a_symlink_is_written_through_and_stays_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let usb = dir.path().join("usb");
    fs::create_dir(&usb).expect("usb");
    fs::write(usb.join("target.gmsync"), b"old").expect("old file");
    let link = dir.path().join("link.gmsync");
    std::os::unix::fs::symlink("usb/target.gmsync", &link).expect("relative symlink");

    write(&Protected::default(), &link, b"new").expect("write");
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "still a link");
    assert_eq!(fs::read_link(&link).expect("read link"), Path::new("usb/target.gmsync"));
    assert_eq!(read(&usb.join("target.gmsync")), b"new", "the file it points to got the content");
    assert_eq!(names_in(&usb), ["target.gmsync"]);
    assert_eq!(names_in(dir.path()), ["link.gmsync", "usb"]);

    // A link to a file not there yet creates that file.
    let dangling = dir.path().join("next.csv");
    std::os::unix::fs::symlink(usb.join("next.csv"), &dangling).expect("symlink");
    write(&Protected::default(), &dangling, b"a;b").expect("write");
    assert_eq!(read(&usb.join("next.csv")), b"a;b");
    assert!(fs::symlink_metadata(&dangling).expect("link").file_type().is_symlink());
}

#[test]
fn an_unrelated_file_beside_the_target_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["notes.partial", "notes.tmp", ".grupo-motor-notes.tmp"] {
        fs::write(dir.path().join(name), b"mis notas").expect("unrelated");
    }
    write(&Protected::default(), &dir.path().join("notes.gmsync"), b"sync").expect("write");
    write(&Protected::default(), &dir.path().join("notes.gmsync"), b"sync 2").expect("write again");
    for name in ["notes.partial", "notes.tmp", ".grupo-motor-notes.tmp"] {
        assert_eq!(read(&dir.path().join(name)), b"mis notas", "{name}");
    }
    assert_eq!(read(&dir.path().join("notes.gmsync")), b"sync 2");
    assert_eq!(names_in(dir.path()), [".grupo-motor-notes.tmp", "notes.gmsync", "notes.partial", "notes.tmp"]);
}

#[test]
fn a_write_that_fails_midway_leaves_the_old_file_whole_and_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("personas.csv");
    fs::write(&target, b"Nombre;RUT\r\nAna Boldo;\r\n").expect("old file");
    let failed: Result<(), OutputError> = write_with(&Protected::default(), &target, |out| {
        out.write_all(&[b'x'; 100_000]).expect("half of it");
        Err(OutputError::Write { path: target.clone(), source: io::Error::from(io::ErrorKind::StorageFull) })
    });
    let error = failed.expect_err("the writer's error comes back");
    assert_eq!(error.message_key(), "error-output-full");
    assert_eq!(read(&target), b"Nombre;RUT\r\nAna Boldo;\r\n", "the old content is intact");
    assert_eq!(names_in(dir.path()), ["personas.csv"], "no temporary file is left");

    // The same for a writer that needs a path.
    let failed: Result<(), OutputError> = write_at(&Protected::default(), &target, |temp| {
        fs::write(temp, b"half").expect("write temp");
        Err(OutputError::Write { path: target.clone(), source: io::Error::other("cut") })
    });
    assert!(failed.is_err());
    assert_eq!(read(&target), b"Nombre;RUT\r\nAna Boldo;\r\n");
    assert_eq!(names_in(dir.path()), ["personas.csv"]);
}

#[test]
fn replacing_a_file_keeps_its_permissions_and_a_read_only_file_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("pack.pdf");
    fs::write(&target, b"old").expect("old");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).expect("chmod");
    write(&Protected::default(), &target, b"new").expect("write");
    assert_eq!(read(&target), b"new");
    assert_eq!(fs::metadata(&target).expect("metadata").permissions().mode() & 0o777, 0o640);

    fs::set_permissions(&target, fs::Permissions::from_mode(0o444)).expect("chmod");
    let error = write(&Protected::default(), &target, b"newer").expect_err("read-only");
    assert_eq!(error.message_key(), "error-output-permission");
    assert_eq!(read(&target), b"new");
}

#[test]
fn a_database_opened_through_a_symlink_protects_both_places() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (real, named) = (dir.path().join("real"), dir.path().join("named"));
    fs::create_dir_all(&real).expect("real");
    fs::create_dir_all(named.join("backups")).expect("backups beside the link");
    std::os::unix::fs::symlink(real.join("grupo-motor.sqlite3"), named.join("grupo-motor.sqlite3")).expect("link");
    let store = Store::open(&named.join("grupo-motor.sqlite3")).expect("open through the link");
    // SQLite names the real file; the store keeps backups beside the link.
    let protected = store.protected();
    for (target, backups) in [
        (real.join("grupo-motor.sqlite3-wal"), false),
        (named.join("grupo-motor.sqlite3"), false),
        (named.join("backups").join("x.csv"), true),
        (real.join("backups").join("x.csv"), true),
    ] {
        if backups {
            fs::create_dir_all(target.parent().expect("folder")).expect("folder");
        }
        let error = write(&protected, &target, b"x").expect_err("refused");
        let expected = if backups { "error-output-backup" } else { "error-output-database" };
        assert_eq!(error.message_key(), expected, "{}", target.display());
    }
}
