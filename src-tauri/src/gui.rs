//! The window: Tauri wiring only.

mod startup;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::Local;

use crate::commands::{self, AppState};
use grupo_motor_core::demo;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::store::{backup, Store, StoreError};

/// Opens the database for this one copy of the app (see `startup.rs`),
/// makes the day's backup and opens the window.
pub fn start(database: &Path, load_demo: bool, language: Language) -> Result<(), StoreError> {
    let mut opened = startup::open_store(database, language)?;
    crate::logging::start(database); // its folder exists now, on a first start too

    // The demo first, so that the day's first backup holds what a newcomer
    // sees (restoring it gives the demo, not an empty app).
    if load_demo && !opened.started_new {
        load_demo_if_empty(&mut opened.store)?;
    }
    if let Err(error) = backup::daily_backup(database) {
        // The person can still work; the next start tries again.
        tracing::error!("the daily backup failed: {error}");
    }
    run(opened.store, database.to_path_buf())
}

/// A newcomer's empty database gets demo data.
fn load_demo_if_empty(store: &mut Store) -> Result<(), StoreError> {
    if !demo::already_has_records(store.conn())? {
        demo::load(store.conn_mut(), Local::now().date_naive())?;
    }
    Ok(())
}

/// Opens the window on `store`.
pub fn run(store: Store, database: PathBuf) -> Result<(), StoreError> {
    // Some GPUs draw a blank window with WebKitGTK's DMA-BUF renderer.
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let result = tauri::Builder::default()
        .manage(AppState { store: Mutex::new(store), database })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        tracing::error!("the window could not start: {error}");
    }
    Ok(())
}
