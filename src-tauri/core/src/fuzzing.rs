//! One input through everything an importer does, for the fuzz targets in
//! `fuzz/` and for the test that replays their corpus (`cargo test` needs
//! no nightly). Each function panics only on a bug: a bad input must come
//! back as an error.

use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;

use crate::store::Store;
use crate::sync::import::import;
use crate::transfer::csv_import::{
    apply_attendance_import, apply_people_import, plan_attendance_import, plan_people_import,
};

thread_local! {
    /// A new database, migrated and seeded once: migrating took three
    /// quarters of each input's time, and a copy of it is the same database.
    static TEMPLATE: Store = Store::open_in_memory().expect("in-memory store");
}

/// A new database as `Store::open_in_memory` leaves it, copied from the
/// template (the pages, with the schema version; the connection's own
/// setting is set again).
fn new_database() -> Connection {
    let mut conn = Connection::open_in_memory().expect("in-memory database");
    TEMPLATE.with(|template| {
        let copied = Backup::new(template.conn(), &mut conn).and_then(|backup| backup.step(-1));
        assert!(matches!(copied, Ok(StepResult::Done)), "copy of the new database: {copied:?}");
    });
    conn.pragma_update(None, "foreign_keys", "ON").expect("foreign keys");
    conn
}

/// Plans and applies the bytes as a people list and as a forum's attendance.
pub fn csv_import(bytes: &[u8]) {
    let mut conn = new_database();
    if let Ok(plan) = plan_people_import(&conn, bytes) {
        let _ = apply_people_import(&mut conn, &plan);
    }
    let draft = crate::domain::records::ForumDraft {
        kind: crate::domain::kinds::ForumKind::CoCreationForum,
        title: "Foro".into(),
        date: "24-11-2026".into(),
        time: "18:30".into(),
        place: String::new(),
        neighbourhood_id: None,
        commitment_ids: Vec::new(),
        invitation: crate::domain::kinds::InvitationMethod::OpenCall,
        agenda: String::new(),
        minutes: String::new(),
    };
    let forum = crate::store::forums::create(&conn, &draft).expect("forum");
    if let Ok(plan) = plan_attendance_import(&conn, bytes, forum) {
        let _ = apply_attendance_import(&mut conn, &plan);
    }
}

/// Imports the bytes as a sync file, and, unless they already are gzip,
/// the bytes gzip-compressed as one: a mutation of compressed bytes seldom
/// gets past the gzip layer (its checksum), so the second import is what
/// reaches the JSON lines and the merge. When an import works, importing
/// the same file again must change nothing.
pub fn sync_import(bytes: &[u8]) {
    import_twice(bytes);
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        import_twice(&gzip(bytes));
    }
}

fn import_twice(file: &[u8]) {
    let mut conn = new_database();
    if import(&mut conn, file).is_ok() {
        let again = import(&mut conn, file).expect("a file that imported once imports again");
        assert_eq!((again.added, again.changed), (0, 0), "importing the same file twice changed something");
        rules_hold(&conn);
        sheets_end(&conn);
    }
}

/// What a sync file brought in obeys the forms' rules: every free text as
/// a form would store it, no stamp beyond the clock's tolerance.
fn rules_hold(conn: &Connection) {
    let latest = (chrono::Utc::now() + chrono::Duration::hours(crate::sync::import::FUTURE_TOLERANCE_HOURS + 1))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    for table in crate::sync::tables::TABLES {
        let columns = crate::sync::tables::columns(conn, table.name).expect("columns");
        for column in columns.iter().filter(|c| !c.integer) {
            let sql = format!("SELECT \"{}\" FROM {} WHERE \"{0}\" IS NOT NULL", column.name, table.name);
            let mut stmt = conn.prepare(&sql).expect("select");
            let values = stmt.query_map([], |r| r.get::<_, String>(0)).expect("query");
            for value in values {
                let value = value.expect("text");
                assert!(
                    crate::domain::fields::is_clean(table.name, &column.name, &value),
                    "{}.{} let in {value:?}",
                    table.name,
                    column.name
                );
                if crate::sync::import::is_stamp(&column.name) {
                    assert!(value <= latest, "{}.{} stamped {value}", table.name, column.name);
                }
            }
        }
    }
}

/// A sign-in sheet for the first forums imported ends, and stays small.
fn sheets_end(conn: &Connection) {
    let mut stmt = conn.prepare("SELECT id FROM forum WHERE deleted_at IS NULL LIMIT 2").expect("forums");
    let ids: Vec<String> = stmt.query_map([], |r| r.get(0)).expect("q").collect::<Result<_, _>>().expect("ids");
    for id in ids.iter().filter_map(|id| id.parse().ok()) {
        let sheet = crate::pack::sign_in_sheet(conn, id, crate::i18n::Language::EsCl, crate::pack::Paper::A4);
        // A failure is an error like any other; a sheet of pages for ever is not.
        if let Ok(pdf) = sheet {
            assert!(pdf.len() < 4_000_000, "the sign-in sheet of {id}: {} bytes", pdf.len());
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    fn corpus(target: &str) -> Vec<PathBuf> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("corpus entry").path())
            .collect();
        files.sort();
        files
    }

    /// Schema, schema version, seeded rows and foreign keys: the copy is
    /// the database a store opens.
    #[test]
    fn a_new_database_is_what_a_new_store_holds() {
        fn describe(conn: &rusqlite::Connection) -> (Vec<String>, i64, i64, bool) {
            let mut stmt = conn
                .prepare("SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY 1")
                .expect("schema");
            let schema =
                stmt.query_map([], |r| r.get(0)).expect("schema").collect::<rusqlite::Result<_>>().expect("schema");
            let version = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("version");
            let seeded = conn.query_row("SELECT count(*) FROM neighbourhood", [], |r| r.get(0)).expect("seeded");
            let keys = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).expect("foreign keys");
            (schema, version, seeded, keys)
        }
        let store = crate::store::Store::open_in_memory().expect("store");
        let copy = super::new_database();
        let expected = describe(store.conn());
        assert!(expected.2 > 0 && expected.3, "{expected:?}");
        assert_eq!(describe(&copy), expected);
    }

    #[test]
    fn the_fuzz_corpora_replay_without_a_panic() {
        for (target, run) in [("csv_import", super::csv_import as fn(&[u8])), ("sync_import", super::sync_import)] {
            let files = corpus(target);
            assert!(files.len() >= 5, "{target}: {} files", files.len());
            for file in files {
                let bytes = std::fs::read(&file).expect("read corpus file");
                run(&bytes);
            }
        }
    }
}
