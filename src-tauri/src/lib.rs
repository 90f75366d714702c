//! Grupo Motor: records and meeting packs for the driving force group of
//! Maipú's Open Government action plan.
//!
//! `domain` and `store` are plain Rust and never touch Tauri; `commands` and
//! `gui` are the only Tauri code; `cli` drives the same core headless.

mod bindings;
pub mod cli;
pub mod commands;
pub mod demo;
pub mod domain;
#[doc(hidden)]
pub mod fuzzing;
mod gui;
pub mod i18n;
pub mod ical;
pub mod pack;
pub mod paths;
pub mod store;
pub mod sync;
pub mod transfer;
