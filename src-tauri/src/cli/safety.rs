//! Headless backups (`backup`, `backups`, `restore`), `doctor`, and the
//! hidden `register-stream` the crash test drives. Flattened into `grupo-motor`'s
//! own commands (see `cli.rs`); they run before the usual store is opened, so
//! `backups` and `restore` work on a damaged database too.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use uuid::Uuid;

use grupo_motor_core::domain::kinds::AttendanceRole;
use grupo_motor_core::domain::records::PersonDraft;
use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::store::checkup::{self, Severity};
use grupo_motor_core::store::{attendance, backup, restore, DatabaseLock, Store, StoreError};

#[derive(clap::Subcommand)]
pub enum SafetyCommand {
    /// Back up the database now (default: into `backups/` beside it).
    Backup {
        /// Where to save the copy instead.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List the backups, newest first (tab-separated).
    Backups,
    /// Go back to a backup. The current state is backed up first.
    Restore { file: PathBuf },
    /// For the crash test: registers each name read on stdin as a new person
    /// at the forum, and prints `ok NAME` once it is committed to disk.
    #[command(hide = true)]
    RegisterStream {
        #[arg(long)]
        forum: Uuid,
    },
}

impl SafetyCommand {
    /// A restore may start the database; a backup needs one.
    pub fn brings_data_in(&self) -> bool {
        matches!(self, SafetyCommand::Restore { .. } | SafetyCommand::RegisterStream { .. })
    }
}

pub fn run(db: &Path, command: SafetyCommand, language: Language) -> Result<(), StoreError> {
    let catalogue = Catalogue::new(language);
    match command {
        SafetyCommand::Backup { out } => {
            // Reading only: works while the window is open.
            let store = Store::open(db)?;
            let saved = match out {
                Some(out) => {
                    backup::backup_to(store.conn(), &store.protected(), &out)?;
                    out
                }
                None => backup::take(store.conn(), db, backup::MANUAL)?.path,
            };
            super::output::mark_saved();
            say!("{}", catalogue.text("backup-saved", &[("path", saved.display().to_string())]));
        }
        SafetyCommand::Backups => {
            let backups = backup::list_backups(db)?;
            if backups.is_empty() {
                eprintln!("{}", catalogue.text("backups-none", &[]));
            }
            for b in backups {
                say!("{}\t{}\t{}\t{}", b.taken_at.format("%d-%m-%Y %H:%M:%S"), b.reason, b.size, b.path.display());
            }
        }
        SafetyCommand::Restore { file } => {
            let lock = DatabaseLock::acquire(db)?;
            let kept = restore::restore(db, &file)?;
            super::output::mark_saved();
            // Migrates an older backup now, so a problem shows here.
            Store::open_locked(db, lock)?;
            match kept {
                Some(kept) => {
                    say!("{}", catalogue.text("backup-restored", &[("path", kept.display().to_string())]))
                }
                None => say!("{}", catalogue.text("backup-restored-fresh", &[])),
            }
        }
        SafetyCommand::RegisterStream { forum } => register_stream(db, forum)?,
    }
    Ok(())
}

/// Prints every finding of the checkup, then a summary; exit code 1 when
/// something is damaged or missing (a warning alone is not a failure).
pub fn doctor(db: &Path, language: Language) -> Result<ExitCode, StoreError> {
    let catalogue = Catalogue::new(language);
    let findings = checkup::checkup(db)?;
    for finding in &findings {
        let label = match finding.severity {
            Severity::Fine => "doctor-fine",
            Severity::Warning => "doctor-warning",
            Severity::Problem => "doctor-problem",
        };
        let args: Vec<(&str, String)> = finding.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        say!("{}: {}", catalogue.text(label, &[]), catalogue.text(finding.message_key, &args));
    }
    let problems = findings.iter().filter(|f| f.severity == Severity::Problem).count();
    if problems == 0 {
        say!("{}", catalogue.text("doctor-summary-fine", &[]));
        Ok(ExitCode::SUCCESS)
    } else {
        say!("{}", catalogue.text("doctor-summary-problems", &[("count", problems.to_string())]));
        Ok(ExitCode::FAILURE)
    }
}

/// What the sign-in desk does for a newcomer, once per line of stdin: the
/// confirmation is printed only after the commit, as the UI shows *Guardado*.
fn register_stream(db: &Path, forum: Uuid) -> Result<(), StoreError> {
    let mut store = Store::open_exclusive(db)?;
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let name = line?.trim().to_string();
        if name.is_empty() {
            continue;
        }
        let draft = PersonDraft {
            full_name: name.clone(),
            rut: String::new(),
            neighbourhood_id: None,
            organization_name: String::new(),
            age_band: None,
            gender: None,
            guardian: None,
            gender_consent: None,
        };
        attendance::register_new_person(store.conn_mut(), forum, &draft, AttendanceRole::Neighbour)?;
        writeln!(out, "ok {name}")?;
        out.flush()?;
    }
    Ok(())
}
