//! Backups, restoring, and what happens to a damaged database: on real
//! files in a temporary folder, the way the app meets them.

use std::path::{Path, PathBuf};

use chrono::{Duration as Span, Local, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use tempfile::TempDir;

use super::*;
use crate::domain::records::PersonDraft;
use crate::store::health::{self, open_read_only};
use crate::store::migrations::latest_version;
use crate::store::{people, restore, Store, StoreError};

// ---------------------------------------------------------------- helpers

fn database(dir: &TempDir) -> PathBuf {
    dir.path().join("grupo-motor.sqlite3")
}

fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, month, day).and_then(|d| d.and_hms_opt(hour, minute, second)).expect("valid time")
}

fn add_person(conn: &Connection, name: &str) {
    people::create(conn, &PersonDraft { full_name: name.into(), ..PersonDraft::default() }).expect("create person");
}

/// A database at the latest schema holding these people; closed, so its
/// WAL is checkpointed into the main file.
fn database_with(dir: &TempDir, names: &[&str]) -> PathBuf {
    let db = database(dir);
    let store = Store::open(&db).expect("open store");
    for name in names {
        add_person(store.conn(), name);
    }
    db
}

/// The people in a database file, read without writing to it.
fn names_in(file: &Path) -> Vec<String> {
    let conn = open_read_only(file).expect("open read-only");
    let mut query = conn.prepare("SELECT full_name FROM person ORDER BY full_name").expect("prepare");
    let names = query.query_map([], |row| row.get(0)).expect("query").collect::<rusqlite::Result<Vec<String>>>();
    names.expect("names")
}

fn user_version(file: &Path) -> i64 {
    open_read_only(file).expect("open").pragma_query_value(None, "user_version", |row| row.get(0)).expect("version")
}

fn integrity(file: &Path) -> String {
    open_read_only(file).expect("open").query_row("PRAGMA integrity_check", [], |row| row.get(0)).expect("check")
}

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

fn side(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Deterministic noise, so a failure can be reproduced.
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

/// The ways a database file turns up damaged, made from a good one.
fn damaged_versions(good: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    assert!(good.len() > 4 * 4096, "the good database spans several pages");
    let mut pages_overwritten = good.to_vec();
    pages_overwritten[4096..4 * 4096].copy_from_slice(&noise(3 * 4096, 7));
    let mut zeroed_header = good.to_vec();
    zeroed_header[..100].fill(0);
    let mut zeroed_first_page = good.to_vec();
    zeroed_first_page[..4096].fill(0);
    vec![
        ("truncated to half", good[..good.len() / 2].to_vec()),
        ("truncated to its first page", good[..4096].to_vec()),
        ("truncated inside the header", good[..60].to_vec()),
        ("truncated to a few bytes", good[..10].to_vec()),
        ("overwritten with garbage", noise(good.len(), 1)),
        ("pages overwritten with garbage", pages_overwritten),
        ("a zero-filled header", zeroed_header),
        ("a zero-filled first page", zeroed_first_page),
        ("all zeros", vec![0; good.len()]),
        ("a text file", "Acta de la reunión del Grupo Motor\nAsistentes: 24\n".repeat(40).into_bytes()),
    ]
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ------------------------------------------------------ taking a backup

#[test]
fn a_backup_is_a_whole_openable_copy_with_the_same_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo", "Beto Quillay"]);
    let store = Store::open(&db).expect("open");

    let info = take_at(store.conn(), &db, MANUAL, at(2026, 11, 24, 18, 30, 5)).expect("backup");

    assert_eq!(info.path.parent(), Some(backups_dir(&db).as_path()));
    assert_eq!(info.reason, MANUAL);
    assert_eq!(info.size, std::fs::metadata(&info.path).expect("backup exists").len());
    assert_eq!(integrity(&info.path), "ok");
    assert_eq!(user_version(&info.path), latest_version() as i64);
    assert_eq!(names_in(&info.path), ["Ana Boldo", "Beto Quillay"]);
    // One self-contained file in rollback-journal mode: no -wal to lose.
    assert_eq!(bytes(&info.path)[18..20], [1, 1], "the backup is not in WAL mode");
    assert_eq!(files_in(&backups_dir(&db)), [info.path.file_name().expect("name").to_string_lossy().into_owned()]);

    // A copy of it opens as the app opens a database, and works.
    let copy = dir.path().join("copy.sqlite3");
    std::fs::copy(&info.path, &copy).expect("copy");
    let reopened = Store::open(&copy).expect("a backup opens as a database");
    add_person(reopened.conn(), "Carla Maqui");
    assert_eq!(names_in(&copy), ["Ana Boldo", "Beto Quillay", "Carla Maqui"]);
}

#[test]
fn a_backup_taken_during_a_write_transaction_holds_only_what_was_committed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");

    // Another connection (the window, say) is midway through a write.
    let mut writer = Connection::open(&db).expect("writer");
    let tx = writer.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).expect("begin");
    add_person(&tx, "Dora Litre");

    let during = take_at(store.conn(), &db, MANUAL, at(2026, 3, 1, 10, 0, 0)).expect("backup during the write");
    assert_eq!(integrity(&during.path), "ok");
    assert_eq!(names_in(&during.path), ["Ana Boldo"], "an uncommitted row is not in the backup");

    tx.commit().expect("commit");
    let after = take_at(store.conn(), &db, MANUAL, at(2026, 3, 1, 10, 0, 1)).expect("backup after the commit");
    assert_eq!(names_in(&after.path), ["Ana Boldo", "Dora Litre"]);
    assert_eq!(names_in(&during.path), ["Ana Boldo"], "the earlier backup did not change");
}

