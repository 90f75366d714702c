//! Opening the database for the window. What stops it — another copy of
//! the app, a damaged file — is told in a dialog shown before any window
//! exists, the one moment when rfd's blocking dialogs are safe.

use std::path::Path;

use rfd::{MessageButtons, MessageDialog, MessageDialogResult, MessageLevel};

use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::store::{restore, DatabaseLock, Store, StoreError};

pub struct Opened {
    pub store: Store,
    /// The person chose to start a new database: it gets no demo data.
    pub started_new: bool,
}

/// Set on the start that follows a failed open (see `restart_opening_first`).
const OPEN_FIRST: &str = "GRUPO_MOTOR_OPEN_FIRST";

/// Whether this start opens the database before the window rather than
/// beside it: after an open that failed, or where a start cannot be made
/// again (see `restart`), so that any dialog comes before the window.
pub fn must_open_first() -> bool {
    !cfg!(unix) || std::env::var_os(OPEN_FIRST).is_some()
}

/// The database for this copy of the app alone; another copy running is
/// told in a dialog.
pub fn take_lock(db: &Path, language: Language) -> Result<DatabaseLock, StoreError> {
    DatabaseLock::acquire(db).inspect_err(|error| tell(&Catalogue::new(language), error))
}

/// Takes the database for this copy of the app, offering a way out of a
/// damaged file. `Err(Damaged)` when the person chose to quit.
pub fn open_store(db: &Path, language: Language) -> Result<Opened, StoreError> {
    let catalogue = Catalogue::new(language);
    let lock = take_lock(db, language)?;
    let lock = match Store::check_and_open_locked(db, lock) {
        Ok(store) => return Ok(Opened { store, started_new: false }),
        Err((StoreError::Damaged, lock)) => lock,
        Err((error, _)) => {
            tell(&catalogue, &error);
            return Err(error);
        }
    };
    // Repaired while this copy still holds the lock.
    let started_new = match resolve_damage(db, &catalogue) {
        Ok(started_new) => started_new,
        Err(StoreError::Damaged) => return Err(StoreError::Damaged),
        Err(error) => {
            tell(&catalogue, &error);
            return Err(error);
        }
    };
    drop(lock);
    restart(started_new)?;
    open_store(db, language).map(|opened| Opened { started_new, ..opened })
}

/// Asks how to go on from a damaged database, and does it: restore the
/// newest good backup (`Ok(false)`) or start a new database (`Ok(true)`).
/// Either way the damaged file is kept. `Err(Damaged)`: quit.
fn resolve_damage(db: &Path, catalogue: &Catalogue) -> Result<bool, StoreError> {
    let newest = restore::newest_good_backup(db)?;
    let new_label = catalogue.text("damaged-new", &[]);
    let quit_label = catalogue.text("damaged-quit", &[]);
    let (explanation, buttons, restore_label) = match &newest {
        Some(backup) => {
            let date = backup.taken_at.format("%d-%m-%Y %H:%M").to_string();
            let restore_label = catalogue.text("damaged-restore", &[("date", date.clone())]);
            let buttons = MessageButtons::YesNoCancelCustom(restore_label.clone(), new_label.clone(), quit_label);
            (catalogue.text("damaged-with-backup", &[("date", date)]), buttons, Some(restore_label))
        }
        None => (
            catalogue.text("damaged-without-backup", &[]),
            MessageButtons::OkCancelCustom(new_label.clone(), quit_label),
            None,
        ),
    };
    let description = format!("{}\n\n{explanation}", catalogue.text("error-damaged", &[]));
    if !has_display() {
        return Err(StoreError::Damaged);
    }
    let answer = MessageDialog::new()
        .set_level(MessageLevel::Warning)
        .set_title(catalogue.text("damaged-title", &[]))
        .set_description(description)
        .set_buttons(buttons)
        .show();
    let MessageDialogResult::Custom(chosen) = answer else {
        return Err(StoreError::Damaged);
    };
    if chosen == new_label {
        let aside = restore::set_aside_damaged(db)?;
        tracing::warn!("the damaged database was kept as {}", aside.display());
        return Ok(true);
    }
    match newest {
        Some(backup) if restore_label.as_deref() == Some(chosen.as_str()) => {
            let kept = restore::restore(db, &backup.path)?;
            if let Some(kept) = kept {
                tracing::warn!("the damaged database was kept as {}", kept.display());
            }
            Ok(false)
        }
        _ => Err(StoreError::Damaged),
    }
}

/// Shows why the app cannot open (the CLI also prints it on stderr).
fn tell(catalogue: &Catalogue, error: &StoreError) {
    if !has_display() {
        return;
    }
    MessageDialog::new()
        .set_level(MessageLevel::Error)
        .set_title(catalogue.text("app-title", &[]))
        .set_description(crate::report::sentence(catalogue, error))
        .set_buttons(MessageButtons::Ok)
        .show();
}

/// Without a display rfd's GTK dialog would wait forever.
fn has_display() -> bool {
    if cfg!(target_os = "linux") {
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    } else {
        true
    }
}

/// After a dialog, rfd's GTK thread keeps GTK's main context and the window
/// could not start in this process: a fresh one (same arguments) opens it.
/// The lock is released with the old process image. Returns only on error.
#[cfg(unix)]
fn restart(started_new: bool) -> Result<(), StoreError> {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if started_new && !args.iter().any(|arg| arg == "--no-demo") {
        args.push("--no-demo".into());
    }
    exec_self(std::process::Command::new(std::env::current_exe()?).args(args))
}

/// When the database failed to open beside the window, this process, window
/// and all, gives way to a new one that opens it first and can say why
/// (dialogs and all). The lock must be released already.
#[cfg(unix)]
pub fn restart_opening_first() -> Result<(), StoreError> {
    let args = std::env::args_os().skip(1);
    exec_self(std::process::Command::new(std::env::current_exe()?).args(args).env(OPEN_FIRST, "1"))
}

#[cfg(not(unix))]
pub fn restart_opening_first() -> Result<(), StoreError> {
    Ok(()) // never called: such systems always open first
}

#[cfg(unix)]
fn exec_self(command: &mut std::process::Command) -> Result<(), StoreError> {
    use std::os::unix::process::CommandExt;
    Err(StoreError::Io(command.exec()))
}

/// Windows and macOS dialogs leave nothing behind: go on in this process.
#[cfg(not(unix))]
fn restart(_started_new: bool) -> Result<(), StoreError> {
    Ok(())
}
