//! Grupo Motor's core: the domain rules, the database, the meeting pack,
//! CSV and sync files. Plain Rust with no window: the shell (`src-tauri/`)
//! wraps it in Tauri commands and a command line.

pub mod demo;
pub mod domain;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod ical;
pub mod output_file;
pub mod pack;
pub mod paths;
pub mod store;
pub mod sync;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod transfer;
