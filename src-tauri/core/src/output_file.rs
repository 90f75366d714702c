//! Every file Grupo Motor writes where the person chose — packs, sign-in
//! sheets, CSV, iCal, a person's data, sync files, backups — is written
//! here, so that one set of rules protects what is already on disk:
//!
//! - The target is never the database, its side files (`-wal`, `-shm`,
//!   `-journal`, `.lock`), a file in the backups folder or an evidence file:
//!   replacing one of those destroys the very data the export came from.
//! - Only a regular file (or a new name) is written: a folder, a device, a
//!   pipe or a socket is refused with its own error.
//! - The content goes to a uniquely named file beside the target, reaches
//!   the disk, and only then is renamed over the target, so a failed write
//!   (full disk, USB stick pulled) leaves the old file whole.
//! - A symlink is written through: the file it points to gets the content
//!   and the link stays a link (`link.gmsync → usb/target.gmsync` updates
//!   the USB file).
//! - Nothing is deleted but the temporary file made here.

use std::fs::{self, File, Metadata};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use tempfile::{NamedTempFile, TempPath};
use thiserror::Error;

use crate::store::{backup, evidence, lock};

/// Why an output could not be written. Each refusal names its cause, so the
/// person is told what the chosen path really is.
#[derive(Debug, Error)]
pub enum OutputError {
    #[error("{} is the database or one of its files", path.display())]
    Database { path: PathBuf },
    #[error("{} is in the backups folder", path.display())]
    Backup { path: PathBuf },
    #[error("{} is an evidence file", path.display())]
    Evidence { path: PathBuf },
    #[error("{} is a folder", path.display())]
    Folder { path: PathBuf },
    #[error("{} is a device", path.display())]
    Device { path: PathBuf },
    #[error("{} is a pipe", path.display())]
    Pipe { path: PathBuf },
    #[error("{} is a socket", path.display())]
    Socket { path: PathBuf },
    #[error("the folder of {} does not exist", path.display())]
    NoFolder { path: PathBuf },
    /// The write itself failed; the old file, if any, is untouched.
    #[error("{} could not be written: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
}

impl OutputError {
    /// The path the person chose (not where a symlink led).
    pub fn path(&self) -> &Path {
        match self {
            OutputError::Database { path }
            | OutputError::Backup { path }
            | OutputError::Evidence { path }
            | OutputError::Folder { path }
            | OutputError::Device { path }
            | OutputError::Pipe { path }
            | OutputError::Socket { path }
            | OutputError::NoFolder { path }
            | OutputError::Write { path, .. } => path,
        }
    }

    /// A refused path is the person's to change; a failed write is not.
    pub fn is_refused(&self) -> bool {
        !matches!(self, OutputError::Write { .. })
    }

    pub fn message_key(&self) -> &'static str {
        match self {
            OutputError::Database { .. } => "error-output-database",
            OutputError::Backup { .. } => "error-output-backup",
            OutputError::Evidence { .. } => "error-output-evidence",
            OutputError::Folder { .. } => "error-output-folder",
            OutputError::Device { .. } => "error-output-device",
            OutputError::Pipe { .. } => "error-output-pipe",
            OutputError::Socket { .. } => "error-output-socket",
            OutputError::NoFolder { .. } => "error-output-no-folder",
            OutputError::Write { source, .. } => match source.kind() {
                io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "error-output-full",
                io::ErrorKind::ReadOnlyFilesystem => "error-output-read-only",
                io::ErrorKind::PermissionDenied => "error-output-permission",
                _ => "error-output-write",
            },
        }
    }
}

/// What no output may replace: the files of one database and the folders
/// the store keeps beside it.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    files: Vec<PathBuf>,
    backups: Vec<PathBuf>,
    evidence: Vec<PathBuf>,
}

impl Protected {
    /// The database behind `conn` (nothing for an in-memory one).
    pub fn of(conn: &Connection) -> Self {
        match conn.path().filter(|p| !p.is_empty()) {
            Some(path) => Self::database(Path::new(path)),
            None => Self::default(),
        }
    }

    /// The database at `db`: both as named and, when that is a symlink, the
    /// file it leads to (SQLite keeps the `-wal` beside the real file).
    pub fn database(db: &Path) -> Self {
        let mut protected = Self::default();
        let named = fs::canonicalize(folder_of(db)).map(|f| f.join(db.file_name().unwrap_or_default()));
        for base in [named.unwrap_or_else(|_| db.to_path_buf())].into_iter().chain(resolve(db).ok()) {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut name = base.clone().into_os_string();
                name.push(suffix);
                protected.files.push(name.into());
            }
            protected.files.push(lock::lock_path(&base));
            protected.backups.push(canonical(backup::backups_dir(&base)));
            protected.evidence.push(canonical(evidence::folder_for(&base)));
        }
        protected
    }

    /// For the store's own backups, which go into the backups folder under
    /// a name not yet taken.
    pub(crate) fn allowing_backups(mut self) -> Self {
        self.backups.clear();
        self
    }

    /// Refuses `place` (a resolved path) if it is one of the protected files
    /// or lies in a protected folder; `target` is what the person chose.
    fn check(&self, target: &Path, place: &Path) -> Result<(), OutputError> {
        let path = target.to_path_buf();
        let existing = fs::metadata(place).ok();
        let is = |file: &Path| place == file || existing.as_ref().is_some_and(|m| same_file(m, file));
        if self.files.iter().any(|f| is(f)) {
            return Err(OutputError::Database { path });
        }
        // A folder is compared by path and, where it exists, as the same
        // folder on disk (a FAT stick ignores case; a bind mount renames).
        let parent = fs::metadata(folder_of(place)).ok();
        let inside =
            |folder: &PathBuf| place.starts_with(folder) || parent.as_ref().is_some_and(|m| same_file(m, folder));
        if self.backups.iter().any(inside) {
            return Err(OutputError::Backup { path });
        }
        if self.evidence.iter().any(inside) {
            return Err(OutputError::Evidence { path });
        }
        Ok(())
    }
}

