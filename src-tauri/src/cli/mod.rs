//! The same core, headless: `grupo-motor [--db PATH] <command>`. With no
//! command the window opens.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, Local, Months, NaiveDate};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::gui;
use grupo_motor_core::domain::dates::parse_date;
use grupo_motor_core::error::UserError;
use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, PackError, PackRequest, Paper};
use grupo_motor_core::store::{figures, forums, Store, StoreError};
use grupo_motor_core::{demo, paths};

/// `println!` that survives a closed or full stdout (see `output`).
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::output::line(format_args!($($arg)*))
    };
}

mod arguments;
#[cfg(test)]
mod bad_inputs;
mod output;

mod documents;
mod requests;
mod safety;
mod transfer;

#[derive(Parser)]
#[command(name = "grupo-motor", version, about = "Grupo Motor — Gobierno Abierto Maipú")]
struct Cli {
    /// Database file (default: the app-data folder).
    #[arg(long, global = true, env = "GRUPO_MOTOR_DB")]
    db: Option<PathBuf>,
    /// Language of messages: es-CL or en.
    #[arg(long, global = true, default_value = "es-CL", value_parser = ["es-CL", "es", "en"])]
    lang: String,
    /// Open the window without loading demo data into an empty database.
    #[arg(long)]
    no_demo: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Load a year of demo data into an empty database.
    Demo,
    /// List forums, newest first.
    Forums,
    /// Figures of a period as JSON (default: the current quarter).
    Stats {
        /// First day, e.g. 01-10-2026.
        #[arg(long)]
        from: Option<String>,
        /// Last day, inclusive.
        #[arg(long)]
        to: Option<String>,
    },
    /// Make the quarterly meeting pack (PDF).
    Pack(PackArgs),
    /// Print a sign-in sheet for a coming forum (PDF).
    SignInSheet {
        /// The forum's id (see `forums`).
        #[arg(long)]
        forum: uuid::Uuid,
        /// Where to save the PDF.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "a4", value_parser = ["a4", "letter"])]
        paper: String,
    },
    /// CSV import and export, and sync files between laptops.
    #[command(flatten)]
    Transfer(transfer::TransferCommand),
    /// Ley 21.719's paperwork: the data controller, printable documents,
    /// the breach log.
    #[command(flatten)]
    Documents(documents::DocumentsCommand),
    /// Backups: make one, list them, go back to one.
    #[command(flatten)]
    Safety(safety::SafetyCommand),
    /// Rights requests: the register and answer letters.
    #[command(flatten)]
    Requests(requests::RequestsCommand),
    /// Check the database, its backups and its evidence files, and say in
    /// plain words what is wrong (exit code 1 when something is). Reads only.
    Doctor,
}

impl Command {
    /// These may run while the window is open; every other command takes
    /// the database lock, as one more copy of the app would.
    fn only_reads(&self) -> bool {
        match self {
            Command::Requests(command) => command.only_reads(),
            Command::Documents(command) => command.only_reads(),
            _ => matches!(self, Command::Forums | Command::Stats { .. } | Command::SignInSheet { .. }),
        }
    }

    /// Commands that bring data in may start a new database; the others,
    /// given a mistyped `--db`, say there is none there rather than create
    /// folders and an empty database (`doctor` says so in its findings).
    fn may_create_database(&self) -> bool {
        match self {
            Command::Demo | Command::Doctor => true,
            Command::Transfer(command) => command.brings_data_in(),
            Command::Safety(command) => command.brings_data_in(),
            Command::Documents(command) => command.brings_data_in(),
            _ => false,
        }
    }
}

