//! Evidence files inside a sync file (format version 2). After the rows and
//! before the end line, each file is one line naming it,
//! `{"file":{"evidence_id":"…","sha256":"…","size":N}}`, then its bytes in
//! base64 lines of at most `CHUNK_BYTES` bytes, `{"chunk":"…"}`. A file
//! travels only with its evidence row, only when it is on this laptop with
//! the SHA-256 recorded when it was attached, and at most `MAX_BYTES`.
//!
//! On arrival each file is written under a temporary name in the evidence
//! folder while its SHA-256 is computed; it is kept only if that hash, the
//! one announced and the one its evidence row records all agree, and is
//! renamed into place only once the import's transaction has committed.
//! Anything else is refused, deleted, and named in the report.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::Result;
use crate::store::evidence::{self, MAX_BYTES};

/// Raw bytes per chunk line: its base64 stays well under the reader's
/// one-mebibyte line limit.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// A file an export will carry.
#[derive(Debug, Clone)]
pub struct Outgoing {
    evidence_id: String,
    stored_name: String,
    sha256: String,
    size: u64,
}

/// What an export will hold, told to the person before they export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FilesPlan {
    #[ts(type = "number")]
    pub files: usize,
    #[ts(type = "number")]
    pub bytes: u64,
    /// Recorded files this laptop does not have (or whose content changed):
    /// they cannot be sent.
    #[ts(type = "number")]
    pub unavailable: usize,
}

/// The files of live evidence rows changed since `since` (all, without it)
/// that are in `folder` and still match their SHA-256.
pub fn outgoing(conn: &Connection, folder: &Path, since: Option<&str>) -> Result<(Vec<Outgoing>, usize)> {
    let mut stmt = conn.prepare(
        "SELECT id, stored_name, sha256 FROM evidence
         WHERE deleted_at IS NULL AND (?1 IS NULL OR updated_at >= ?1) ORDER BY rowid",
    )?;
    let rows = stmt.query_map([since], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)))?;
    let (mut files, mut unavailable) = (Vec::new(), 0);
    for row in rows {
        let (evidence_id, stored_name, sha256): (String, String, String) = row?;
        let found = File::open(folder.join(&stored_name)).ok().and_then(|mut f| evidence::hash(&mut f).ok());
        match found {
            Some((hash, size)) if hash == sha256 && (size as u64) <= MAX_BYTES => {
                files.push(Outgoing { evidence_id, stored_name, sha256, size: size as u64 })
            }
            _ => unavailable += 1,
        }
    }
    Ok((files, unavailable))
}

pub fn plan_of(files: &[Outgoing], unavailable: usize) -> FilesPlan {
    FilesPlan { files: files.len(), bytes: files.iter().map(|f| f.size).sum(), unavailable }
}

/// Writes each file's lines; returns how many were written.
pub fn write_files(out: &mut impl Write, folder: &Path, files: &[Outgoing]) -> Result<usize> {
    let mut buffer = vec![0; CHUNK_BYTES];
    for file in files {
        let head = json!({ "file": { "evidence_id": file.evidence_id, "sha256": file.sha256, "size": file.size } });
        line(out, &head)?;
        let mut input = File::open(folder.join(&file.stored_name))?;
        loop {
            let read = read_full(&mut input, &mut buffer)?;
            if read == 0 {
                break;
            }
            line(out, &json!({ "chunk": STANDARD.encode(&buffer[..read]) }))?;
        }
    }
    Ok(files.len())
}

fn read_full(input: &mut impl Read, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match input.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn line(out: &mut impl Write, value: &serde_json::Value) -> Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// A file the import refused, and why (a catalogue key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefusedFile {
    /// The name it was attached under, when its evidence row is known.
    pub name: String,
    pub reason: RefusedWhy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RefusedWhy {
    /// Its bytes do not give the SHA-256 recorded for it.
    Changed,
    /// Larger than announced, or than the limit.
    TooLarge,
    /// No evidence row of this file, or a malformed announcement.
    Unknown,
}

impl RefusedWhy {
    pub fn message_key(self) -> &'static str {
        match self {
            RefusedWhy::Changed => "sync-file-refused-changed",
            RefusedWhy::TooLarge => "sync-file-refused-too-large",
            RefusedWhy::Unknown => "sync-file-refused-unknown",
        }
    }
}

/// A file being received.
struct Arriving {
    name: String,
    stored_name: String,
    sha256: String,
    size: u64,
    hasher: Sha256,
    written: u64,
    /// Where the bytes go; `None` when the file is already here, or when
    /// the import keeps no files (then it is only checked).
    temp: Option<(PathBuf, File)>,
    refused: Option<RefusedWhy>,
}

/// Receives the file lines of one import.
pub struct Receiver {
    folder: Option<PathBuf>,
    current: Option<Arriving>,
    /// Checked files: (temporary path, final path); renamed after commit.
    accepted: Vec<(PathBuf, PathBuf)>,
    pub received: usize,
    pub already_here: usize,
    pub refused: Vec<RefusedFile>,
}

