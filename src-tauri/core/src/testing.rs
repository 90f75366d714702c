//! Helpers shared by the core's tests and the shell's (`--features testing`):
//! a new database, a forum, and whole-database dumps to compare. Never part
//! of the app itself.

use std::io::Write;

use uuid::Uuid;

use crate::domain::kinds::{ForumKind, InvitationMethod};
use crate::domain::records::ForumDraft;
use crate::store::{forums, Store};
use crate::sync::tables::{self, TABLES};
use crate::sync::{export, import, SyncReport};

/// Runs `work` in a transaction on a connection the test only borrows, as the
/// functions whose atomicity is in their type (`&Transaction`) require.
pub fn in_tx<T>(
    conn: &rusqlite::Connection,
    work: impl FnOnce(&rusqlite::Transaction<'_>) -> crate::store::Result<T>,
) -> T {
    let tx = conn.unchecked_transaction().expect("transaction");
    let out = work(&tx).expect("work in a transaction");
    tx.commit().expect("commit");
    out
}

/// A guardian's consent as the desk's form sends it.
pub fn guardian() -> crate::domain::lawful::GuardianConsentDraft {
    crate::domain::lawful::GuardianConsentDraft {
        guardian_name: "Marta Quillay".into(),
        relationship: "Madre".into(),
        given_on: "01-12-2026".into(),
        purpose: "Mesa de niñas, niños y adolescentes".into(),
        method: crate::domain::kinds::ConsentMethod::SignedPaper,
    }
}

/// An express consent to keep a gender, by the person or their guardian.
pub fn gender_consent(by: crate::domain::kinds::ConsentGiver) -> crate::domain::lawful::GenderConsentDraft {
    crate::domain::lawful::GenderConsentDraft { given_on: "01-12-2026".into(), given_by: by }
}

pub fn store() -> Store {
    Store::open_in_memory().expect("store")
}

pub fn forum_draft(title: &str, date: &str) -> ForumDraft {
    ForumDraft {
        kind: ForumKind::InterimSession,
        title: title.into(),
        date: date.into(),
        time: "18:30".into(),
        place: "Sede vecinal".into(),
        neighbourhood_id: None,
        commitment_ids: Vec::new(),
        invitation: InvitationMethod::OpenCall,
        agenda: String::new(),
        minutes: String::new(),
    }
}

pub fn forum(store: &Store, title: &str, date: &str) -> Uuid {
    forums::create(store.conn(), &forum_draft(title, date)).expect("forum")
}

/// Rows in every table a CSV import can touch.
pub fn counts(store: &Store) -> Vec<i64> {
    ["person", "organization", "attendance", "forum", "setting"]
        .iter()
        .map(|t| store.conn().query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).expect("count"))
        .collect()
}

pub fn export_bytes(store: &mut Store, colleague: Option<&str>) -> Vec<u8> {
    let mut bytes = Vec::new();
    export::export(store.conn_mut(), &mut bytes, colleague).expect("export");
    bytes
}

pub fn import_bytes(store: &mut Store, bytes: &[u8]) -> crate::sync::Result<SyncReport> {
    import::import(store.conn_mut(), bytes)
}

/// Every synced row, column by column, in id order: equal dumps are equal
/// databases as far as sync is concerned.
pub fn dump(store: &Store) -> Vec<String> {
    let conn = store.conn();
    let mut out = Vec::new();
    for table in TABLES {
        let columns = tables::columns(conn, table.name).expect("columns");
        let names: Vec<String> = columns.iter().map(|c| format!("quote(\"{}\")", c.name)).collect();
        let sql = format!("SELECT {} FROM {} ORDER BY id", names.join(" || '|' || "), table.name);
        let mut stmt = conn.prepare(&sql).expect("dump");
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).expect("rows");
        out.extend(rows.map(|r| format!("{}: {}", table.name, r.expect("row"))));
    }
    out
}

/// Equal dumps, or the first difference (a whole dump is too long to read).
#[track_caller]
pub fn assert_same(a: &Store, b: &Store) {
    let (a, b) = (dump(a), dump(b));
    let first = a.iter().zip(&b).find(|(x, y)| x != y);
    assert!(a.len() == b.len() && first.is_none(), "{} vs {} rows; first difference: {first:?}", a.len(), b.len());
}

pub fn gzip(text: &str) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(text.as_bytes()).expect("gzip");
    encoder.finish().expect("gzip")
}