#[test]
fn a_backup_holds_what_is_still_only_in_the_wal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &[]);
    let store = Store::open(&db).expect("open");
    store.conn().pragma_update(None, "wal_autocheckpoint", 0).expect("no checkpoints");
    let names: Vec<String> = (1..=150).map(|n| format!("Vecina Número {n}")).collect();
    for name in &names {
        add_person(store.conn(), name);
    }
    let wal = side(&db, "-wal");
    assert!(std::fs::metadata(&wal).expect("wal").len() > 0, "the rows wait in the WAL");
    // The main file alone does not have them yet.
    let main_alone = dir.path().join("main-alone.sqlite3");
    std::fs::copy(&db, &main_alone).expect("copy main file");
    assert!(names_in(&main_alone).len() < names.len());

    // The daily backup reads through its own read-only connection.
    let daily = daily_backup_at(&db, at(2026, 5, 2, 9, 0, 0)).expect("daily").expect("made");

    let mut expected = names.clone();
    expected.sort();
    assert_eq!(names_in(&daily.path), expected);
    assert_eq!(integrity(&daily.path), "ok");
}

#[test]
fn a_failed_backup_never_leaves_a_half_written_file_in_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    let dest = dir.path().join("copia.sqlite3");
    backup_to(store.conn(), &store.protected(), &dest).expect("first copy");
    let first_copy = bytes(&dest);

    // A source that cannot be read whole fails midway.
    let broken = dir.path().join("broken.sqlite3");
    std::fs::write(&broken, noise(64 * 1024, 3)).expect("write garbage");
    let broken_conn = open_read_only(&broken).expect("opening is lazy");
    assert!(backup_to(&broken_conn, &Protected::of(&broken_conn), &dest).is_err(), "copying garbage fails");
    assert_bytes(&dest, &first_copy, "the earlier copy at dest is untouched");
    assert!(take_at(&broken_conn, &db, MANUAL, at(2026, 1, 1, 8, 0, 0)).is_err());
    assert!(list_backups(&db).expect("list").is_empty(), "a failed backup is never listed as one");

    // A file of the person's beside dest, even one named like the old
    // temporary file (`copia.partial`), is neither used nor deleted.
    let theirs = noise(10_000, 5);
    std::fs::write(dest.with_extension("partial"), &theirs).expect("their file");
    add_person(store.conn(), "Beto Quillay");
    backup_to(store.conn(), &store.protected(), &dest).expect("second copy");
    assert_eq!(integrity(&dest), "ok");
    assert_eq!(names_in(&dest), ["Ana Boldo", "Beto Quillay"]);
    assert_bytes(&dest.with_extension("partial"), &theirs, "their file is left alone");
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.contains("-journal"))
        .collect();
    left.sort();
    assert_eq!(left, Vec::<String>::new(), "no temporary file is left");
}

