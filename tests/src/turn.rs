//! One app window at a time, across test threads and test processes: two
//! WebKit apps on two cores make both slow enough to miss their timeouts.

use std::fs::File;

/// Holds the turn until dropped: a lock on a file in the target dir, which
/// the system also releases when a test process dies.
pub struct Turn {
    _lock: File,
}

pub async fn take() -> Turn {
    let path = crate::target_dir().join("e2e-window.lock");
    std::fs::create_dir_all(crate::target_dir()).expect("create the target dir");
    let file = File::create(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if file.try_lock().is_err() {
        eprintln!("waiting for another end-to-end test to close its window");
    }
    let file = tokio::task::spawn_blocking(move || file.lock().map(|()| file))
        .await
        .expect("the lock task")
        .unwrap_or_else(|e| panic!("lock {}: {e}", path.display()));
    Turn { _lock: file }
}
