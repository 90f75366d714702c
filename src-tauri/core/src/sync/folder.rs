//! A shared folder (a USB stick, or one Syncthing or the like carries
//! between the laptops): each laptop writes everything it has there as its
//! own file, `grupo-motor-<laptop id>.gmsync`, and imports the colleagues'
//! files it has not seen in their present content. It only ever writes its
//! own file (beside it under a temporary name, then renamed into place) and
//! never deletes or changes anyone else's.
//!
//! Importing first and writing after means the file a laptop leaves holds
//! what it just received too: once every laptop has synced once after all
//! files are in the folder, every laptop holds the same records.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{export, import, Result, SyncReport, LAPTOP_KEY};
use crate::error::UserError;
use crate::output_file::Protected;
use crate::store::{evidence, new_id, settings};

/// Setting: the folder this laptop syncs through.
pub const FOLDER_KEY: &str = "sync.folder";
/// Setting prefix: per colleague's file, the SHA-256 of the content imported.
const SEEN_PREFIX: &str = "sync.folder_seen.";
const PREFIX: &str = "grupo-motor-";
const EXTENSION: &str = "gmsync";

/// What one pass over the folder did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FolderReport {
    pub folder: String,
    /// This laptop's own file, written after the imports.
    pub written: String,
    pub imported: Vec<FolderImport>,
    /// Colleagues' files already imported as they are now.
    #[ts(type = "number")]
    pub unchanged: usize,
    /// Files that could not be imported, with the message key of why; the
    /// others went in all the same.
    pub failed: Vec<FolderFailure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FolderImport {
    pub file: String,
    pub report: SyncReport,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FolderFailure {
    pub file: String,
    pub message_key: String,
}

/// The folder chosen on this laptop, if any.
pub fn chosen(conn: &Connection) -> Result<Option<PathBuf>> {
    Ok(settings::get(conn, FOLDER_KEY)?.map(PathBuf::from))
}

/// Remembers the folder (it must exist and be a folder).
pub fn choose(conn: &Connection, folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        return Err(crate::domain::Invalid::new("folder", "error-sync-folder-missing").into());
    }
    settings::set(conn, FOLDER_KEY, &folder.to_string_lossy())?;
    Ok(())
}

/// This laptop's id, made on first use.
fn laptop_id(conn: &Connection) -> Result<String> {
    Ok(match settings::get(conn, LAPTOP_KEY)? {
        Some(id) => id,
        None => {
            let id = new_id().to_string();
            settings::set(conn, LAPTOP_KEY, &id)?;
            id
        }
    })
}

/// Imports the colleagues' new files from `folder`, then writes this
/// laptop's own. `evidence`: this database's evidence folder, so files
/// travel too.
pub fn sync(
    conn: &mut Connection,
    protected: &Protected,
    folder: &Path,
    evidence_folder: Option<&Path>,
) -> Result<FolderReport> {
    if !folder.is_dir() {
        return Err(crate::domain::Invalid::new("folder", "error-sync-folder-missing").into());
    }
    let own = format!("{PREFIX}{}.{EXTENSION}", laptop_id(conn)?);
    let mut report = FolderReport { folder: folder.display().to_string(), ..FolderReport::default() };
    let mut names: Vec<String> = fs::read_dir(folder)?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
        .filter(|name| name.starts_with(PREFIX) && name.ends_with(&format!(".{EXTENSION}")) && *name != own)
        .collect();
    names.sort();
    for name in names {
        let path = folder.join(&name);
        let hashed = fs::File::open(&path).ok().and_then(|mut f| evidence::hash(&mut f).ok());
        let Some(content) = hashed else {
            report.failed.push(FolderFailure { file: name, message_key: "error-file-access".into() });
            continue;
        };
        let seen_key = format!("{SEEN_PREFIX}{name}");
        if settings::get(conn, &seen_key)?.as_deref() == Some(content.0.as_str()) {
            report.unchanged += 1;
            continue;
        }
        match import::import_file_with(conn, &path, evidence_folder) {
            Ok(imported) => {
                settings::set(conn, &seen_key, &content.0)?;
                report.imported.push(FolderImport { file: name, report: imported });
            }
            // A damaged or newer file is told, and the rest goes on; it is
            // tried again next time (it may still be arriving).
            Err(error) => report.failed.push(FolderFailure { file: name, message_key: error.message_key().into() }),
        }
    }
    export::export_file_with(conn, protected, &folder.join(&own), None, evidence_folder)?;
    report.written = own;
    Ok(report)
}
