//! Nothing in the app calls out: the main jobs, in the window and on the
//! command line, run in a network namespace with no interface but loopback
//! (which the test's own WebDriver needs), and all of them work.
//!
//! The test runs itself again under `unshare -n`; inside, it checks that
//! there is no network before doing anything.

use std::path::Path;
use std::process::Command;

use grupo_motor_tests::cli::{demo_database, ok};
use grupo_motor_tests::window::{ENTER, ESCAPE};
use grupo_motor_tests::AppWindow;

const INSIDE: &str = "GRUPO_MOTOR_TEST_NO_NETWORK";
const NAME: &str = "the_main_jobs_work_with_no_network_at_all";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display stack: run via make test"]
async fn the_main_jobs_work_with_no_network_at_all() {
    if std::env::var_os(INSIDE).is_none() {
        let me = std::env::current_exe().expect("this test's binary");
        let status = Command::new("unshare")
            .args(["--net", "--map-root-user", "--", "sh", "-c", "ip link set lo up && exec \"$@\"", "sh"])
            .arg(&me)
            .args([NAME, "--exact", "--ignored", "--nocapture", "--test-threads=1"])
            .env(INSIDE, "1")
            .status()
            .expect("run unshare (util-linux)");
        assert!(status.success(), "the jobs failed with no network (see above)");
        return;
    }
    // /proc/net/dev is this process's namespace (/sys/class/net is the
    // namespace /sys was mounted in).
    let devices = std::fs::read_to_string("/proc/net/dev").expect("/proc/net/dev");
    let interfaces: Vec<&str> =
        devices.lines().skip(2).filter_map(|line| line.split(':').next()).map(str::trim).collect();
    assert_eq!(interfaces, ["lo"], "only loopback in this namespace");

    command_line_jobs();
    window_jobs().await;
}

fn command_line_jobs() {
    let (dir, db) = demo_database();
    let out = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    ok(&db, &["forums"]);
    ok(&db, &["stats"]);
    ok(&db, &["pack", "--period", "2026-Q3", "--out", &out("pack.pdf")]);
    ok(&db, &["export-people", &out("personas.csv")]);
    ok(&db, &["sync-export", &out("todo.gmsync")]);
    ok(&db, &["backup"]);
    let other = dir.path().join("otro.sqlite3");
    ok(&other, &["sync-import", &out("todo.gmsync")]);
    ok(&db, &["doctor"]);
    for file in ["pack.pdf", "personas.csv", "todo.gmsync"] {
        assert!(Path::new(&out(file)).metadata().is_ok_and(|m| m.len() > 0), "{file} written");
    }
}

async fn window_jobs() {
    let mut app = AppWindow::start("no-network").await;
    app.find("forum-row").await;

    app.click("new-forum").await;
    app.type_into("forum-title", "Foro sin internet").await;
    app.type_into("forum-date", "24-11-2026").await;
    app.click("forum-save").await;
    app.wait_for_text("desk-title", "Foro sin internet").await;
    app.keys("Rosa Nú").await;
    app.wait_for_text("desk-result", "Rosa Núñez Peumo").await;
    app.keys(ENTER).await;
    app.wait_for_count("attendee-row", 1).await;

    app.click("nav-feedback").await;
    app.click("feedback-new").await;
    app.type_into("feedback-text", "Más luminarias en la plaza").await;
    app.click("feedback-save").await;
    app.wait_for_count("feedback-form", 0).await;

    app.type_into("global-search", "Rosa").await;
    app.find("global-hit").await;
    app.keys(ESCAPE).await;
    app.wait_for_count("global-hit", 0).await;

    let pdf = app.database.with_file_name("pack.pdf");
    app.make_pack(&pdf).await;
    assert!(pdf.metadata().is_ok_and(|m| m.len() > 10_000), "the pack was written");

    app.click("nav-data").await;
    app.click("backup-now").await;
    app.find("backup-notice").await;
    app.click("nav-settings").await;
    app.find("about-version").await;
    app.screenshot("about-offline").await;
    app.close().await;
}
