//! The sign-in desk in the real window: create a forum, register two new
//! people and one returning person, mostly by keyboard, refuse a double
//! sign-in, restart the app and find all three.

use grupo_motor_tests::window::{ENTER, TAB};
use grupo_motor_tests::AppWindow;

const FORUM: &str = "Foro de prueba Señora Núñez";
const FIRST: &str = "Ñuñoa Pérez Ábalos";
const SECOND: &str = "José Ñirre Canelo";
/// A fixed person of the demo data.
const RETURNING: &str = "Rosa Núñez Peumo";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs a display stack: run via make test"]
async fn a_leader_signs_people_in_by_keyboard_and_finds_them_after_a_restart() {
    let mut app = AppWindow::start("sign-in-desk").await;
    app.find("forum-list").await;
    app.find("forum-row").await; // demo data, loaded into the empty database
    app.screenshot("forum-list").await;

    create_forum(&mut app).await;
    app.wait_for_text("desk-title", FORUM).await;
    assert_eq!(app.focused_testid().await, "desk-search", "the desk opens ready to type");
    app.screenshot("desk-opened").await;

    register_first_person_by_keyboard(&mut app).await;
    register_second_person_by_button(&mut app).await;

    // A returning neighbour, found by part of her name; Enter takes the
    // highlighted (first) result.
    app.keys("Rosa Nú").await;
    app.wait_for_text("desk-result", RETURNING).await;
    app.screenshot("returning-person-found").await;
    app.keys(ENTER).await;
    app.wait_for_text("attendee-count", "3 asistentes").await;
    app.screenshot("three-registered").await;

    // Twice at one forum: a clear message, no second row.
    app.keys("Rosa Nú").await;
    app.wait_for_text("desk-result", RETURNING).await;
    app.keys(ENTER).await;
    app.wait_for_text("error-message", "ya está registrada").await;
    assert_eq!(app.text("attendee-count").await, "3 asistentes", "the refused sign-in is not counted");
    assert_eq!(app.count("attendee-row").await, 3);
    app.screenshot("registered-twice-refused").await;

    app.restart().await;
    app.find("forum-row").await;
    app.screenshot("forum-list-after-restart").await;
    open_forum(&app, FORUM).await;
    app.wait_for_text("desk-title", FORUM).await;
    app.wait_for_count("attendee-row", 3).await;
    let names = app.texts("attendee-row").await.join("\n");
    for name in [FIRST, SECOND, RETURNING] {
        assert!(names.contains(name), "{name} is listed after the restart:\n{names}");
    }
    app.screenshot("after-restart").await;
    app.close().await;
}

async fn create_forum(app: &mut AppWindow) {
    app.click("new-forum").await;
    app.select("forum-kind", "co-creación").await;
    app.type_into("forum-title", FORUM).await;
    assert_eq!(app.value("forum-title").await, FORUM, "WebKitWebDriver types accented letters");
    app.type_into("forum-date", "24-11-2026").await;
    app.type_into("forum-time", "18:30").await;
    app.type_into("forum-place", "Plaza de Maipú").await;
    app.select("forum-neighbourhood", "Maipú Centro").await;
    app.find_all("forum-commitment").await[0].click().await.expect("tick the first commitment");
    app.select("forum-invitation", "abierta").await;
    app.screenshot("forum-form").await;
    app.click("forum-save").await;
}

/// No match, Enter opens the form with the typed name; Tab through the
/// fields (typing into a select picks the option starting so), Enter saves.
async fn register_first_person_by_keyboard(app: &mut AppWindow) {
    app.keys(FIRST).await;
    app.wait_for_text("desk", "Nadie coincide").await;
    assert_eq!(app.count("desk-result").await, 0);
    app.keys(ENTER).await;
    app.find("person-name").await;
    assert_eq!(app.focused_testid().await, "person-name");
    assert_eq!(app.value("person-name").await, FIRST, "the form starts with the typed name");
    app.keys(&format!("{TAB}Pehu{TAB}Junta de Vecinos Pehuén{TAB}Persona{TAB}12.345.678-5")).await;
    assert_eq!(app.selected_text("person-neighbourhood").await, "Pehuén");
    assert!(app.selected_text("person-age-band").await.starts_with("Persona mayor"));
    app.screenshot("new-person-form").await;
    app.keys(ENTER).await;
    app.wait_for_text("attendee-count", "1 asistente").await;
    app.wait_for_text("save-status", "Guardado").await;
    app.wait_for_text("attendee-row", "Pehuén · Junta de Vecinos Pehuén").await;
    assert_eq!(app.focused_testid().await, "desk-search", "back to the search box");
    app.screenshot("first-person-registered").await;
}

/// Without a RUT, through the new-person button this time.
async fn register_second_person_by_button(app: &mut AppWindow) {
    app.keys(SECOND).await;
    app.wait_for_text("desk", "Nadie coincide").await;
    app.click("desk-new-person").await;
    app.find("person-name").await;
    assert_eq!(app.value("person-name").await, SECOND);
    assert_eq!(app.focused_testid().await, "person-name");
    app.keys(ENTER).await;
    app.wait_for_text("attendee-count", "2 asistentes").await;
    assert_eq!(app.focused_testid().await, "desk-search", "back to the search box");
    app.screenshot("second-person-registered").await;
}

async fn open_forum(app: &AppWindow, title: &str) {
    for row in app.find_all("forum-row").await {
        if row.text().await.unwrap_or_default().contains(title) {
            row.click().await.expect("open the forum");
            return;
        }
    }
    panic!("{title:?} is not in the forum list");
}