impl Receiver {
    pub fn new(folder: Option<&Path>) -> Self {
        Self {
            folder: folder.map(Path::to_path_buf),
            current: None,
            accepted: Vec::new(),
            received: 0,
            already_here: 0,
            refused: Vec::new(),
        }
    }

    /// A `file` line: the previous file is done, this one starts.
    pub fn begin(&mut self, conn: &Connection, head: &serde_json::Value) -> Result<()> {
        self.end_current()?;
        let text = |key: &str| head.get(key).and_then(serde_json::Value::as_str).unwrap_or_default().to_string();
        let (evidence_id, sha256) = (text("evidence_id"), text("sha256"));
        let size = head.get("size").and_then(serde_json::Value::as_u64).unwrap_or(u64::MAX);
        let recorded: Option<(String, String, String)> = conn
            .query_row("SELECT original_name, stored_name, sha256 FROM evidence WHERE id = ?1", [&evidence_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let mut arriving = Arriving {
            name: String::new(),
            stored_name: String::new(),
            sha256: sha256.clone(),
            size,
            hasher: Sha256::new(),
            written: 0,
            temp: None,
            refused: None,
        };
        match recorded {
            None => arriving.refused = Some(RefusedWhy::Unknown),
            Some((name, stored_name, recorded_sha)) => {
                arriving.name = name;
                if recorded_sha != sha256 {
                    arriving.refused = Some(RefusedWhy::Changed);
                } else if size > MAX_BYTES {
                    arriving.refused = Some(RefusedWhy::TooLarge);
                }
                arriving.stored_name = stored_name;
            }
        }
        if arriving.refused.is_none() {
            if let Some(folder) = &self.folder {
                if !already_here(folder, &arriving.stored_name, &arriving.sha256) {
                    fs::create_dir_all(folder)?;
                    let temp = folder.join(format!(".incoming-{}.part", crate::store::new_id()));
                    let file = File::create_new(&temp)?;
                    arriving.temp = Some((temp, file));
                }
            }
        }
        self.current = Some(arriving);
        Ok(())
    }

    /// A `chunk` line of the current file; `false` if there is none.
    pub fn chunk(&mut self, encoded: &str) -> Result<bool> {
        let Some(file) = self.current.as_mut() else { return Ok(false) };
        if file.refused.is_some() {
            return Ok(true);
        }
        let Ok(bytes) = STANDARD.decode(encoded) else {
            file.refused = Some(RefusedWhy::Changed);
            return Ok(true);
        };
        file.written += bytes.len() as u64;
        if file.written > file.size {
            file.refused = Some(RefusedWhy::TooLarge);
            return Ok(true);
        }
        file.hasher.update(&bytes);
        if let Some((_, out)) = file.temp.as_mut() {
            out.write_all(&bytes)?;
        }
        Ok(true)
    }

    /// The current file is complete: keep it or refuse it.
    fn end_current(&mut self) -> Result<()> {
        let Some(mut file) = self.current.take() else { return Ok(()) };
        if file.refused.is_none() {
            let hash = evidence::hex(&std::mem::take(&mut file.hasher).finalize());
            if hash != file.sha256 || file.written != file.size {
                file.refused = Some(RefusedWhy::Changed);
            }
        }
        match (file.refused, file.temp.take()) {
            (Some(reason), temp) => {
                if let Some((path, _)) = temp {
                    let _ = fs::remove_file(path);
                }
                self.refused.push(RefusedFile { name: file.name, reason });
            }
            (None, Some((path, out))) => {
                out.sync_all()?;
                let folder = self.folder.as_deref().unwrap_or(Path::new("."));
                self.accepted.push((path, folder.join(&file.stored_name)));
                self.received += 1;
            }
            (None, None) => self.already_here += 1,
        }
        Ok(())
    }

    /// Every file line has been read.
    pub fn finish(&mut self) -> Result<()> {
        self.end_current()
    }

    /// After the commit: the checked files take their names.
    pub fn keep(&mut self) -> Result<()> {
        for (temp, target) in std::mem::take(&mut self.accepted) {
            fs::rename(&temp, &target)?;
        }
        Ok(())
    }
}

impl Drop for Receiver {
    /// An import that did not commit leaves no temporary file behind.
    fn drop(&mut self) {
        if let Some(Arriving { temp: Some((path, _)), .. }) = self.current.take() {
            let _ = fs::remove_file(path);
        }
        for (temp, _) in self.accepted.drain(..) {
            let _ = fs::remove_file(temp);
        }
    }
}

fn already_here(folder: &Path, stored_name: &str, sha256: &str) -> bool {
    File::open(folder.join(stored_name))
        .ok()
        .and_then(|mut f| evidence::hash(&mut f).ok())
        .is_some_and(|(h, _)| h == sha256)
}
