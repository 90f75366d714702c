//! People and the dashboard in the real window: merge two records of one
//! person, switch the language (remembered across a restart), read the
//! dashboard of the quarter.

use grupo_motor_tests::window::ENTER;
use grupo_motor_tests::AppWindow;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn two_records_of_one_person_are_merged_and_her_attendance_moves() {
    let mut app = AppWindow::start("merge-people").await;
    // A second record of the demo's Rosa Núñez Peumo, signed in at a forum.
    app.find("forum-row").await;
    app.find_all("forum-row").await[0].click().await.expect("open the newest forum");
    app.find("desk-search").await;
    app.keys("Rosa Nunez P.").await;
    app.wait_for_text("desk", "Rosa Núñez Peumo").await;
    app.click("desk-new-person").await;
    app.find("person-name").await;
    app.keys(ENTER).await;
    app.wait_for_text("save-status", "Guardado").await;

    app.click("nav-people").await;
    app.type_into("people-search", "rosa nunez").await;
    app.wait_for_count("person-row", 2).await;
    app.screenshot("two-records").await;
    let rows = app.find_all("person-row").await;
    let mut opened = false;
    for row in rows {
        if row.text().await.unwrap_or_default().contains("Rosa Núñez Peumo") {
            row.find(fantoccini::Locator::Css("button")).await.expect("name link").click().await.expect("open");
            opened = true;
            break;
        }
    }
    assert!(opened, "the demo record is listed");
    app.wait_for_text("person-heading", "Rosa Núñez Peumo").await;
    let before = app.text("person-participation").await.lines().count();

    app.type_into("merge-search", "Rosa Nunez P.").await;
    app.wait_for_text("merge-candidate", "Rosa Nunez P.").await;
    app.click("merge-candidate").await;
    app.screenshot("merge-confirm").await;
    app.click("merge-confirm").await;
    app.wait_for_text("save-status", "Guardado").await;
    app.wait_for_count("person-row", 0).await;

    app.click("nav-people").await;
    app.type_into("people-search", "rosa nunez").await;
    app.wait_for_count("person-row", 1).await;
    let row = app.text("person-row").await;
    assert!(row.contains(&(before + 1).to_string()), "her forums now count the duplicate's sign-in: {row}");
    app.screenshot("merged").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn the_language_switch_turns_every_screen_english_and_is_remembered() {
    let mut app = AppWindow::start("language").await;
    app.wait_for_text("forum-list", "Foros y sesiones").await;
    app.select("language", "English").await;
    app.wait_for_text("forum-list", "Forums and sessions").await;
    app.screenshot("english-forums").await;
    app.click("nav-dashboard").await;
    app.wait_for_text("dashboard-screen", "people reached").await;
    app.screenshot("english-dashboard").await;

    app.restart().await;
    app.wait_for_text("forum-list", "Forums and sessions").await;
    app.select("language", "Español").await;
    app.wait_for_text("forum-list", "Foros y sesiones").await;
    app.click("nav-dashboard").await;
    let figures = app.wait_for_text("figures", "personas alcanzadas").await;
    assert!(figures.contains("barrios alcanzados"), "{figures}");
    app.screenshot("dashboard").await;
    app.close().await;
}
