//! Grupo Motor's shell: the window (`gui`), the Tauri commands the UI calls
//! (`commands`) and the command line (`cli`), all thin wrappers around
//! `grupo_motor_core`, which knows nothing of them.

mod bindings;
pub mod cli;
pub mod commands;
mod gui;
mod logging;
mod report;
