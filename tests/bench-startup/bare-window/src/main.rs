//! A bare Tauri 2 window for `make bench-startup`: it shows dist/index.html,
//! whose script calls `page_ready` after the page loaded and two frames were
//! drawn. The command appends one line to the file named by
//! `BARE_WINDOW_READY_FILE`, which the benchmark waits for as it waits for
//! Grupo Motor's log line.

use std::io::Write;

/// Where the ready line goes.
const READY_FILE: &str = "BARE_WINDOW_READY_FILE";

#[tauri::command]
fn page_ready(page_ms: f64) {
    let line = format!("interactive after {page_ms:.0} ms of the page\n");
    let Some(path) = std::env::var_os(READY_FILE) else {
        print!("{line}");
        return;
    };
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(line.as_bytes()));
    if let Err(error) = written {
        // The benchmark then times out and says so; nothing else to do here.
        eprintln!("bare-window: {}: {error}", std::path::Path::new(&path).display());
    }
}

fn main() {
    // As Grupo Motor does (src-tauri/src/gui.rs), so both draw the same way.
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let result =
        tauri::Builder::default().invoke_handler(tauri::generate_handler![page_ready]).run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("bare-window: the window could not start: {error}");
        std::process::exit(1);
    }
}
