//! Evidence files of a milestone: copied into the evidence folder beside
//! the database under a name the app chooses (never the user's), with
//! their SHA-256. Files are opened with the system viewer, never executed.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::sql::{date_at, day, uuid_at};
use super::{new_id, now, Result, StoreError};
use crate::domain::records::{Evidence, ForumEvidence};
use crate::domain::Invalid;

/// Larger files belong in the municipality's archive, not on a laptop.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;

/// Kinds of file a system viewer shows without running anything.
const VIEWABLE: &[&str] = &[
    "pdf", "png", "jpg", "jpeg", "gif", "webp", "txt", "csv", "odt", "ods", "odp", "doc", "docx", "xls", "xlsx", "ppt",
    "pptx", "mp3", "m4a", "ogg", "mp4", "webm",
];

/// The folder for evidence files, beside the database file.
pub fn folder_for(database: &Path) -> PathBuf {
    database.parent().unwrap_or(Path::new(".")).join("evidence")
}

/// What a file is evidence of.
#[derive(Debug, Clone, Copy)]
enum Owner {
    Milestone { id: Uuid, note_id: Option<Uuid> },
    Forum(Uuid),
}

/// Copies `source` into `folder` and records it. The copy is written and
/// synced before the row is committed by the caller's transaction.
pub fn add(
    conn: &Connection,
    folder: &Path,
    milestone_id: Uuid,
    note_id: Option<Uuid>,
    source: &Path,
    added_on: NaiveDate,
) -> Result<Evidence> {
    let stored = add_file(conn, folder, Owner::Milestone { id: milestone_id, note_id }, source, added_on)?;
    Ok(Evidence {
        id: stored.id,
        milestone_id,
        note_id,
        original_name: stored.original_name,
        sha256: stored.sha256,
        size_bytes: stored.size_bytes,
        added_on,
    })
}

/// Keeps the photo or scan of a forum's signed sign-in sheet, as evidence
/// that its attendance came from paper.
pub fn add_to_forum(
    conn: &Connection,
    folder: &Path,
    forum_id: Uuid,
    source: &Path,
    added_on: NaiveDate,
) -> Result<ForumEvidence> {
    let stored = add_file(conn, folder, Owner::Forum(forum_id), source, added_on)?;
    Ok(ForumEvidence {
        id: stored.id,
        forum_id,
        original_name: stored.original_name,
        sha256: stored.sha256,
        size_bytes: stored.size_bytes,
        added_on,
    })
}