#[derive(clap::Args)]
struct PackArgs {
    /// Quarter covered, e.g. 2026-Q4 (default: since the previous pack).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    period: Option<String>,
    /// First day covered, e.g. 01-10-2026.
    #[arg(long)]
    from: Option<String>,
    /// Last day covered, inclusive.
    #[arg(long)]
    to: Option<String>,
    /// Where to save the PDF.
    #[arg(long)]
    out: PathBuf,
    /// Day of the meeting, e.g. 24-11-2026 (default: today).
    #[arg(long)]
    meeting_date: Option<String>,
    /// The meeting's name (default: the usual title, in the chosen language).
    #[arg(long)]
    title: Option<String>,
    #[arg(long, default_value = "")]
    place: String,
    /// One agenda item; repeat for each (default: the usual four).
    #[arg(long)]
    agenda: Vec<String>,
    #[arg(long, default_value = "a4", value_parser = ["a4", "letter"])]
    paper: String,
    /// Print phone and e-mail in the attendance lists.
    #[arg(long)]
    with_contacts: bool,
}

/// What a headless command can fail with.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Transfer(#[from] transfer::CommandError),
}

impl From<grupo_motor_core::domain::Invalid> for CliError {
    fn from(invalid: grupo_motor_core::domain::Invalid) -> Self {
        CliError::Store(invalid.into())
    }
}

pub fn main() -> ExitCode {
    let matches = match Cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => return arguments::refuse(error, arguments::language_asked()),
    };
    let command = matches.subcommand_name().unwrap_or("window").to_string();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return arguments::refuse(error, arguments::language_asked()),
    };
    let catalogue = Catalogue::new(Language::parse(&cli.lang).unwrap_or_default());
    output::set_language(Language::parse(&cli.lang).unwrap_or_default());
    let db = cli.db.clone().unwrap_or_else(paths::default_database);
    crate::logging::start(&db); // on a first start, once its folder exists (gui.rs)
    tracing::info!(version = env!("CARGO_PKG_VERSION"), command, "start");
    let code = match run(cli, &db) {
        Ok(code) => code,
        Err(error) => {
            tracing::warn!(command, key = error.inner().message_key(), "failed");
            eprintln!("grupo-motor: {}", crate::report::sentence(&catalogue, error.inner()));
            ExitCode::FAILURE
        }
    };
    tracing::info!(command, "stop");
    code
}

fn run(cli: Cli, db: &Path) -> Result<ExitCode, CliError> {
    let language = Language::parse(&cli.lang).unwrap_or_default();
    let Some(command) = cli.command else {
        gui::start(db, !cli.no_demo, language)?;
        return Ok(ExitCode::SUCCESS);
    };
    if !command.may_create_database() && !db.exists() {
        return Err(StoreError::NoDatabase { path: db.to_path_buf() }.into());
    }
    match command {
        Command::Safety(command) => {
            safety::run(db, command, language)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Doctor => return Ok(safety::doctor(db, language)?),
        _ => {}
    }
    let mut store = open(db, !command.only_reads())?;
    match command {
        Command::Demo => {
            let summary = demo::load(store.conn_mut(), Local::now().date_naive())?;
            output::mark_saved();
            say!(
                "demo: {} people, {} forums, {} attendances, {} feedback items, {} milestones",
                summary.people,
                summary.forums,
                summary.attendances,
                summary.feedback,
                summary.milestones
            );
        }
        Command::Forums => {
            for forum in forums::list(store.conn())? {
                say!(
                    "{}\t{}\t{}\t{}\t{}",
                    forum.id,
                    forum.starts_at.format("%d-%m-%Y %H:%M"),
                    forum.kind,
                    forum.attendee_count,
                    forum.title
                );
            }
        }
        Command::Stats { from, to } => {
            let today = Local::now().date_naive();
            let (default_from, default_to) = quarter_of(today);
            let from = from.map(|d| parse_date(&d, "from")).transpose()?.unwrap_or(default_from);
            let to = to.map(|d| parse_date(&d, "to")).transpose()?.unwrap_or(default_to);
            // Refused as `pack` and the dashboard refuse it, not answered with zeros.
            if to < from {
                return Err(grupo_motor_core::domain::Invalid::new("to", "error-end-before-start").into());
            }
            // As the dashboard shows them: judged at the period's end, or today.
            let figures = figures::figures(store.conn(), from, to, figures::judged_at(to, today))?;
            say!("{}", serde_json::to_string_pretty(&figures).unwrap_or_default());
        }
        Command::Pack(args) => make_pack(&store, args, language)?,
        Command::SignInSheet { forum, out, paper } => {
            let paper = Paper::parse(&paper).unwrap_or_default();
            let bytes = pack::sign_in_sheet(store.conn(), forum, language, paper)?;
            output_file::write(&store.protected(), &out, &bytes).map_err(StoreError::from)?;
            say!("{}", out.display());
        }
        Command::Transfer(command) => transfer::run(&mut store, command, language)?,
        Command::Requests(command) => requests::run(&store, command, language)?,
        Command::Documents(command) => documents::run(&mut store, command, language)?,
        Command::Safety(_) | Command::Doctor => {} // ran above, before the store was opened
    }
    if let Err(error) = store.close_cleanly() {
        // The work is saved; the next start walks the whole file.
        tracing::warn!("the database was not closed cleanly: {error}");
    }
    Ok(ExitCode::SUCCESS)
}

fn open(db: &Path, exclusive: bool) -> Result<Store, StoreError> {
    if let Some(folder) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    if exclusive {
        Store::open_exclusive(db)
    } else {
        Store::open(db)
    }
}

/// The calendar quarter holding `day`: first and last day.
pub fn quarter_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first_month = (day.month0() / 3) * 3 + 1;
    let start = NaiveDate::from_ymd_opt(day.year(), first_month, 1).unwrap_or(day);
    let end = (start + Months::new(3)).pred_opt().unwrap_or(day);
    (start, end)
}

