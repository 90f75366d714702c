//! The log file a leader can send when something goes wrong: `tracing` into
//! daily files in `logs/` beside the database, the last `KEPT_FILES` kept, so
//! it stays small on a laptop used for years. What is logged is what happened
//! (start and stop, each import, export and backup, each failure with its
//! code) and never who: no names, RUTs, contacts or feedback text.

use std::path::{Path, PathBuf};

use tracing_appender::rolling::{RollingFileAppender, Rotation};

/// Days of logs kept.
const KEPT_FILES: usize = 7;

/// The log folder of a database.
pub fn folder_for(database: &Path) -> PathBuf {
    database.parent().unwrap_or(Path::new(".")).join("logs")
}

/// Starts logging into `folder_for(database)` once the database's own folder
/// exists (so a mistyped `--db` creates nothing); a second call does nothing.
/// Lines are written as they come (a few a minute at most), so a killed app
/// loses none. Without a folder to write in, the app runs without a log.
/// True when this call started it.
pub fn start(database: &Path) -> bool {
    if !database.parent().is_some_and(|folder| folder.as_os_str().is_empty() || folder.is_dir()) {
        return false;
    }
    let folder = folder_for(database);
    if std::fs::create_dir_all(&folder).is_err() {
        return false;
    }
    let Ok(appender) = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("grupo-motor")
        .filename_suffix("log")
        .max_log_files(KEPT_FILES)
        .build(folder)
    else {
        return false;
    };
    tracing_subscriber::fmt()
        .with_writer(appender)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        .try_init()
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_lives_beside_the_database_and_a_missing_folder_is_not_created() {
        let dir = tempfile::tempdir().expect("dir");
        assert_eq!(folder_for(&dir.path().join("grupo-motor.sqlite3")), dir.path().join("logs"));
        let mistyped = dir.path().join("no-existe").join("grupo-motor.sqlite3");
        assert!(!start(&mistyped), "no log without the folder");
        assert!(!dir.path().join("no-existe").exists());
    }
}
