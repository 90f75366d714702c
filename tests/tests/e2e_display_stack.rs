//! The stack under every end-to-end test, without the app: a display and
//! tauri-driver with WebKitWebDriver behind it. When this fails, the
//! scenarios cannot start; the message says which part is missing.

use grupo_motor_tests::display::Display;
use grupo_motor_tests::driver::Driver;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display stack: run via make test"]
async fn xvfb_and_tauri_driver_start_and_report_ready() {
    let home = tempfile::tempdir().expect("a temp dir");
    let display = Display::get();
    assert!(display.name.starts_with(':'), "a display name such as :1, not {:?}", display.name);
    // Returns only once `/status`, answered by WebKitWebDriver, says ready.
    let driver = Driver::start(&display.name, &home.path().join("unused.sqlite3"), home.path()).await;
    assert!(driver.port > 0);
}
