//! Whole-app test support: the built `grupo-motor` in a real WebKit window
//! (under Xvfb when there is no display), driven through tauri-driver and
//! WebKitWebDriver with fantoccini.

pub mod display;
pub mod driver;
mod process;
mod turn;
pub mod window;

use std::path::{Path, PathBuf};

pub use window::AppWindow;

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ lies in the workspace").to_path_buf()
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace().join("target"))
}

/// The binary under test: `GRUPO_MOTOR_BIN`, or the workspace's debug build.
pub fn app_binary() -> PathBuf {
    let binary = std::env::var_os("GRUPO_MOTOR_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug").join("grupo-motor"));
    assert!(binary.exists(), "{} is missing: run `make test`, which builds it first", binary.display());
    binary.canonicalize().unwrap_or(binary)
}
