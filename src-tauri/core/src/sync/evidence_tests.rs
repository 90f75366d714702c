//! Evidence files carried by sync files, between two databases with their
//! own evidence folders.

use std::fs;
use std::io::Read;
use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::NaiveDate;
use uuid::Uuid;

use super::evidence::{RefusedWhy, CHUNK_BYTES};
use super::{export, import, SyncReport};
use crate::store::{evidence, milestones, reference, Store};
use crate::testing::{assert_same, gzip};

struct Laptop {
    store: Store,
    folder: tempfile::TempDir,
}

impl Laptop {
    fn new() -> Self {
        Self { store: Store::open_in_memory().expect("store"), folder: tempfile::tempdir().expect("temp") }
    }

    fn folder(&self) -> &Path {
        self.folder.path()
    }

    fn export(&mut self, colleague: Option<&str>) -> (Vec<u8>, super::ExportSummary) {
        let mut bytes = Vec::new();
        let folder = self.folder.path().to_path_buf();
        let summary = export::export_with(self.store.conn_mut(), &mut bytes, colleague, Some(&folder)).expect("export");
        (bytes, summary)
    }

    fn import(&mut self, bytes: &[u8]) -> super::Result<SyncReport> {
        let folder = self.folder.path().to_path_buf();
        import::import_with(self.store.conn_mut(), bytes, Some(&folder))
    }

    /// Attaches a file of `size` bytes to a new milestone.
    fn attach(&self, name: &str, size: usize) -> Uuid {
        let commitment = reference::commitments(self.store.conn()).expect("list")[0].id;
        let draft = milestones::tests::draft(commitment, name, "", "");
        let milestone = milestones::create(self.store.conn(), &draft).expect("milestone");
        let source = tempfile::tempdir().expect("temp");
        let path = source.path().join(name);
        let bytes: Vec<u8> = (0..size).map(|i| (i * 31 % 251) as u8).collect();
        fs::write(&path, bytes).expect("write");
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
        evidence::add(self.store.conn(), self.folder(), milestone, None, &path, day).expect("add").id
    }

    /// The folder's files: name and SHA-256, sorted.
    fn files(&self) -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = fs::read_dir(self.folder())
            .expect("folder")
            .map(|e| {
                let path = e.expect("entry").path();
                let hash = evidence::hash(&mut fs::File::open(&path).expect("open")).expect("hash").0;
                (path.file_name().expect("name").to_string_lossy().into_owned(), hash)
            })
            .collect();
        found.sort();
        found
    }
}

fn unzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).expect("gunzip");
    text
}

#[test]
fn evidence_files_travel_with_their_rows_and_arrive_with_the_same_hash() {
    let mut a = Laptop::new();
    let mut b = Laptop::new();
    a.attach("Acta Señora Núñez.pdf", 3 * CHUNK_BYTES + 17);
    a.attach("foto.jpg", 10);
    let plan = export::plan(a.store.conn(), None, Some(a.folder())).expect("plan");
    assert_eq!((plan.files.files, plan.files.bytes, plan.files.unavailable), (2, 3 * CHUNK_BYTES as u64 + 27, 0));
    let (bytes, summary) = a.export(None);
    assert_eq!((summary.files, summary.file_bytes), (plan.files.files, plan.files.bytes), "as told before");
    let report = b.import(&bytes).expect("import");
    assert_eq!((report.files_received, report.files_already_here), (2, 0));
    assert!(report.files_refused.is_empty(), "{:?}", report.files_refused);
    assert_same(&a.store, &b.store);
    assert_eq!(b.files(), a.files(), "the same files under the same names, with equal hashes");
    let check = evidence::check_all(b.store.conn(), b.folder()).expect("check");
    assert_eq!((check.intact, check.missing.len(), check.changed.len()), (2, 0, 0));

    let again = b.import(&bytes).expect("again");
    assert_eq!((again.added, again.changed, again.files_received, again.files_already_here), (0, 0, 0, 2));
    assert_eq!(b.files(), a.files(), "importing again changes nothing");
}

