//! The headless commands for spreadsheets and sync files, flattened into
//! `grupo-motor`'s own (see `cli.rs`). Messages in the chosen language.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use grupo_motor_core::domain::dates::parse_date;
use grupo_motor_core::domain::Invalid;
use grupo_motor_core::error::{ErrorCode, UserError};
use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::output_file;
use grupo_motor_core::store::{Store, StoreError};
use grupo_motor_core::sync::{self, SyncError, SyncReport};
use grupo_motor_core::transfer::csv_export::{self, AttendanceSelection};
use grupo_motor_core::transfer::csv_import::{self, BadRow, ImportPlan};
use grupo_motor_core::transfer::TransferError;

#[derive(clap::Subcommand)]
pub enum TransferCommand {
    /// Import people from a CSV (Excel or LibreOffice, `;` or `,`).
    ImportPeople {
        file: PathBuf,
        /// Only show what would be imported.
        #[arg(long)]
        dry_run: bool,
    },
    /// Import a forum's attendance list from a CSV.
    ImportAttendance {
        file: PathBuf,
        /// The forum's id (see `forums`).
        #[arg(long)]
        forum: Uuid,
        #[arg(long)]
        dry_run: bool,
    },
    /// Save everyone as a CSV for Excel.
    ExportPeople {
        file: PathBuf,
        /// Include phone, e-mail and consent.
        #[arg(long)]
        with_contacts: bool,
    },
    /// Save the sign-ins of a forum, or of every forum in a period, as a CSV.
    ExportAttendance {
        file: PathBuf,
        #[arg(long, conflicts_with_all = ["from", "to"], required_unless_present = "from")]
        forum: Option<Uuid>,
        /// First day, e.g. 01-10-2026.
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last day, inclusive.
        #[arg(long, requires = "from")]
        to: Option<String>,
    },
    /// Save what neighbours said, and the answers, as a CSV.
    ExportFeedback { file: PathBuf },
    /// Write a sync file for another laptop.
    SyncExport {
        file: PathBuf,
        /// Only what changed since the last export to this colleague.
        #[arg(long = "for")]
        colleague: Option<String>,
    },
    /// Merge a sync file from another laptop.
    SyncImport { file: PathBuf },
    /// Through a shared folder: import the colleagues' new files, then
    /// write this laptop's own (and remember the folder).
    SyncFolder { folder: PathBuf },
}