/// A forum's evidence files, oldest first.
pub fn of_forum(conn: &Connection, forum_id: Uuid) -> Result<Vec<ForumEvidence>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, original_name, sha256, size_bytes, added_on FROM evidence
         WHERE forum_id = ?1 AND deleted_at IS NULL ORDER BY added_on, created_at",
    )?;
    let rows = stmt.query_map([forum_id.to_string()], |r| {
        Ok(ForumEvidence {
            id: uuid_at(r, 0)?,
            forum_id,
            original_name: r.get(1)?,
            sha256: r.get(2)?,
            size_bytes: r.get(3)?,
            added_on: date_at(r, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

struct Stored {
    id: Uuid,
    original_name: String,
    sha256: String,
    size_bytes: i64,
}

fn add_file(conn: &Connection, folder: &Path, owner: Owner, source: &Path, added_on: NaiveDate) -> Result<Stored> {
    let original_name = source
        .file_name()
        .and_then(|n| n.to_str())
        .map(str::to_string)
        .ok_or(Invalid::new("file", "error-evidence-file"))?;
    let extension = extension_of(&original_name);
    if !VIEWABLE.contains(&extension.as_str()) {
        return Err(Invalid::new("file", "error-evidence-kind").into());
    }
    let metadata = fs::metadata(source).map_err(|_| Invalid::new("file", "error-evidence-file"))?;
    if !metadata.is_file() {
        return Err(Invalid::new("file", "error-evidence-file").into());
    }
    if metadata.len() > MAX_BYTES {
        return Err(Invalid::new("file", "error-evidence-too-large").into());
    }
    crate::domain::dates::not_in_future(added_on, "added_on")?;
    let (table, entity, owner_id) = match owner {
        Owner::Milestone { id, .. } => ("milestone", "milestone", id),
        Owner::Forum(id) => ("forum", "forum", id),
    };
    let exists: bool = conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1 AND deleted_at IS NULL"),
            [owner_id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(false);
    if !exists {
        return Err(StoreError::NotFound { entity });
    }
    let id = new_id();
    let stored_name = format!("{id}.{extension}");
    fs::create_dir_all(folder)?;
    let (sha256, size_bytes) = copy_with_hash(source, &folder.join(&stored_name))?;
    let (milestone_id, note_id, forum_id) = match owner {
        Owner::Milestone { id, note_id } => (Some(id), note_id, None),
        Owner::Forum(id) => (None, None, Some(id)),
    };
    conn.execute(
        "INSERT INTO evidence (id, milestone_id, note_id, forum_id, original_name, stored_name, sha256, size_bytes,
                               added_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id.to_string(),
            milestone_id.map(|m| m.to_string()),
            note_id.map(|n| n.to_string()),
            forum_id.map(|f| f.to_string()),
            original_name,
            stored_name,
            sha256,
            size_bytes,
            day(added_on),
            now()
        ],
    )?;
    Ok(Stored { id, original_name, sha256, size_bytes })
}

/// Where an evidence file is, checked to lie inside `folder` and to still
/// match its recorded hash (a swapped file is not opened).
pub fn path_of(conn: &Connection, folder: &Path, id: Uuid) -> Result<PathBuf> {
    let (stored_name, sha256): (String, String) = conn
        .query_row(
            "SELECT stored_name, sha256 FROM evidence WHERE id = ?1 AND deleted_at IS NULL",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: "evidence" })?;
    let safe = stored_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && !stored_name.starts_with('.')
        && !stored_name.contains("..");
    if !safe {
        return Err(Invalid::new("file", "error-evidence-file").into());
    }
    let path = folder.join(stored_name);
    let mut file = fs::File::open(&path).map_err(|_| StoreError::NotFound { entity: "evidence" })?;
    if hash(&mut file)?.0 != sha256 {
        return Err(Invalid::new("file", "error-evidence-changed").into());
    }
    Ok(path)
}

/// The evidence files a database records, as found in `folder`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct EvidenceCheck {
    /// Present and matching their recorded SHA-256.
    pub intact: usize,
    /// Original names of the files that are not in the folder.
    pub missing: Vec<String>,
    /// Original names of the files whose content no longer matches.
    pub changed: Vec<String>,
}

/// Checks every recorded evidence file; reads only.
pub fn check_all(conn: &Connection, folder: &Path) -> Result<EvidenceCheck> {
    let mut stmt = conn.prepare(
        "SELECT original_name, stored_name, sha256 FROM evidence WHERE deleted_at IS NULL ORDER BY added_on, original_name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    let mut check = EvidenceCheck::default();
    for row in rows {
        let (original_name, stored_name, sha256) = row?;
        let Ok(mut file) = fs::File::open(folder.join(&stored_name)) else {
            check.missing.push(original_name);
            continue;
        };
        if hash(&mut file)?.0 == sha256 {
            check.intact += 1;
        } else {
            check.changed.push(original_name);
        }
    }
    Ok(check)
}

/// Lower-case extension made of letters and digits only, or empty.
fn extension_of(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((_, ext)) if !ext.is_empty() && ext.len() <= 8 && ext.chars().all(|c| c.is_ascii_alphanumeric()) => {
            ext.to_ascii_lowercase()
        }
        _ => String::new(),
    }
}

fn copy_with_hash(source: &Path, destination: &Path) -> Result<(String, i64)> {
    let mut input = fs::File::open(source)?;
    let mut output = fs::File::create_new(destination)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut size = 0i64;
    loop {
        let read = input.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        output.write_all(&buffer[..read])?;
        size += read as i64;
    }
    output.sync_all()?;
    Ok((hex(&hasher.finalize()), size))
}

pub(crate) fn hash(file: &mut fs::File) -> Result<(String, i64)> {
    let mut hasher = Sha256::new();
    let size = std::io::copy(file, &mut hasher)? as i64;
    Ok((hex(&hasher.finalize()), size))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::milestones::{create, tests::draft};
    use crate::store::{reference, Store};

    fn setup() -> (Store, Uuid, tempfile::TempDir) {
        let store = Store::open_in_memory().expect("store");
        let commitment = reference::commitments(store.conn()).expect("list")[0].id;
        let milestone = create(store.conn(), &draft(commitment, "Hito", "", "")).expect("milestone");
        (store, milestone, tempfile::tempdir().expect("temp"))
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
    }

    #[test]
    fn a_file_is_copied_under_the_apps_name_with_its_hash() {
        let (store, milestone, dir) = setup();
        let source = dir.path().join("Acta Señora Núñez.pdf");
        fs::write(&source, b"%PDF-1.4 acta").expect("write");
        let folder = dir.path().join("evidence");
        let evidence = add(store.conn(), &folder, milestone, None, &source, today()).expect("add");
        assert_eq!(evidence.original_name, "Acta Señora Núñez.pdf");
        assert_eq!(evidence.size_bytes, 13);
        assert_eq!(evidence.sha256, hex(&Sha256::digest(b"%PDF-1.4 acta")));
        let stored = path_of(store.conn(), &folder, evidence.id).expect("path");
        assert!(stored.starts_with(&folder));
        assert_eq!(fs::read(&stored).expect("read"), b"%PDF-1.4 acta");
        fs::write(&stored, b"swapped").expect("tamper");
        assert!(path_of(store.conn(), &folder, evidence.id).is_err(), "a changed file is not opened");
    }

    #[test]
    fn programs_directories_and_escaping_names_are_refused() {
        let (store, milestone, dir) = setup();
        let folder = dir.path().join("evidence");
        for name in ["instalar.exe", "script.sh", "sin-extension", "foto.PNG.desktop"] {
            let source = dir.path().join(name);
            fs::write(&source, b"x").expect("write");
            assert!(add(store.conn(), &folder, milestone, None, &source, today()).is_err(), "{name}");
        }
        assert!(add(store.conn(), &folder, milestone, None, dir.path(), today()).is_err(), "a directory");
        let source = dir.path().join("acta.pdf");
        fs::write(&source, b"%PDF").expect("write");
        let tomorrow = crate::domain::dates::today() + chrono::Days::new(1);
        assert!(
            matches!(add(store.conn(), &folder, milestone, None, &source, tomorrow), Err(StoreError::Invalid(i)) if i.field == "added_on"),
            "evidence is not added on a day still to come"
        );
        let missing = dir.path().join("no-existe.pdf");
        assert!(add(store.conn(), &folder, milestone, None, &missing, today()).is_err());
        let forged = Uuid::new_v4();
        store
            .conn()
            .execute(
                "INSERT INTO evidence (id, milestone_id, original_name, stored_name, sha256, size_bytes, added_on,
                                       created_at, updated_at)
                 VALUES (?1, ?2, 'x.pdf', '../../etc/passwd', '', 0, '2026-11-25', 'x', 'x')",
                [forged.to_string(), milestone.to_string()],
            )
            .expect("forged row");
        let refused = path_of(store.conn(), &folder, forged);
        assert!(matches!(refused, Err(StoreError::Invalid(_))), "a stored name can never leave the folder");
    }

    #[test]
    fn a_signed_sheet_is_kept_as_the_forums_evidence_and_the_pack_knows() {
        let (store, _, dir) = setup();
        let forum = crate::testing::forum(&store, "Foro en la plaza", "24-11-2026");
        let source = dir.path().join("hoja firmada.jpg");
        fs::write(&source, b"\xff\xd8 hoja").expect("write");
        let folder = dir.path().join("evidence");
        let kept = add_to_forum(store.conn(), &folder, forum, &source, today()).expect("add");
        assert_eq!(kept.original_name, "hoja firmada.jpg");
        assert_eq!(of_forum(store.conn(), forum).expect("list"), std::slice::from_ref(&kept));
        assert_eq!(fs::read(path_of(store.conn(), &folder, kept.id).expect("path")).expect("read"), b"\xff\xd8 hoja");
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).expect("date");
        let listed = crate::store::period_lists::forums_in_period(store.conn(), day(1), day(30)).expect("forums");
        assert!(listed[0].signed_sheet, "the pack says its attendance came from a signed sheet");
        assert!(add_to_forum(store.conn(), &folder, Uuid::new_v4(), &source, today()).is_err(), "no such forum");
        let both: rusqlite::Result<usize> = store.conn().execute(
            "UPDATE evidence SET milestone_id = (SELECT id FROM milestone LIMIT 1) WHERE id = ?1",
            [kept.id.to_string()],
        );
        assert!(both.is_err(), "a file belongs to a milestone or to a forum, not both");
    }
}