#[test]
fn a_backup_is_never_written_over_the_database_another_backup_or_evidence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    let made = take(store.conn(), &db, MANUAL).expect("a backup");
    let made_bytes = bytes(&made.path);
    let evidence = crate::store::evidence::folder_for(&db).join("acta.pdf");
    std::fs::create_dir_all(evidence.parent().expect("folder")).expect("evidence folder");
    std::fs::write(&evidence, b"%PDF-1.4").expect("evidence");
    for dest in [db.clone(), made.path.clone(), evidence.clone()] {
        let error = backup_to(store.conn(), &store.protected(), &dest).expect_err("refused");
        assert!(matches!(error, StoreError::Output(_)), "{}: {error:?}", dest.display());
    }
    assert_eq!(names_in(&db), ["Ana Boldo"]);
    assert_bytes(&made.path, &made_bytes, "the earlier backup is untouched");
    assert_bytes(&evidence, b"%PDF-1.4", "the evidence is untouched");
}

// --------------------------------------------------------- daily backups

#[test]
fn the_daily_backup_is_made_at_most_once_a_day() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);

    let morning = daily_backup_at(&db, at(2026, 6, 1, 9, 0, 0)).expect("daily").expect("the day's first start");
    assert_eq!(morning.reason, DAILY);
    assert_eq!(morning.taken_at, at(2026, 6, 1, 9, 0, 0));
    assert_eq!(names_in(&morning.path), ["Ana Boldo"]);
    assert!(daily_backup_at(&db, at(2026, 6, 1, 9, 0, 1)).expect("daily").is_none());
    assert!(daily_backup_at(&db, at(2026, 6, 1, 23, 59, 59)).expect("daily").is_none());
    let next_day = daily_backup_at(&db, at(2026, 6, 2, 0, 0, 1)).expect("daily").expect("a new day");

    let listed: Vec<PathBuf> = list_backups(&db).expect("list").into_iter().map(|b| b.path).collect();
    assert_eq!(listed, [next_day.path, morning.path]);
}

#[test]
fn the_daily_backup_removes_backups_abandoned_half_made_and_nothing_else() {
    let dir = TempDir::new().expect("dir");
    let db = database_with(&dir, &["Rosa Quillay"]);
    let folder = backups_dir(&db);
    std::fs::create_dir_all(&folder).expect("folder");
    let write = |name: &str, hours_old: u64| {
        let path = folder.join(name);
        let file = std::fs::File::create(&path).expect("create");
        let then = std::time::SystemTime::now() - std::time::Duration::from_secs(hours_old * 3600);
        file.set_modified(then).expect("set its time");
        path
    };
    let abandoned = write(".grupo-motor-dnEqph.tmp", 20);
    let its_journal = write(".grupo-motor-dnEqph.tmp-journal", 20);
    let being_made = write(".grupo-motor-Xy12ab.tmp", 0);
    let someone_elses = write("apuntes.tmp", 20);
    let not_a_file = folder.join(".grupo-motor-folder.tmp");
    std::fs::create_dir(&not_a_file).expect("a folder");

    daily_backup_at(&db, at(2026, 6, 1, 9, 0, 0)).expect("daily").expect("made");
    assert!(!abandoned.exists() && !its_journal.exists(), "{:?}", files_in(&folder));
    for kept in [&being_made, &someone_elses, &not_a_file] {
        assert!(kept.exists(), "{} removed", kept.display());
    }
}

#[test]
fn only_the_newest_daily_backups_are_kept_and_other_backups_never_go() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    let kept_for_good: Vec<PathBuf> = [MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE]
        .iter()
        .enumerate()
        .map(|(n, reason)| {
            take_at(store.conn(), &db, reason, at(2025, 1, 1 + n as u32, 12, 0, 0)).expect("backup").path
        })
        .collect();
    drop(store);

    let first_day = at(2026, 1, 1, 9, 30, 0);
    for n in 0..30 {
        let day = first_day + Span::days(n);
        daily_backup_at(&db, day).expect("daily").expect("one per day");
        let dailies = list_backups(&db).expect("list").into_iter().filter(|b| b.reason == DAILY).count();
        assert_eq!(dailies, (n as usize + 1).min(DAILY_KEPT), "after day {n}");
    }

    let backups = list_backups(&db).expect("list");
    let daily_days: Vec<NaiveDate> = backups.iter().filter(|b| b.reason == DAILY).map(|b| b.taken_at.date()).collect();
    let expected: Vec<NaiveDate> = (0..DAILY_KEPT as i64).map(|n| (first_day + Span::days(29 - n)).date()).collect();
    assert_eq!(daily_days, expected, "the newest 14 days, newest first");
    for path in &kept_for_good {
        assert!(path.exists(), "{} was pruned", path.display());
    }
    assert_eq!(backups.len(), DAILY_KEPT + kept_for_good.len());
}

