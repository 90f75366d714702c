//! Rights requests from the command line: the register with its due dates,
//! and a request's answer letter.

use std::path::PathBuf;

use chrono::Local;
use uuid::Uuid;

use grupo_motor_core::domain::dates::display_date;
use grupo_motor_core::i18n::Language;
use grupo_motor_core::output_file;
use grupo_motor_core::pack::{self, PackError, Paper};
use grupo_motor_core::store::{requests, Store, StoreError};

#[derive(clap::Subcommand)]
pub enum RequestsCommand {
    /// List rights requests (open ones first, soonest due first),
    /// tab-separated: id, received, right, status, due, overdue/this week, requester.
    Requests,
    /// Print the answer letter of a rights request (PDF).
    RequestLetter {
        /// The request's id (see `requests`).
        #[arg(long)]
        id: Uuid,
        /// Where to save the PDF.
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "a4", value_parser = ["a4", "letter"])]
        paper: String,
    },
}

impl RequestsCommand {
    pub fn only_reads(&self) -> bool {
        true
    }
}

pub fn run(store: &Store, command: RequestsCommand, language: Language) -> Result<(), PackError> {
    let today = Local::now().date_naive();
    match command {
        RequestsCommand::Requests => {
            for r in requests::list(store.conn(), today)? {
                say!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    r.id,
                    display_date(r.received_on),
                    r.right,
                    r.status,
                    display_date(r.due_on),
                    serde_json::to_value(r.urgency).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
                    r.requester_name
                );
            }
        }
        RequestsCommand::RequestLetter { id, out, paper } => {
            let request = requests::get(store.conn(), id, today)?;
            let controller = requests::controller(store.conn())?;
            let paper = Paper::parse(&paper).unwrap_or_default();
            let bytes = pack::request_letter(&request, &controller, language, paper, today)?;
            output_file::write(&store.protected(), &out, &bytes).map_err(StoreError::from)?;
            say!("{}", out.display());
        }
    }
    Ok(())
}
