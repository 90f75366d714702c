//! The moment the window became usable, in the log: `make bench-startup`
//! times a start from exec until this line appears.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{AppState, CommandResult};

/// A reloaded page calls again; the log keeps the first start only.
static LOGGED: AtomicBool = AtomicBool::new(false);

/// Called by the UI once the forum list has rendered its rows and two frames
/// were drawn; `page_ms` is the page's own clock then (`performance.now()`),
/// which tells the page's share of the start from the process's.
pub fn ui_ready(_state: &AppState, page_ms: f64) -> CommandResult<()> {
    if !LOGGED.swap(true, Ordering::Relaxed) {
        tracing::info!("interactive after {page_ms:.0} ms of the page");
    }
    Ok(())
}
