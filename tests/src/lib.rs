//! Whole-app test support: the built `grupo-motor` in a real WebKit window
//! (under Xvfb when there is no display), driven through tauri-driver and
//! WebKitWebDriver with fantoccini.

pub mod cli;
pub mod display;
pub mod driver;
pub mod process;
mod turn;
pub mod window;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub use window::AppWindow;

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ lies in the workspace").to_path_buf()
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace().join("target"))
}

/// The binary under test: `GRUPO_MOTOR_BIN`, or the workspace's debug
/// build, brought up to date first (a no-op when it is), once per process.
pub fn app_binary() -> PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY
        .get_or_init(|| {
            let binary = match std::env::var_os("GRUPO_MOTOR_BIN") {
                Some(path) => PathBuf::from(path),
                None => {
                    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
                    let status = Command::new(cargo)
                        .args(["build", "--quiet", "-p", "grupo-motor", "--bin", "grupo-motor"])
                        .current_dir(workspace())
                        .status()
                        .expect("run cargo build");
                    assert!(status.success(), "building grupo-motor failed");
                    target_dir().join("debug").join(format!("grupo-motor{}", std::env::consts::EXE_SUFFIX))
                }
            };
            assert!(binary.exists(), "{} is missing", binary.display());
            binary.canonicalize().unwrap_or(binary)
        })
        .clone()
}
