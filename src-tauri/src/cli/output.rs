//! What the CLI prints on stdout, through one function, so that a closed
//! or full stdout is an answer rather than a panic: `forums | head -1`
//! closes the pipe after one line (the command stops quietly, exit 0, as
//! Unix tools do), and `sync-import … > /dev/full` has already committed
//! the merge when the report cannot be written (exit 1, saying the import
//! was saved, so nobody imports it again believing it failed).

use std::fmt::Display;
use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use grupo_motor_core::i18n::{Catalogue, Language};

static LANGUAGE: OnceLock<Language> = OnceLock::new();
static SAVED: AtomicBool = AtomicBool::new(false);

/// The language of the message told when stdout fails.
pub fn set_language(language: Language) {
    let _ = LANGUAGE.set(language);
}

/// The command's work is committed: from now on a failure to print says so.
pub fn mark_saved() {
    SAVED.store(true, Ordering::SeqCst);
}

/// Prints one line on stdout, or ends the process as explained above.
pub fn line(text: impl Display) {
    let mut out = std::io::stdout().lock();
    if let Err(error) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        stdout_failed(error.kind())
    }
}

fn stdout_failed(kind: ErrorKind) -> ! {
    if kind == ErrorKind::BrokenPipe {
        // The reader has what it wanted.
        std::process::exit(0);
    }
    let catalogue = Catalogue::new(LANGUAGE.get().copied().unwrap_or_default());
    let key = if SAVED.load(Ordering::SeqCst) { "error-stdout-saved" } else { "error-stdout" };
    tracing::warn!(key, "stdout failed");
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "grupo-motor: {}", catalogue.text(key, &[]));
    std::process::exit(1);
}