#[test]
fn a_file_whose_bytes_were_changed_in_the_sync_file_is_refused_and_reported() {
    let mut a = Laptop::new();
    let mut b = Laptop::new();
    a.attach("acta.pdf", 1000);
    a.attach("lista.pdf", 500);
    let (bytes, _) = a.export(None);
    let text = unzip(&bytes);
    let mut tampered = Vec::new();
    let mut done = false;
    for line in text.lines() {
        let value: serde_json::Value = serde_json::from_str(line).expect("json");
        match value.get("chunk").and_then(serde_json::Value::as_str) {
            Some(chunk) if !done => {
                let mut raw = STANDARD.decode(chunk).expect("base64");
                raw[10] ^= 0xff;
                tampered.push(serde_json::json!({ "chunk": STANDARD.encode(raw) }).to_string());
                done = true;
            }
            _ => tampered.push(line.to_string()),
        }
    }
    assert!(done, "the export carries chunks");
    let report = b.import(&gzip(&(tampered.join("\n") + "\n"))).expect("import");
    assert_eq!(report.files_refused.len(), 1, "{report:?}");
    assert_eq!(report.files_refused[0].reason, RefusedWhy::Changed);
    assert_eq!(report.files_received, 1, "the other file is kept");
    let refused = &report.files_refused[0].name;
    let check = evidence::check_all(b.store.conn(), b.folder()).expect("check");
    assert_eq!(&check.missing, std::slice::from_ref(refused), "the refused file is not kept, its record is");
    assert!(b.files().iter().all(|(name, _)| !name.starts_with('.')), "no temporary file is left: {:?}", b.files());
    assert_same(&a.store, &b.store);
}

#[test]
fn an_export_for_a_colleague_carries_only_the_files_new_for_them() {
    let mut a = Laptop::new();
    let mut b = Laptop::new();
    a.attach("primero.pdf", 100);
    // An export resends what changed in its own millisecond (`updated_at >=`
    // the last one sent): let the clock move on, as it does between clicks.
    std::thread::sleep(std::time::Duration::from_millis(2));
    let (first, summary) = a.export(Some("Ana"));
    assert_eq!(summary.files, 1);
    b.import(&first).expect("first");
    let plan = export::plan(a.store.conn(), Some("ana"), Some(a.folder())).expect("plan");
    assert_eq!(plan.files.files, 0, "nothing new for Ana yet");
    a.attach("segundo.pdf", 200);
    let (second, summary) = a.export(Some(" ana "));
    assert_eq!((summary.files, summary.file_bytes), (1, 200));
    let report = b.import(&second).expect("second");
    assert_eq!(report.files_received, 1);
    assert_eq!(b.files(), a.files());
}

#[test]
fn a_file_missing_here_is_not_sent_and_the_plan_says_so() {
    let mut a = Laptop::new();
    a.attach("acta.pdf", 100);
    a.attach("foto.png", 100);
    let gone = a.files()[0].0.clone();
    fs::remove_file(a.folder().join(gone)).expect("remove");
    let plan = export::plan(a.store.conn(), None, Some(a.folder())).expect("plan");
    assert_eq!((plan.files.files, plan.files.unavailable), (1, 1));
    let (bytes, summary) = a.export(None);
    assert_eq!(summary.files, 1);
    let mut plain = Store::open_in_memory().expect("store");
    let report = import::import(plain.conn_mut(), bytes.as_slice()).expect("without a folder, files are only checked");
    assert_eq!(report.files_received, 0);
}

#[test]
fn a_sync_file_missing_the_files_its_end_line_counts_is_incomplete() {
    let mut a = Laptop::new();
    let mut b = Laptop::new();
    a.attach("acta.pdf", 100);
    let (bytes, _) = a.export(None);
    let text = unzip(&bytes);
    let lines: Vec<&str> =
        text.lines().filter(|l| !l.starts_with("{\"file\"") && !l.starts_with("{\"chunk\"")).collect();
    let refused = b.import(&gzip(&(lines.join("\n") + "\n")));
    assert!(matches!(refused, Err(super::SyncError::Truncated)), "{refused:?}");
    assert!(b.files().is_empty());
}
