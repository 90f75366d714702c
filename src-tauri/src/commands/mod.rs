//! Tauri commands: thin wrappers that lock the store, call the core and map
//! errors. No SQL and no rules here.

mod error;
pub mod forums;
pub mod people;
pub mod reference;
pub mod settings;

use std::sync::Mutex;

pub use error::{ErrorCode, IpcError};

use crate::store::Store;

/// The one open database, shared by all commands.
pub struct AppState {
    pub store: Mutex<Store>,
}

pub type CommandResult<T> = Result<T, IpcError>;

/// Every command the UI may call.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        forums::list_forums,
        forums::get_forum,
        forums::create_forum,
        reference::list_neighbourhoods,
        reference::list_commitments,
        reference::list_organizations,
        people::search_people,
        people::register_attendance,
        people::register_new_person,
        people::list_attendees,
        people::remove_attendance,
        settings::get_language,
        settings::set_language,
    ]
}