/// Makes the pack, saves it at `--out` and records it. What is not given
/// comes from `pack::default_request`, as in the window.
fn make_pack(store: &Store, args: PackArgs, language: Language) -> Result<(), CliError> {
    let meeting_date = match &args.meeting_date {
        Some(day) => parse_date(day, "meeting_date")?,
        None => Local::now().date_naive(),
    };
    let defaults = pack::default_request(store.conn(), meeting_date, language)?;
    let (period_start, period_end) = match &args.period {
        Some(quarter) => pack::parse_quarter(quarter)?,
        None => {
            let from = args.from.as_deref().map(|d| parse_date(d, "from")).transpose()?;
            let to = args.to.as_deref().map(|d| parse_date(d, "to")).transpose()?;
            (from.unwrap_or(defaults.period_start), to.unwrap_or(defaults.period_end))
        }
    };
    let request = PackRequest {
        meeting_title: args.title.unwrap_or(defaults.meeting_title),
        place: if args.place.is_empty() { defaults.place } else { args.place },
        agenda: if args.agenda.is_empty() { defaults.agenda } else { args.agenda },
        period_start,
        period_end,
        paper: Paper::parse(&args.paper).unwrap_or_default(),
        with_contacts: args.with_contacts,
        ..defaults
    };
    let saved = pack::save(store.conn(), &store.protected(), &request, &args.out, Local::now().date_naive())?;
    output::mark_saved();
    say!("{}", saved.file_path.unwrap_or_default());
    Ok(())
}

impl CliError {
    fn inner(&self) -> &dyn UserError {
        match self {
            CliError::Store(error) => error,
            CliError::Pack(error) => error,
            CliError::Transfer(error) => error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use grupo_motor_core::domain::dates::display_date;

    #[test]
    fn quarters_run_from_the_first_to_the_last_day() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(quarter_of(day(2026, 11, 25)), (day(2026, 10, 1), day(2026, 12, 31)));
        assert_eq!(quarter_of(day(2024, 2, 29)), (day(2024, 1, 1), day(2024, 3, 31)));
        assert_eq!(display_date(quarter_of(day(2026, 5, 1)).1), "30-06-2026");
    }
}
