//! Where the database lives. Computed the way Tauri computes its app-data
//! folder (from the bundle identifier), so the CLI and the window agree.

use std::path::PathBuf;

/// Must never change: it names the folder that holds every user's data.
pub const IDENTIFIER: &str = "cl.maipu.grupomotor";
pub const DATABASE_FILE: &str = "grupo-motor.sqlite3";

/// The app-data folder, e.g. `~/.local/share/cl.maipu.grupomotor` on Linux.
pub fn app_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join(IDENTIFIER)
}

pub fn default_database() -> PathBuf {
    app_data_dir().join(DATABASE_FILE)
}
