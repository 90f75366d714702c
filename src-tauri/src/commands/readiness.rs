//! The moment the window became usable: in the log (`make bench-startup`
//! times a start from exec until this line appears), and for the work that
//! waits for it (the day's backup, see `gui.rs`).

use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

use super::{AppState, CommandResult};

/// Whether the first screen has been shown (a reloaded page calls again: the
/// log keeps the first start only).
static SHOWN: Mutex<bool> = Mutex::new(false);
static NOW_SHOWN: Condvar = Condvar::new();

/// Called by the UI once the forum list has rendered its rows and two frames
/// were drawn; `page_ms` is the page's own clock then (`performance.now()`),
/// which tells the page's share of the start from the process's.
pub fn ui_ready(_state: &AppState, page_ms: f64) -> CommandResult<()> {
    first_screen_shown(page_ms);
    Ok(())
}

fn first_screen_shown(page_ms: f64) {
    let mut shown = SHOWN.lock().unwrap_or_else(PoisonError::into_inner);
    if !*shown {
        *shown = true;
        tracing::info!("interactive after {page_ms:.0} ms of the page");
        NOW_SHOWN.notify_all();
    }
}

/// Waits until the first screen is shown, or `longest` has passed (a page
/// that never says so); true if it was shown.
pub fn wait_for_first_screen(longest: Duration) -> bool {
    let shown = SHOWN.lock().unwrap_or_else(PoisonError::into_inner);
    let (shown, _) =
        NOW_SHOWN.wait_timeout_while(shown, longest, |shown| !*shown).unwrap_or_else(PoisonError::into_inner);
    *shown
}

#[cfg(test)]
mod tests {
    use super::*;

    // One test: the flag is the process's, and stays set once set.
    #[test]
    fn waits_for_the_first_screen_or_gives_up_after_the_longest_wait() {
        assert!(!wait_for_first_screen(Duration::from_millis(30)), "nothing shown yet: gives up");
        let page = std::thread::spawn(|| {
            std::thread::sleep(Duration::from_millis(30));
            first_screen_shown(120.0);
        });
        assert!(wait_for_first_screen(Duration::from_secs(30)), "woken when shown");
        page.join().expect("the page's thread");
        assert!(wait_for_first_screen(Duration::ZERO), "stays shown for later waits");
    }
}
