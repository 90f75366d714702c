//! Writes the benchmarks' five-year database (see
//! `benches/support/five_years.rs`) to the path given, for
//! `make bench-startup` to open: `five_year_database OUT.sqlite3`.
//! The file is written beside `OUT` and renamed at the end, so an
//! interrupted run never leaves a half-filled database under that name.

use std::path::PathBuf;
use std::process::ExitCode;

#[path = "../benches/support/five_years.rs"]
mod five_years;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: five_year_database OUT.sqlite3");
        return ExitCode::from(2);
    };
    let partial = out.with_extension("partial.sqlite3");
    let _ = std::fs::remove_file(&partial); // a previous interrupted run's
    let store = match five_years::five_years(&partial) {
        Ok(store) => store,
        Err(error) => {
            eprintln!("five_year_database: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Closing checkpoints the WAL into the file, so the copy is whole.
    drop(store);
    if let Err(error) = std::fs::rename(&partial, &out) {
        eprintln!("five_year_database: {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    println!("{}: {}", out.display(), five_years::summary());
    ExitCode::SUCCESS
}
