//! The same core, headless: `grupo-motor [--db PATH] <command>`. With no
//! command the window opens.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, Local, Months, NaiveDate};
use clap::{Parser, Subcommand};

use crate::domain::dates::parse_date;
use crate::i18n::{Catalogue, Language};
use crate::store::{forums, stats, Store, StoreError};
use crate::{demo, gui, paths};

#[derive(Parser)]
#[command(name = "grupo-motor", version, about = "Grupo Motor — Gobierno Abierto Maipú")]
struct Cli {
    /// Database file (default: the app-data folder).
    #[arg(long, global = true, env = "GRUPO_MOTOR_DB")]
    db: Option<PathBuf>,
    /// Language of messages: es-CL or en.
    #[arg(long, global = true, default_value = "es-CL")]
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
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let catalogue = Catalogue::new(Language::parse(&cli.lang).unwrap_or_default());
    let db = cli.db.clone().unwrap_or_else(paths::default_database);
    match run(cli, &db) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("grupo-motor: {}", describe(&catalogue, &error));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, db: &Path) -> Result<(), StoreError> {
    let Some(command) = cli.command else {
        return gui::run(open(db)?, db.to_path_buf(), !cli.no_demo);
    };
    let mut store = open(db)?;
    match command {
        Command::Demo => {
            let summary = demo::load(store.conn_mut(), Local::now().date_naive())?;
            println!(
                "demo: {} people, {} forums, {} attendances, {} feedback items, {} milestones",
                summary.people, summary.forums, summary.attendances, summary.feedback, summary.milestones
            );
        }
        Command::Forums => {
            for forum in forums::list(store.conn())? {
                println!(
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
            let (default_from, default_to) = quarter_of(Local::now().date_naive());
            let from = from.map(|d| parse_date(&d, "from")).transpose()?.unwrap_or(default_from);
            let to = to.map(|d| parse_date(&d, "to")).transpose()?.unwrap_or(default_to);
            let figures = stats::figures(store.conn(), from, to)?;
            println!("{}", serde_json::to_string_pretty(&figures).unwrap_or_default());
        }
    }
    Ok(())
}

fn open(db: &Path) -> Result<Store, StoreError> {
    if let Some(folder) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    Store::open(db)
}

/// The calendar quarter holding `day`: first and last day.
pub fn quarter_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first_month = (day.month0() / 3) * 3 + 1;
    let start = NaiveDate::from_ymd_opt(day.year(), first_month, 1).unwrap_or(day);
    let end = (start + Months::new(3)).pred_opt().unwrap_or(day);
    (start, end)
}

/// A store error as a sentence in the chosen language.
fn describe(catalogue: &Catalogue, error: &StoreError) -> String {
    let ipc = crate::commands::IpcError::from(error);
    let args: Vec<(&str, String)> = ipc.details.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let text = catalogue.text(&ipc.message_key, &args);
    match ipc.details.get("field") {
        Some(field) => format!("{field}: {text}"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::display_date;

    #[test]
    fn quarters_run_from_the_first_to_the_last_day() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(quarter_of(day(2026, 11, 25)), (day(2026, 10, 1), day(2026, 12, 31)));
        assert_eq!(quarter_of(day(2024, 2, 29)), (day(2024, 1, 1), day(2024, 3, 31)));
        assert_eq!(display_date(quarter_of(day(2026, 5, 1)).1), "30-06-2026");
    }
}
