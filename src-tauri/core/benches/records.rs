//! The records screens' heavy reads: the one search box over 100,000
//! people and 20,000 feedback items, and the dashboard of one quarter of a
//! five-year database. Prints each median.

use chrono::NaiveDate;
use criterion::Criterion;
use grupo_motor_core::store::search;

#[path = "support/five_years.rs"]
mod five_years;
#[path = "support/medians.rs"]
mod medians;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = five_years::five_years(&dir.path().join("records.sqlite3")).expect("five years");
    println!("five years: {}", five_years::summary());
    if let Some(keep) = std::env::var_os("GRUPO_MOTOR_BENCH_DB") {
        std::fs::copy(dir.path().join("records.sqlite3"), keep).expect("keep");
    }
    let conn = store.conn();
    let mut criterion = Criterion::default().configure_from_args();
    criterion.bench_function("search_box_100k_people_20k_feedback", |b| {
        b.iter(|| search::everything(conn, "plaza ros", 10).expect("search"))
    });
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
    criterion.bench_function("dashboard_quarter_of_5_years", |b| {
        b.iter(|| {
            grupo_motor_core::store::dashboard::dashboard(conn, day(2026, 4, 1), day(2026, 6, 30), day(2026, 11, 25))
                .expect("dashboard")
        })
    });
    criterion.final_summary();
    medians::print(&["search_box_100k_people_20k_feedback", "dashboard_quarter_of_5_years"]);
}