// ----------------------------------------------------------------- names

#[test]
fn backup_names_read_back_as_their_time_and_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let when = at(2026, 11, 24, 18, 30, 5);
    for reason in [DAILY, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE] {
        let path = free_name(dir.path(), "grupo-motor-", when, reason);
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        assert_eq!(name, format!("grupo-motor-20261124-183005-{reason}.sqlite3"));
        assert_eq!(parse_name(name, "grupo-motor-"), Some((when, reason.to_string(), 1)));
    }
    assert_eq!(prefix(Path::new("/datos/grupo-motor.sqlite3")), "grupo-motor-");
    for not_ours in [
        "otra-20261124-183005-manual.sqlite3",
        "grupo-motor-20261124-183005-manual.sqlite3-journal",
        "grupo-motor-20261124-183005-manual.partial",
        "grupo-motor-20261324-183005-manual.sqlite3",
        "grupo-motor-ayer-manual.sqlite3",
        "grupo-motor-2-20261124-183005-manual.sqlite3",
        "grupo-motor-.sqlite3",
    ] {
        assert_eq!(parse_name(not_ours, "grupo-motor-"), None, "{not_ours}");
    }
}

#[test]
fn two_backups_in_the_same_second_get_distinct_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    let when = at(2026, 7, 7, 7, 7, 7);

    let first = take_at(store.conn(), &db, MANUAL, when).expect("first");
    add_person(store.conn(), "Beto Quillay");
    let second = take_at(store.conn(), &db, MANUAL, when).expect("second");

    assert_ne!(first.path, second.path);
    assert_eq!(names_in(&first.path), ["Ana Boldo"], "the first was not overwritten");
    assert_eq!(names_in(&second.path), ["Ana Boldo", "Beto Quillay"]);
    let listed = list_backups(&db).expect("list");
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().all(|b| b.taken_at == when));
}

/// `free_name` adds `-2` before the extension: it is read back as the order
/// within the second, not as part of the reason.
#[test]
fn a_second_backup_in_the_same_second_keeps_its_reason_and_lists_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    let when = at(2026, 7, 7, 7, 7, 7);
    let first = take_at(store.conn(), &db, MANUAL, when).expect("first");
    let second = take_at(store.conn(), &db, MANUAL, when).expect("second");

    let listed = list_backups(&db).expect("list");
    assert_eq!(listed.iter().map(|b| b.reason.as_str()).collect::<Vec<_>>(), [MANUAL, MANUAL]);
    assert_eq!(listed.iter().map(|b| &b.path).collect::<Vec<_>>(), [&second.path, &first.path], "newest first");
}

// ------------------------------------------------------------------ list

#[test]
fn the_list_is_newest_first_and_holds_only_this_databases_backups() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    assert!(list_backups(&db).expect("no backups folder yet").is_empty());
    let store = Store::open(&db).expect("open");
    let middle = take_at(store.conn(), &db, DAILY, at(2026, 2, 10, 9, 0, 0)).expect("backup");
    let newest = take_at(store.conn(), &db, MANUAL, at(2026, 2, 11, 8, 0, 0)).expect("backup");
    let oldest = take_at(store.conn(), &db, BEFORE_MIGRATION, at(2025, 12, 31, 23, 59, 59)).expect("backup");

    // Other databases in the same folder, with backups of their own.
    let others: Vec<PathBuf> =
        ["otra.sqlite3", "grupo-motor-2.sqlite3", "grupo.sqlite3"].iter().map(|name| dir.path().join(name)).collect();
    for other in &others {
        let other_store = Store::open(other).expect("other database");
        take_at(other_store.conn(), other, MANUAL, at(2026, 3, 1, 9, 0, 0)).expect("other backup");
    }
    // And files that are no backup at all.
    let folder = backups_dir(&db);
    for unrelated in ["notas.txt", "grupo-motor-ayer.sqlite3", "grupo-motor-20260212-090000-manual.partial"] {
        std::fs::write(folder.join(unrelated), "no soy una copia").expect("unrelated file");
    }
    // Named like backups, but a folder, a symlink and junk: none is one.
    std::fs::create_dir(folder.join("grupo-motor-20260213-090000-manual.sqlite3")).expect("folder");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&newest.path, folder.join("grupo-motor-20260214-090000-manual.sqlite3")).expect("link");
    std::fs::write(folder.join("grupo-motor-20260215-090000-manual.sqlite3"), "no soy una copia").expect("junk");

    let listed = list_backups(&db).expect("list");
    let paths: Vec<&PathBuf> = listed.iter().map(|b| &b.path).collect();
    assert_eq!(paths, [&newest.path, &middle.path, &oldest.path]);
    assert_eq!(listed[0], newest);
    assert_eq!(listed.iter().map(|b| b.reason.as_str()).collect::<Vec<_>>(), [MANUAL, DAILY, BEFORE_MIGRATION]);
    assert!(listed.iter().all(|b| b.size == std::fs::metadata(&b.path).expect("size").len()));
    for other in &others {
        assert_eq!(list_backups(other).expect("list").len(), 1, "{}", other.display());
    }
}