impl TransferCommand {
    /// Imports may start a new database; exports need one.
    pub fn brings_data_in(&self) -> bool {
        matches!(
            self,
            TransferCommand::ImportPeople { .. }
                | TransferCommand::ImportAttendance { .. }
                | TransferCommand::SyncImport { .. }
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Transfer(#[from] TransferError),
    #[error(transparent)]
    Sync(#[from] SyncError),
}

impl From<StoreError> for CommandError {
    fn from(error: StoreError) -> Self {
        CommandError::Transfer(error.into())
    }
}

impl From<Invalid> for CommandError {
    fn from(invalid: Invalid) -> Self {
        CommandError::Transfer(invalid.into())
    }
}

impl CommandError {
    fn inner(&self) -> &dyn UserError {
        match self {
            CommandError::Transfer(error) => error,
            CommandError::Sync(error) => error,
        }
    }
}

impl UserError for CommandError {
    fn code(&self) -> ErrorCode {
        self.inner().code()
    }

    fn message_key(&self) -> &'static str {
        self.inner().message_key()
    }

    fn details(&self) -> BTreeMap<String, String> {
        self.inner().details()
    }

    fn is_internal(&self) -> bool {
        self.inner().is_internal()
    }
}

pub fn run(store: &mut Store, command: TransferCommand, language: Language) -> Result<(), CommandError> {
    let catalogue = Catalogue::new(language);
    match command {
        TransferCommand::ImportPeople { file, dry_run } => {
            let plan = csv_import::plan_people_import(store.conn(), &read(&file)?)?;
            import(store, &catalogue, &plan, dry_run, csv_import::apply_people_import)
        }
        TransferCommand::ImportAttendance { file, forum, dry_run } => {
            let plan = csv_import::plan_attendance_import(store.conn(), &read(&file)?, forum)?;
            import(store, &catalogue, &plan, dry_run, csv_import::apply_attendance_import)
        }
        TransferCommand::ExportPeople { file, with_contacts } => {
            write(store, &file, &csv_export::people(store.conn(), language, with_contacts)?)
        }
        TransferCommand::ExportAttendance { file, forum, from, to } => {
            let selection = match (forum, from, to) {
                (Some(forum), _, _) => AttendanceSelection::Forum(forum),
                (None, Some(from), Some(to)) => {
                    let (from, to) = (parse_date(&from, "from")?, parse_date(&to, "to")?);
                    if to < from {
                        return Err(Invalid::new("to", "error-end-before-start").into());
                    }
                    AttendanceSelection::Period { from, to }
                }
                _ => return Err(Invalid::new("forum", "error-required").into()),
            };
            write(store, &file, &csv_export::attendance(store.conn(), language, selection)?)
        }
        TransferCommand::ExportFeedback { file } => write(store, &file, &csv_export::feedback(store.conn(), language)?),
        TransferCommand::SyncExport { file, colleague } => {
            let protected = store.protected();
            let folder = store.evidence_folder();
            let summary = sync::export::export_file_with(
                store.conn_mut(),
                &protected,
                &file,
                colleague.as_deref(),
                folder.as_deref(),
            )?;
            super::output::mark_saved();
            let path = file.display().to_string();
            say!("{}", catalogue.text("sync-exported", &[("rows", summary.rows.to_string()), ("path", path)]));
            Ok(())
        }
        TransferCommand::SyncFolder { folder } => {
            sync::folder::choose(store.conn(), &folder)?;
            let protected = store.protected();
            let evidence = store.evidence_folder();
            let report = sync::folder::sync(store.conn_mut(), &protected, &folder, evidence.as_deref())?;
            for imported in &report.imported {
                say!("{}", imported.file);
                print_report(&catalogue, &imported.report);
            }
            for failed in &report.failed {
                say!("{}: {}", failed.file, catalogue.text(&failed.message_key, &[]));
            }
            let args = [
                ("imported", report.imported.len().to_string()),
                ("unchanged", report.unchanged.to_string()),
                ("written", report.written.clone()),
            ];
            say!("{}", catalogue.text("sync-folder-report", &args));
            Ok(())
        }
        TransferCommand::SyncImport { file } => {
            let folder = store.evidence_folder();
            let report = sync::import::import_file_with(store.conn_mut(), &file, folder.as_deref())?;
            // Committed: a report that cannot be printed must not read as a failed import.
            super::output::mark_saved();
            print_report(&catalogue, &report);
            Ok(())
        }
    }
}

fn read(file: &Path) -> Result<Vec<u8>, CommandError> {
    Ok(grupo_motor_core::transfer::read_sheet(file)?)
}

/// Through `output_file`: never over the database, its backups or evidence.
fn write(store: &Store, file: &Path, bytes: &[u8]) -> Result<(), CommandError> {
    output_file::write(&store.protected(), file, bytes).map_err(StoreError::from)?;
    say!("{}", file.display());
    Ok(())
}

type Apply =
    fn(&mut rusqlite::Connection, &ImportPlan) -> grupo_motor_core::transfer::Result<csv_import::ImportOutcome>;

/// Prints the preview; imports only when asked and every row is good, so a
/// script's exit code says whether the whole file went in.
fn import(
    store: &mut Store,
    catalogue: &Catalogue,
    plan: &ImportPlan,
    dry_run: bool,
    apply: Apply,
) -> Result<(), CommandError> {
    print_plan(catalogue, plan);
    if !plan.bad_rows.is_empty() {
        return Err(TransferError::BadRows { count: plan.bad_rows.len() }.into());
    }
    if dry_run {
        return Ok(());
    }
    let outcome = apply(store.conn_mut(), plan)?;
    super::output::mark_saved();
    say!(
        "{}",
        catalogue.text(
            "csv-import-done",
            &[
                ("created", outcome.created.to_string()),
                ("registered", outcome.registered.to_string()),
                ("skipped", outcome.already_registered.to_string()),
                ("contacts", outcome.contacts_saved.to_string()),
            ]
        )
    );
    Ok(())
}

fn print_plan(catalogue: &Catalogue, plan: &ImportPlan) {
    let line = |key: &str, args: &[(&str, String)]| say!("{}", catalogue.text(key, args));
    for row in &plan.to_create {
        line("csv-plan-create", &[("line", row.line.to_string()), ("name", row.full_name.clone())]);
    }
    for (key, list) in [("csv-plan-match", &plan.matches), ("csv-plan-already", &plan.already_registered)] {
        for matched in list {
            let args = [
                ("line", matched.row.line.to_string()),
                ("name", matched.row.full_name.clone()),
                ("existing", matched.existing.full_name.clone()),
            ];
            line(key, &args);
        }
    }
    for bad in &plan.bad_rows {
        say!("{}", describe_bad_row(catalogue, bad));
    }
    if plan.contacts_dropped > 0 {
        line("csv-plan-contacts-dropped", &[("count", plan.contacts_dropped.to_string())]);
    }
    if !plan.ignored_columns.is_empty() {
        line("csv-plan-ignored", &[("columns", plan.ignored_columns.join(", "))]);
    }
    // The same summary as the window's preview.
    let count = |key: &str, n: usize| catalogue.text(key, &[("count", n.to_string())]);
    let mut parts =
        vec![count("import-summary-create", plan.to_create.len()), count("import-summary-matches", plan.matches.len())];
    if plan.forum_id.is_some() {
        parts.push(count("import-summary-already", plan.already_registered.len()));
    }
    parts.push(count("import-summary-bad", plan.bad_rows.len()));
    line("csv-plan-summary", &[("summary", parts.join(" · "))]);
}

/// "Línea 4, RUT: El dígito verificador…"
pub fn describe_bad_row(catalogue: &Catalogue, bad: &BadRow) -> String {
    let args: Vec<(&str, String)> = bad.args.iter().map(|(name, value)| (name.as_str(), value.clone())).collect();
    let message = catalogue.text(&bad.message_key, &args);
    match bad.field.as_deref() {
        Some(field) => {
            let field = catalogue.text(&format!("csv-field-{field}"), &[]);
            catalogue.text("csv-plan-bad", &[("line", bad.line.to_string()), ("field", field), ("message", message)])
        }
        None => catalogue.text("csv-plan-bad-row", &[("line", bad.line.to_string()), ("message", message)]),
    }
}

fn print_report(catalogue: &Catalogue, report: &SyncReport) {
    for conflict in &report.conflicts {
        let kept = match conflict.kept {
            sync::Side::ThisLaptop => "sync-kept-this-laptop",
            sync::Side::File => "sync-kept-file",
        };
        let args = [("label", conflict.label.clone()), ("kept", catalogue.text(kept, &[]))];
        say!("{}", catalogue.text(conflict.kind.message_key(), &args));
    }
    let args = [
        ("added", report.added.to_string()),
        ("changed", report.changed.to_string()),
        ("unchanged", report.unchanged.to_string()),
        ("conflicts", report.conflicts.len().to_string()),
    ];
    say!("{}", catalogue.text("sync-report", &args));
    for refused in &report.files_refused {
        say!("{}", catalogue.text(refused.reason.message_key(), &[("name", refused.name.clone())]));
    }
    if report.files_received + report.files_already_here + report.files_refused.len() > 0 {
        let args = [
            ("received", report.files_received.to_string()),
            ("here", report.files_already_here.to_string()),
            ("refused", report.files_refused.len().to_string()),
        ];
        say!("{}", catalogue.text("sync-files-report", &args));
    }
}
