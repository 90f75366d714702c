//! Headless commands for Ley 21.719's paperwork, flattened into
//! `grupo-motor`'s own: the data controller's details, the printable
//! documents, and the breach log.

use std::path::PathBuf;

use chrono::Local;
use uuid::Uuid;

use super::CliError;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, DocumentKind, Paper};
use grupo_motor_core::store::controller::{self, Controller};
use grupo_motor_core::store::{breaches, Store, StoreError};

#[derive(clap::Subcommand)]
pub enum DocumentsCommand {
    /// Print a document of Ley 21.719 (PDF): the privacy notice, a consent
    /// form, or the report of a breach for the Agencia.
    Document {
        #[arg(value_parser = ["privacy-notice", "guardian-consent", "contact-consent", "breach-report"])]
        kind: String,
        /// Where to save the PDF.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "a4", value_parser = ["a4", "letter"])]
        paper: String,
        /// The breach's id (see `breaches`), for breach-report.
        #[arg(long, required_if_eq("kind", "breach-report"))]
        breach: Option<Uuid>,
    },
    /// Show the data controller as JSON; with options, change those first.
    Controller(ControllerArgs),
    /// List the breach log, latest found first (tab-separated).
    Breaches,
}

#[derive(clap::Args)]
pub struct ControllerArgs {
    /// e.g. "Ilustre Municipalidad de Maipú".
    #[arg(long)]
    name: Option<String>,
    /// e.g. DIDECO.
    #[arg(long)]
    unit: Option<String>,
    /// Where rights requests go (e-mail, phone or office).
    #[arg(long)]
    contact: Option<String>,
    #[arg(long)]
    address: Option<String>,
    /// One purpose; repeat for each (replaces the recorded ones).
    #[arg(long = "purpose")]
    purposes: Vec<String>,
    /// How long the data are kept.
    #[arg(long)]
    retention: Option<String>,
}

impl DocumentsCommand {
    /// Printing and listing may run while the window is open.
    pub fn only_reads(&self) -> bool {
        match self {
            DocumentsCommand::Document { .. } | DocumentsCommand::Breaches => true,
            DocumentsCommand::Controller(args) => !args.changes_anything(),
        }
    }

    /// Recording the data controller is often the first thing done on a
    /// new laptop: it may start the database.
    pub fn brings_data_in(&self) -> bool {
        matches!(self, DocumentsCommand::Controller(args) if args.changes_anything())
    }
}

impl ControllerArgs {
    fn changes_anything(&self) -> bool {
        let ControllerArgs { name, unit, contact, address, purposes, retention } = self;
        [name, unit, contact, address, retention].iter().any(|v| v.is_some()) || !purposes.is_empty()
    }

    fn apply(self, mut controller: Controller) -> Controller {
        let set = |field: &mut String, value: Option<String>| {
            if let Some(value) = value {
                *field = value;
            }
        };
        set(&mut controller.name, self.name);
        set(&mut controller.unit, self.unit);
        set(&mut controller.contact, self.contact);
        set(&mut controller.address, self.address);
        set(&mut controller.retention, self.retention);
        if !self.purposes.is_empty() {
            controller.purposes = self.purposes;
        }
        controller
    }
}

pub fn run(store: &mut Store, command: DocumentsCommand, language: Language) -> Result<(), CliError> {
    let today = Local::now().date_naive();
    match command {
        DocumentsCommand::Document { kind, out, paper, breach } => {
            let paper = Paper::parse(&paper).unwrap_or_default();
            let controller = controller::get(store.conn())?;
            let bytes = match (kind.as_str(), breach) {
                ("breach-report", Some(id)) => {
                    let breach = breaches::get(store.conn(), id)?;
                    pack::breach_report(&breach, &controller, language, paper, today)?
                }
                (name, _) => {
                    let kind = DocumentKind::ALL
                        .iter()
                        .copied()
                        .find(|k| k.as_str() == name)
                        .ok_or(StoreError::NotFound { entity: "document" })?;
                    pack::document(kind, &controller, language, paper, today)?
                }
            };
            output_file::write(&store.protected(), &out, &bytes).map_err(StoreError::from)?;
            say!("{}", out.display());
        }
        DocumentsCommand::Controller(args) => {
            let current = controller::get(store.conn())?;
            let shown = if args.changes_anything() {
                let wanted = args.apply(current);
                store.write(|tx| controller::save(tx, &wanted))?
            } else {
                current
            };
            say!("{}", serde_json::to_string_pretty(&shown).unwrap_or_default());
        }
        DocumentsCommand::Breaches => {
            for breach in breaches::list(store.conn())? {
                let people = breach.people_affected.map(|n| n.to_string()).unwrap_or_default();
                let first_line = breach.what_happened.lines().next().unwrap_or_default();
                say!("{}\t{}\t{}\t{}", breach.id, breach.found_on.format("%d-%m-%Y"), people, first_line);
            }
        }
    }
    Ok(())
}