/// Writes `bytes` to `target` by the rules above.
pub fn write(protected: &Protected, target: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    write_with(protected, target, |out| {
        out.write_all(bytes).map_err(|source| OutputError::Write { path: target.to_path_buf(), source })
    })
}

/// Writes what `fill` produces to `target`. When `fill` fails, its error
/// comes back, the temporary file is removed and the target is untouched.
pub fn write_with<T, E: From<OutputError>>(
    protected: &Protected,
    target: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<T, E>,
) -> Result<T, E> {
    let place = place_for(protected, target)?;
    let failed = |source| OutputError::Write { path: target.to_path_buf(), source };
    let mut temp = temp_beside(&place).map_err(failed)?;
    let value = {
        let mut out = BufWriter::new(temp.as_file_mut());
        let value = fill(&mut out)?;
        out.flush().map_err(failed)?;
        value
    };
    temp.as_file().sync_all().map_err(failed)?;
    put_in_place(temp.into_temp_path(), &place).map_err(failed)?;
    Ok(value)
}

/// Like `write_with`, for a writer that needs a path rather than a stream
/// (SQLite's backup writes a database file itself). `fill` gets the path
/// of an empty temporary file beside the target and must close it.
pub fn write_at<T, E: From<OutputError>>(
    protected: &Protected,
    target: &Path,
    fill: impl FnOnce(&Path) -> Result<T, E>,
) -> Result<T, E> {
    let place = place_for(protected, target)?;
    let failed = |source| OutputError::Write { path: target.to_path_buf(), source };
    let temp = temp_beside(&place).map_err(failed)?.into_temp_path();
    let value = fill(&temp)?;
    File::open(&temp).and_then(|f| f.sync_all()).map_err(failed)?;
    put_in_place(temp, &place).map_err(failed)?;
    Ok(value)
}

/// Where writing `target` lands, once checked: a regular file or a new
/// name, not protected.
fn place_for(protected: &Protected, target: &Path) -> Result<PathBuf, OutputError> {
    let path = || target.to_path_buf();
    let place = resolve(target).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => OutputError::NoFolder { path: path() },
        _ => OutputError::Write { path: path(), source },
    })?;
    protected.check(target, &place)?;
    match fs::metadata(&place) {
        Ok(metadata) => kind_of(&metadata, path())?,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(source) => return Err(OutputError::Write { path: path(), source }),
    }
    Ok(place)
}

/// Only regular files are replaced.
fn kind_of(metadata: &Metadata, path: PathBuf) -> Result<(), OutputError> {
    let kind = metadata.file_type();
    if kind.is_file() {
        if metadata.permissions().readonly() {
            // Renaming would get past it; the person protected this file.
            let source = io::Error::from(io::ErrorKind::PermissionDenied);
            return Err(OutputError::Write { path, source });
        }
        return Ok(());
    }
    if kind.is_dir() {
        return Err(OutputError::Folder { path });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Err(OutputError::Pipe { path });
        }
        if kind.is_socket() {
            return Err(OutputError::Socket { path });
        }
    }
    // Character and block devices, and whatever else is not a file.
    Err(OutputError::Device { path })
}

/// `target` with every symlink followed and its folder canonicalized. A
/// name that does not exist yet (or a link pointing to one) resolves to
/// that name in its canonical folder: the file to create.
fn resolve(target: &Path) -> io::Result<PathBuf> {
    let mut path = target.to_path_buf();
    // As the kernel does, give up on a loop of links.
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                // A relative link is relative to the link's folder.
                path = folder_of(&path).join(fs::read_link(&path)?);
            }
            Ok(_) => return fs::canonicalize(&path),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                let name = path.file_name().ok_or(error)?;
                return Ok(fs::canonicalize(folder_of(&path))?.join(name));
            }
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn canonical(path: PathBuf) -> PathBuf {
    fs::canonicalize(&path).unwrap_or(path)
}

/// Whether `other` exists and is the very file (or folder) `metadata` is.
fn same_file(metadata: &Metadata, other: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(other).is_ok_and(|o| o.dev() == metadata.dev() && o.ino() == metadata.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = (metadata, other);
        false
    }
}

/// How this app's temporary files are named (a backup's temporary file left
/// by a kill is found by it, see `backup.rs`).
pub const TEMP_PREFIX: &str = ".grupo-motor-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// A new file beside `place` with a name nobody else uses, so two writes
/// (or a file the person keeps there) never meet. It is removed when
/// dropped unless put in place.
fn temp_beside(place: &Path) -> io::Result<NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        // What `File::create` gives (less the umask), not tempfile's 0600:
        // a sheet saved to a shared folder stays readable by others.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(folder_of(place))?;
    if let Ok(old) = fs::metadata(place) {
        // Replacing a file keeps who may read it.
        fs::set_permissions(temp.path(), old.permissions())?;
    }
    Ok(temp)
}

/// Renames the finished temporary file over `place` and makes the rename
/// itself durable.
fn put_in_place(temp: TempPath, place: &Path) -> io::Result<()> {
    temp.persist(place).map_err(|e| e.error)?;
    #[cfg(unix)]
    {
        // Best effort: the content is on disk already, and some file
        // systems (network shares, FAT through FUSE) refuse to sync a folder.
        let _ = File::open(folder_of(place)).and_then(|f| f.sync_all());
    }
    Ok(())
}

#[cfg(test)]
mod tests;
