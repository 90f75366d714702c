//! The window: Tauri wiring only.

mod startup;

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Local;

use crate::commands::{self, AppState, StoreSlot};
use grupo_motor_core::demo;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::store::{backup, Store, StoreError};

/// How long the day's backup waits for a first screen that does not come.
const BACKUP_WAITS_AT_MOST: Duration = Duration::from_secs(10);

/// Takes the database for this one copy of the app and opens the window.
/// The database is checked and opened on a thread of its own meanwhile:
/// on a large file the check takes as long as WebKit takes to start, and
/// the first command waits for it (see `StoreSlot`). When something is
/// wrong with the file the app starts again and opens it first, the one way
/// its dialogs can come before any window (see `startup.rs`).
pub fn start(database: &Path, load_demo: bool, language: Language) -> Result<(), StoreError> {
    let started = Instant::now();
    if startup::must_open_first() {
        let mut opened = startup::open_store(database, language)?;
        start_logging(database);
        if load_demo && !opened.started_new {
            load_demo_if_empty(&mut opened.store)?;
        }
        let path = database.to_path_buf();
        std::thread::spawn(move || once_open(&path, started));
        return run(Arc::new(StoreSlot::open(opened.store)), database.to_path_buf());
    }
    let lock = startup::take_lock(database, language)?;
    start_logging(database);
    let slot = Arc::new(StoreSlot::opening());
    let opening = Arc::clone(&slot);
    let path = database.to_path_buf();
    std::thread::spawn(move || {
        let opened = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let mut store = Store::check_and_open_locked(&path, lock).map_err(|(error, _lock)| error)?;
            if load_demo {
                load_demo_if_empty(&mut store)?;
            }
            Ok::<_, StoreError>(store)
        }));
        match opened {
            Ok(Ok(store)) => {
                opening.fill(Some(store));
                once_open(&path, started);
            }
            Ok(Err(error)) => {
                tracing::warn!("the database did not open ({error}): starting again to open it first");
                opening.fill(None);
                if let Err(error) = startup::restart_opening_first() {
                    tracing::error!("the app could not start again: {error}");
                }
            }
            Err(_panic) => opening.fill(None), // the panic hook has said why
        }
    });
    run(slot, database.to_path_buf())
}

/// The database's folder exists once its lock is taken, on the first start
/// of all too: the log starts then if it could not before, with the start
/// line `main` could not write.
fn start_logging(database: &Path) {
    if crate::logging::start(database) {
        tracing::info!(version = env!("CARGO_PKG_VERSION"), command = "window", "start");
    }
}

/// What follows the opening, on a thread of its own: a log line of how long
/// it took, then the day's backup (after the demo, so that the day's first
/// backup holds what a newcomer sees: restoring it gives the demo, not an
/// empty app). The backup copies the whole file (80 MB after five years):
/// it waits for the first screen, so the day's first start, the one a leader
/// makes at the folding table, does not share the two cores with it.
fn once_open(database: &Path, started: Instant) {
    // Where a slow start goes, beside `make bench-startup`'s figures.
    tracing::info!("the database is open {} ms after start", started.elapsed().as_millis());
    commands::wait_for_first_screen(BACKUP_WAITS_AT_MOST);
    match backup::daily_backup(database) {
        Ok(Some(_)) => tracing::info!("the day's backup is made"),
        Ok(None) => {} // made by an earlier start today
        // The person can still work; the next start tries again.
        Err(error) => tracing::error!("the daily backup failed: {error}"),
    }
}

/// A newcomer's empty database gets demo data.
fn load_demo_if_empty(store: &mut Store) -> Result<(), StoreError> {
    if !demo::already_has_records(store.conn())? {
        demo::load(store.conn_mut(), Local::now().date_naive())?;
    }
    Ok(())
}

/// Opens the window on `store`; when it closes, closes the database cleanly.
fn run(store: Arc<StoreSlot>, database: PathBuf) -> Result<(), StoreError> {
    // Some GPUs draw a blank window with WebKitGTK's DMA-BUF renderer.
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let closing = Arc::clone(&store);
    let app = tauri::Builder::default()
        .manage(AppState { store, database })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!());
    match app {
        // The event loop ends the process itself: the store is never dropped.
        Ok(app) => {
            #[cfg(unix)]
            close_on_terminate(app.handle().clone());
            app.run(move |_, event| {
                if let tauri::RunEvent::Exit = event {
                    close_cleanly(&closing);
                    tracing::info!(command = "window", "stop");
                }
            })
        }
        Err(error) => tracing::error!("the window could not start: {error}"),
    }
    Ok(())
}

/// The end of a session (logout, shutdown, `kill`) sends SIGTERM: the
/// window closes then as if the person had closed it, database and all.
#[cfg(unix)]
fn close_on_terminate(app: tauri::AppHandle) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    match signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(mut signals) => {
            std::thread::spawn(move || {
                if signals.forever().next().is_some() {
                    app.exit(0);
                }
            });
        }
        Err(error) => tracing::warn!("a SIGTERM will not close the database cleanly: {error}"),
    }
}

/// The next start need not walk the whole file (see `Store::close_cleanly`).
fn close_cleanly(store: &StoreSlot) {
    let Ok(mut store) = store.lock() else {
        return; // it never opened
    };
    if let Err(error) = store.close_cleanly() {
        tracing::warn!("the database was not closed cleanly: {error}");
    }
}
