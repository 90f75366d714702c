//! Stopping the helper processes politely, then for good.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// SIGTERM first (Xvfb removes its lock file, tauri-driver stops
/// WebKitWebDriver), SIGKILL after a grace period. With `whole_group` the
/// signals go to the child's process group: its children and theirs (the
/// app and WebKit's helpers) are stopped too, even if the child is gone.
pub fn stop(child: &mut Child, whole_group: bool) {
    let target = if whole_group { format!("-{}", child.id()) } else { child.id().to_string() };
    signal("TERM", &target);
    let asked = Instant::now();
    while asked.elapsed() < Duration::from_secs(3) {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    if whole_group {
        // The group's number cannot be reused while any member is alive.
        signal("KILL", &target);
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// `kill(1)`: std can only SIGKILL a single child.
fn signal(name: &str, target: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{name}"), "--", target])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}