// -------------------------------------------------------------- restoring

#[test]
fn restore_brings_back_the_backup_and_keeps_the_current_state_as_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    let chosen = take_at(store.conn(), &db, MANUAL, at(2026, 4, 1, 10, 0, 0)).expect("backup");
    let daily = take_at(store.conn(), &db, DAILY, at(2026, 4, 2, 9, 0, 0)).expect("backup");
    add_person(store.conn(), "Beto Quillay");
    drop(store);
    let chosen_bytes = bytes(&chosen.path);

    let kept = restore::restore(&db, &chosen.path).expect("restore").expect("the current state is kept");

    assert_eq!(names_in(&db), ["Ana Boldo"], "back to the backup");
    assert_eq!(names_in(&kept), ["Ana Boldo", "Beto Quillay"], "what was there before is kept");
    assert_eq!(kept.parent(), Some(backups_dir(&db).as_path()));
    let listed = list_backups(&db).expect("list");
    let before_restore: Vec<&BackupInfo> = listed.iter().filter(|b| b.reason == BEFORE_RESTORE).collect();
    assert_eq!(before_restore.len(), 1);
    assert_eq!(before_restore[0].path, kept);
    // Nothing else went away, and the chosen backup is as it was.
    assert_eq!(listed.len(), 3);
    assert!(daily.path.exists());
    assert_bytes(&chosen.path, &chosen_bytes, "the chosen backup");

    let reopened = Store::open(&db).expect("the restored database opens");
    add_person(reopened.conn(), "Carla Maqui");
    assert_eq!(names_in(&db), ["Ana Boldo", "Carla Maqui"]);
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn restore_keeps_writes_that_were_still_in_the_wal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    store.conn().pragma_update(None, "wal_autocheckpoint", 0).expect("no checkpoints");
    let backup = take_at(store.conn(), &db, MANUAL, at(2026, 4, 1, 10, 0, 0)).expect("backup");
    add_person(store.conn(), "Beto Quillay");

    // The app stops with the last write only in the WAL (a pulled plug).
    let crashed_dir = tempfile::tempdir().expect("temp dir");
    let crashed = database(&crashed_dir);
    std::fs::copy(&db, &crashed).expect("copy main file");
    std::fs::copy(side(&db, "-wal"), side(&crashed, "-wal")).expect("copy wal");
    drop(store);

    let kept = restore::restore(&crashed, &backup.path).expect("restore").expect("kept");
    assert_eq!(names_in(&kept), ["Ana Boldo", "Beto Quillay"]);
    assert_eq!(names_in(&crashed), ["Ana Boldo"]);
}

