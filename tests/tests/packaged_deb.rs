//! The installable package: `make release` builds a `.deb` with Tauri's
//! bundler; its control file, desktop entry and icon are as a desktop
//! expects, and the binary inside it, extracted with `dpkg-deb -x`, runs:
//! `--version`, `demo` and `pack` on a temporary database.
//!
//! A release build takes minutes, so this is not part of `make test`; run it
//! with `make release-test` (or give `GRUPO_MOTOR_DEB=path.deb` to check a
//! package already built).

use std::path::{Path, PathBuf};
use std::process::Command;

use grupo_motor_tests::{target_dir, workspace};

fn run(program: &str, args: &[&str], dir: &Path) -> String {
    let out =
        Command::new(program).args(args).current_dir(dir).output().unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(out.status.success(), "{program} {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The package under test: `GRUPO_MOTOR_DEB`, or the one `make release` builds now.
fn package() -> PathBuf {
    if let Some(given) = std::env::var_os("GRUPO_MOTOR_DEB") {
        return PathBuf::from(given);
    }
    run("make", &["-s", "release"], &workspace());
    let folder = target_dir().join("release/bundle/deb");
    let mut debs: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "deb"))
        .collect();
    debs.sort_by_key(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok());
    debs.pop().expect("make release left a .deb in target/release/bundle/deb")
}

fn field(deb: &Path, name: &str) -> String {
    run("dpkg-deb", &["-f", &deb.to_string_lossy(), name], Path::new(".")).trim().to_string()
}

#[test]
#[ignore = "a release build takes minutes: run via make release-test"]
fn the_deb_installs_a_menu_entry_and_a_binary_that_works() {
    let deb = package();
    let version = env!("CARGO_PKG_VERSION");

    assert_eq!(field(&deb, "Package"), "grupo-motor");
    assert_eq!(field(&deb, "Version"), version);
    assert_eq!(field(&deb, "Architecture"), "amd64");
    let depends = field(&deb, "Depends");
    for runtime in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        assert!(depends.contains(runtime), "depends on {runtime}: {depends}");
    }
    assert!(!depends.contains("-dev"), "no -dev package among the dependencies: {depends}");

    let root = tempfile::tempdir().expect("temp dir");
    run("dpkg-deb", &["-x", &deb.to_string_lossy(), &root.path().to_string_lossy()], Path::new("."));
    let binary = root.path().join("usr/bin/grupo-motor");
    assert!(binary.is_file(), "the binary is at /usr/bin/grupo-motor");

    let applications = root.path().join("usr/share/applications");
    let entries: Vec<PathBuf> = std::fs::read_dir(&applications)
        .expect("a desktop entry folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "desktop"))
        .collect();
    assert_eq!(entries.len(), 1, "one desktop entry: {entries:?}");
    let entry = std::fs::read_to_string(&entries[0]).expect("read the desktop entry");
    for line in ["[Desktop Entry]", "Type=Application", "Name=Grupo Motor", "Exec=grupo-motor", "Icon=grupo-motor"] {
        assert!(entry.lines().any(|l| l.trim() == line), "desktop entry has {line}:\n{entry}");
    }
    let icon = root.path().join("usr/share/icons/hicolor/128x128/apps/grupo-motor.png");
    let png = std::fs::read(&icon).unwrap_or_else(|e| panic!("{}: {e}", icon.display()));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "the icon is a PNG");

    let said = run(&binary.to_string_lossy(), &["--version"], Path::new("."));
    assert_eq!(said.trim(), format!("grupo-motor {version}"));
    let data = tempfile::tempdir().expect("temp dir");
    let db = data.path().join("grupo-motor.sqlite3");
    let db = db.to_string_lossy();
    let demo = run(&binary.to_string_lossy(), &["--db", &db, "demo"], Path::new("."));
    assert!(demo.starts_with("demo: "), "{demo}");
    let pdf = data.path().join("pack.pdf");
    run(
        &binary.to_string_lossy(),
        &["--db", &db, "pack", "--period", "2026-Q3", "--out", &pdf.to_string_lossy()],
        Path::new("."),
    );
    let bytes = std::fs::read(&pdf).expect("the pack was written");
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() > 10_000, "a PDF of {} bytes", bytes.len());
}
