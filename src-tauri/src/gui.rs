//! The window: Tauri wiring only.

use std::path::PathBuf;
use std::sync::Mutex;

use chrono::Local;

use crate::commands::{self, AppState};
use crate::demo;
use crate::store::{Store, StoreError};

/// Opens the window on `store`; a newcomer's empty database gets demo data.
pub fn run(mut store: Store, database: PathBuf, load_demo: bool) -> Result<(), StoreError> {
    if load_demo && !demo::already_has_records(store.conn())? {
        demo::load(store.conn_mut(), Local::now().date_naive())?;
    }
    // Some GPUs draw a blank window with WebKitGTK's DMA-BUF renderer.
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let result = tauri::Builder::default()
        .manage(AppState { store: Mutex::new(store), database })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("grupo-motor: the window could not start: {error}");
    }
    Ok(())
}