#[test]
fn restoring_over_a_damaged_database_sets_the_damaged_file_aside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let backup = take_at(Store::open(&db).expect("open").conn(), &db, MANUAL, at(2026, 4, 1, 10, 0, 0)).expect("b");
    let damaged = noise(bytes(&db).len(), 11);
    std::fs::write(&db, &damaged).expect("damage");

    let aside = restore::restore(&db, &backup.path).expect("restore").expect("the damaged file is kept");

    assert_bytes(&aside, &damaged, "the damaged file is kept byte for byte");
    assert_eq!(aside.parent(), Some(dir.path()));
    let aside_name = aside.file_name().and_then(|n| n.to_str()).expect("name");
    assert!(aside_name.starts_with("grupo-motor.damaged-") && aside_name.ends_with(".sqlite3"), "{aside_name}");
    assert_eq!(names_in(&db), ["Ana Boldo"]);
    // A damaged file is not a backup: only the chosen one is listed.
    assert_eq!(list_backups(&db).expect("list"), [backup]);
    Store::open(&db).expect("the restored database opens");
}

#[test]
fn restoring_where_there_is_no_database_keeps_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let backup = take_at(Store::open(&db).expect("open").conn(), &db, MANUAL, at(2026, 4, 1, 10, 0, 0)).expect("b");
    let elsewhere = dir.path().join("nueva").join("grupo-motor.sqlite3");
    std::fs::create_dir_all(elsewhere.parent().expect("folder")).expect("folder");

    assert_eq!(restore::restore(&elsewhere, &backup.path).expect("restore"), None);
    assert_eq!(names_in(&elsewhere), ["Ana Boldo"]);
}

#[test]
fn a_file_that_is_not_a_good_backup_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let good = take_at(Store::open(&db).expect("open").conn(), &db, MANUAL, at(2026, 4, 1, 10, 0, 0)).expect("b");
    let good_bytes = bytes(&good.path);
    let candidates = dir.path().join("candidates");
    std::fs::create_dir_all(&candidates).expect("folder");

    let mut not_backups: Vec<(String, PathBuf)> = damaged_versions(&good_bytes)
        .into_iter()
        .enumerate()
        .map(|(n, (what, content))| {
            let file = candidates.join(format!("{n}.sqlite3"));
            std::fs::write(&file, content).expect("write");
            (what.to_string(), file)
        })
        .collect();
    let empty = candidates.join("empty.sqlite3");
    std::fs::write(&empty, b"").expect("write");
    not_backups.push(("an empty file".into(), empty));
    not_backups.push(("a missing file".into(), candidates.join("missing.sqlite3")));
    let other_app = candidates.join("other-app.sqlite3");
    let conn = Connection::open(&other_app).expect("other app");
    conn.execute_batch("CREATE TABLE receta (nombre TEXT); INSERT INTO receta VALUES ('pastel de choclo');")
        .expect("other app's schema");
    conn.pragma_update(None, "user_version", 1).expect("version");
    drop(conn);
    not_backups.push(("another app's SQLite file".into(), other_app));
    let no_version = candidates.join("no-version.sqlite3");
    std::fs::write(&no_version, &good_bytes).expect("copy");
    Connection::open(&no_version).expect("open").pragma_update(None, "user_version", 0).expect("version 0");
    not_backups.push(("our tables without a schema version".into(), no_version));

    let live = bytes(&db);
    for (what, file) in &not_backups {
        let before = std::fs::read(file).ok();
        let result = restore::restore(&db, file);
        assert!(matches!(result, Err(StoreError::NotABackup)), "{what}: {result:?}");
        assert_bytes(&db, &live, &format!("{what}: the database changed"));
        assert_eq!(std::fs::read(file).ok(), before, "{what}: the file changed");
    }
    assert_eq!(list_backups(&db).expect("list"), [good], "no before-restore backup was made");
    assert_eq!(files_in(dir.path()), ["backups", "candidates", "grupo-motor.sqlite3"]);
}

#[test]
fn a_backup_from_a_newer_app_is_refused_as_too_new() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let newer = dir.path().join("newer.sqlite3");
    std::fs::copy(&db, &newer).expect("copy");
    Connection::open(&newer).expect("open").pragma_update(None, "user_version", 99).expect("version");
    let live = bytes(&db);

    assert!(matches!(restore::restore(&db, &newer), Err(StoreError::TooNew)));
    assert_bytes(&db, &live, "a refused newer backup");
    assert!(list_backups(&db).expect("list").is_empty());
}

