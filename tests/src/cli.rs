//! The built binary run headless, as a script or a person at a terminal
//! would: one database, one command, its output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::app_binary;

/// Runs `grupo-motor --db DB ARGS…` with nothing on stdin and no
/// `GRUPO_MOTOR_DB` from the environment.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(app_binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("GRUPO_MOTOR_DB")
        .stdin(Stdio::null())
        .output()
        .expect("run grupo-motor")
}

/// Runs a command that must succeed; returns its stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(out.status.success(), "grupo-motor {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs a command that must fail; returns its stderr.
pub fn fails(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        !out.status.success(),
        "grupo-motor {args:?} should fail; stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A database with a year of demo data, in its own temporary folder.
pub fn demo_database() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    let said = ok(&db, &["demo"]);
    assert!(said.starts_with("demo: "), "{said}");
    (dir, db)
}
