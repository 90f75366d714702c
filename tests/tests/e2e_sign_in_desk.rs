//! The sign-in desk in the real window: create a forum, register two new
//! people and one returning person by keyboard, refuse a double sign-in,
//! restart the app and find all three.

use grupo_motor_tests::window::{ENTER, TAB};
use grupo_motor_tests::AppWindow;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_leader_signs_people_in_by_keyboard_and_finds_them_after_a_restart() {
    let mut app = AppWindow::start("sign-in-desk").await;
    app.find("forum-row").await; // demo data loaded on first start
    app.screenshot("forum-list").await;

    app.click("new-forum").await;
    app.select("forum-kind", "co-creación").await;
    app.type_into("forum-title", "Foro de prueba Señora Núñez").await;
    app.type_into("forum-date", "24-11-2026").await;
    app.type_into("forum-time", "18:30").await;
    app.type_into("forum-place", "Plaza de Maipú").await;
    app.select("forum-neighbourhood", "Maipú Centro").await;
    app.find_all("forum-commitment").await[0].click().await.expect("tick a commitment");
    app.select("forum-invitation", "abierta").await;
    app.screenshot("forum-form").await;
    app.click("forum-save").await;

    app.wait_for_text("desk-title", "Foro de prueba Señora Núñez").await;
    assert_eq!(app.focused_testid().await, "desk-search", "the desk opens ready to type");

    // A new person, keyboard only: type, Enter opens the form, Tab through.
    app.keys("Ñuñoa Pérez Ábalos").await;
    app.wait_for_text("desk", "Nadie coincide").await;
    app.keys(ENTER).await;
    app.find("person-name").await;
    assert_eq!(app.focused_testid().await, "person-name");
    app.keys(&format!("{TAB}{TAB}Junta de Vecinos Maipú Centro{TAB}{TAB}12.345.678-5")).await;
    app.screenshot("new-person-form").await;
    app.keys(ENTER).await;
    app.wait_for_text("attendee-count", "1 asistente").await;
    app.wait_for_text("save-status", "Guardado").await;
    assert_eq!(app.focused_testid().await, "desk-search", "back to the search box");

    app.keys("José Ñirre Canelo").await;
    app.wait_for_text("desk", "Nadie coincide").await;
    app.keys(ENTER).await;
    app.find("person-name").await;
    app.keys(ENTER).await;
    app.wait_for_text("attendee-count", "2 asistentes").await;

    // A returning neighbour from the demo data, found by part of the name.
    app.keys("Rosa Nú").await;
    app.wait_for_text("desk-result", "Rosa Núñez Peumo").await;
    app.screenshot("returning-person-found").await;
    app.keys(ENTER).await;
    app.wait_for_text("attendee-count", "3 asistentes").await;
    app.screenshot("three-registered").await;

    // Twice at one forum: a clear message, no second row.
    app.keys("Rosa Nú").await;
    app.wait_for_text("desk-result", "Rosa Núñez Peumo").await;
    app.keys(ENTER).await;
    app.wait_for_text("error-message", "ya está registrada").await;
    app.wait_for_count("attendee-row", 3).await;
    app.screenshot("registered-twice-refused").await;

    app.restart().await;
    app.find("forum-row").await;
    let rows = app.find_all("forum-row").await;
    let mut opened = false;
    for row in rows {
        if row.text().await.unwrap_or_default().contains("Foro de prueba Señora Núñez") {
            row.click().await.expect("open the forum");
            opened = true;
            break;
        }
    }
    assert!(opened, "the new forum is listed after a restart");
    app.wait_for_count("attendee-row", 3).await;
    let names = app.texts("attendee-row").await.join("\n");
    for name in ["Ñuñoa Pérez Ábalos", "José Ñirre Canelo", "Rosa Núñez Peumo"] {
        assert!(names.contains(name), "{name} is listed after the restart:\n{names}");
    }
    app.screenshot("after-restart").await;
    app.close().await;
}