#[test]
fn the_newest_good_backup_skips_damaged_and_foreign_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    let store = Store::open(&db).expect("open");
    assert_eq!(restore::newest_good_backup(&db).expect("none yet"), None);
    let oldest = take_at(store.conn(), &db, DAILY, at(2026, 8, 1, 9, 0, 0)).expect("backup");
    let middle = take_at(store.conn(), &db, DAILY, at(2026, 8, 2, 9, 0, 0)).expect("backup");
    let truncated = take_at(store.conn(), &db, DAILY, at(2026, 8, 3, 9, 0, 0)).expect("backup");
    let foreign = take_at(store.conn(), &db, MANUAL, at(2026, 8, 4, 9, 0, 0)).expect("backup");
    drop(store);
    let content = bytes(&truncated.path);
    std::fs::write(&truncated.path, &content[..content.len() / 2]).expect("truncate");
    std::fs::remove_file(&foreign.path).expect("replace");
    Connection::open(&foreign.path).expect("other").execute_batch("CREATE TABLE x (y);").expect("foreign");

    assert_eq!(restore::newest_good_backup(&db).expect("look").map(|b| b.path), Some(middle.path.clone()));
    std::fs::write(&middle.path, b"garbage").expect("damage");
    assert_eq!(restore::newest_good_backup(&db).expect("look").map(|b| b.path), Some(oldest.path.clone()));
    std::fs::write(&oldest.path, vec![0; 8192]).expect("damage");
    assert_eq!(restore::newest_good_backup(&db).expect("look"), None);
}

// ------------------------------------------------------ setting aside

#[test]
fn setting_aside_moves_the_file_with_its_wal_shm_and_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(&dir);
    let parts = [("", noise(9000, 1)), ("-wal", noise(500, 2)), ("-shm", noise(300, 3)), ("-journal", noise(100, 4))];
    for (suffix, content) in &parts {
        std::fs::write(side(&db, suffix), content).expect("write");
    }
    std::fs::write(side(&db, ".lock"), b"").expect("lock file");

    let aside = restore::set_aside_damaged(&db).expect("set aside");

    for (suffix, content) in &parts {
        assert!(!side(&db, suffix).exists(), "grupo-motor.sqlite3{suffix} is still in the way");
        assert_bytes(&side(&aside, suffix), content, &format!("{suffix} moved along, unchanged"));
    }
    assert!(side(&db, ".lock").exists(), "the lock file stays: the caller holds it");
}

#[test]
fn setting_aside_never_overwrites_an_earlier_damaged_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(&dir);
    // Files set aside earlier this second and the next ones, one of them
    // with only its -wal left.
    let now = Local::now();
    let mut earlier = Vec::new();
    for second in 0..3 {
        let stamp = (now + Span::seconds(second)).format("%Y%m%d-%H%M%S");
        let main = dir.path().join(format!("grupo-motor.damaged-{stamp}.sqlite3"));
        let wal_only = dir.path().join(format!("grupo-motor.damaged-{stamp}-2.sqlite3-wal"));
        earlier.push((main, noise(100, second as u64)));
        earlier.push((wal_only, noise(100, 10 + second as u64)));
    }
    for (file, content) in &earlier {
        std::fs::write(file, content).expect("earlier file");
    }

    let mut set_aside = Vec::new();
    for round in 0..3u64 {
        std::fs::write(&db, noise(5000, 100 + round)).expect("damaged");
        std::fs::write(side(&db, "-wal"), noise(700, 200 + round)).expect("damaged wal");
        let aside = restore::set_aside_damaged(&db).expect("set aside");
        set_aside.push((aside, round));
    }

    for (file, content) in &earlier {
        assert_bytes(file, content, "an earlier damaged file");
    }
    for (aside, round) in &set_aside {
        assert_bytes(aside, &noise(5000, 100 + round), "the damaged file set aside");
        assert_bytes(&side(aside, "-wal"), &noise(700, 200 + round), "its -wal set aside");
    }
}

// ------------------------------------------------------- health checks

#[test]
fn a_healthy_missing_or_empty_database_passes_the_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    health::check(&db).expect("healthy");
    health::check(&dir.path().join("missing.sqlite3")).expect("missing: a new database starts there");
    let empty = dir.path().join("empty.sqlite3");
    std::fs::write(&empty, b"").expect("empty");
    health::check(&empty).expect("empty: a new database starts there");
}

#[test]
fn a_damaged_database_is_detected_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = bytes(&database_with(&dir, &["Ana Boldo", "Beto Quillay"]));

    for (n, (what, content)) in damaged_versions(&good).into_iter().enumerate() {
        let folder = dir.path().join(format!("case-{n}"));
        std::fs::create_dir_all(&folder).expect("folder");
        let db = folder.join("grupo-motor.sqlite3");
        std::fs::write(&db, &content).expect("write");

        let checked = health::check(&db);
        assert!(matches!(checked, Err(StoreError::Damaged)), "{what}: check gave {checked:?}");
        assert_bytes(&db, &content, &format!("{what}: the check changed the file"));
        let opened = Store::open(&db).map(|_| ());
        assert!(matches!(opened, Err(StoreError::Damaged)), "{what}: open gave {opened:?}");
        assert_bytes(&db, &content, &format!("{what}: opening changed the file"));
        let exclusive = Store::open_exclusive(&db).map(|_| ());
        assert!(matches!(exclusive, Err(StoreError::Damaged)), "{what}: open_exclusive gave {exclusive:?}");
        assert_bytes(&db, &content, &format!("{what}: opening changed the file"));
        let left: Vec<String> =
            files_in(&folder).into_iter().filter(|f| !f.ends_with("-wal") && !f.ends_with("-shm")).collect();
        assert_eq!(left, ["grupo-motor.sqlite3", "grupo-motor.sqlite3.lock"], "{what}: nothing else appeared");
        // Reading a WAL-mode header opens a -wal (and its -shm index) beside
        // the file; nothing may be written into it.
        if let Ok(wal) = std::fs::metadata(side(&db, "-wal")) {
            assert_eq!(wal.len(), 0, "{what}: the check wrote to the -wal");
        }
        assert!(backups_dir(&db).read_dir().is_err(), "{what}: no backup of a damaged file");
    }
}

#[test]
fn a_database_from_a_newer_app_is_too_new_not_damaged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &["Ana Boldo"]);
    Connection::open(&db).expect("open").pragma_update(None, "user_version", 99).expect("version");
    let before = bytes(&db);
    assert!(matches!(health::check(&db), Err(StoreError::TooNew)));
    assert!(matches!(Store::open(&db).map(|_| ()), Err(StoreError::TooNew)));
    assert_bytes(&db, &before, "a newer database");
}

// ------------------------------------------------------------ migrations

/// A database as the first release left it: schema version 1.
fn database_at_version_1(db: &Path, names: &[&str]) {
    let conn = Connection::open(db).expect("open");
    conn.execute_batch(include_str!("../../../migrations/001_initial.sql")).expect("schema 1");
    conn.pragma_update(None, "user_version", 1).expect("version 1");
    for name in names {
        add_person(&conn, name);
    }
}

#[test]
fn migrating_an_older_schema_first_takes_a_before_migration_backup() {
    assert!(latest_version() > 1, "there is a migration after the first");
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(&dir);
    database_at_version_1(&db, &["Ana Boldo"]);
    let old_state = bytes(&db);

    let store = Store::open(&db).expect("open migrates");

    let backups = list_backups(&db).expect("list");
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0].reason, BEFORE_MIGRATION);
    assert_eq!(user_version(&backups[0].path), 1, "the backup is of the old schema");
    assert_eq!(names_in(&backups[0].path), ["Ana Boldo"]);
    assert_eq!(integrity(&backups[0].path), "ok");
    assert_ne!(bytes(&db), old_state);
    assert_eq!(user_version(&db), latest_version() as i64);
    add_person(store.conn(), "Beto Quillay");
    drop(store);

    Store::open(&db).expect("open again");
    assert_eq!(list_backups(&db).expect("list").len(), 1, "a database at the latest schema needs no backup");

    // Restoring that old backup brings the old schema back; opening it
    // migrates again, after backing it up again.
    restore::restore(&db, &backups[0].path).expect("restore").expect("kept");
    Store::open(&db).expect("open migrates the restored database");
    let reasons: Vec<String> = list_backups(&db).expect("list").into_iter().map(|b| b.reason).collect();
    // Newest first, even when all three were made within one second.
    assert_eq!(reasons, [BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_MIGRATION], "{reasons:?}");
    assert_eq!(names_in(&db), ["Ana Boldo"]);
}

#[test]
fn a_new_database_is_not_backed_up_before_its_first_migration() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database_with(&dir, &[]);
    assert!(db.exists());
    assert!(list_backups(&db).expect("list").is_empty());
    assert!(!backups_dir(&db).exists());
}
