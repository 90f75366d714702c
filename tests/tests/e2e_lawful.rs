//! Ley 21.719 in the real window: at the desk, a child signed in with a
//! guardian's consent typed inline and one without (an anonymous
//! participant), keyboard only; a person blocked (out of the desk's search,
//! record frozen) and unblocked.

use grupo_motor_tests::window::{ARROW_DOWN, ENTER, TAB};
use grupo_motor_tests::AppWindow;

const WITH_CONSENT: &str = "Tomasa Peumo Litre";
const WITHOUT_CONSENT: &str = "Benito Chincol Lenga";
/// A fixed person of the demo data.
const ROSA: &str = "Rosa Núñez Peumo";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn children_are_signed_in_with_a_guardians_consent_or_anonymously() {
    let mut app = AppWindow::start("lawful-desk").await;
    app.find("forum-row").await;
    app.find_all("forum-row").await[0].click().await.expect("open the newest forum");
    app.find("desk-search").await;
    app.wait_until_loaded("attendees").await;
    let before = app.count("attendee-row").await;

    // With the guardian's consent, typed inline.
    app.keys(WITH_CONSENT).await;
    app.wait_for_text("desk", "Nadie coincide").await;
    app.keys(ENTER).await;
    app.find("person-name").await;
    app.keys(&format!("{TAB}Pehu{TAB}{TAB}Niña")).await;
    assert!(app.selected_text("person-age-band").await.starts_with("Niña o niño"));
    app.find("guardian-consent").await;
    // RUT, then the radio group (its checked option: with consent), then the guardian.
    app.keys(&format!("{TAB}{TAB}{TAB}Marta Peumo Quillay{TAB}Madre")).await;
    assert_eq!(app.value("guardian-name").await, "Marta Peumo Quillay");
    assert!(!app.value("guardian-date").await.is_empty(), "dated today");
    app.screenshot("child-with-guardian-consent").await;
    app.keys(ENTER).await;
    app.wait_for_text("save-status", "Guardado").await;
    app.wait_for_count("attendee-row", before + 1).await;
    app.wait_for_text("attendee-row", WITH_CONSENT).await;
    assert_eq!(app.focused_testid().await, "desk-search", "back to the search box");

    // Without it: the name is not kept.
    app.keys(WITHOUT_CONSENT).await;
    app.wait_for_text("desk", "Nadie coincide").await;
    app.keys(ENTER).await;
    app.find("person-name").await;
    app.keys(&format!("{TAB}Pehu{TAB}{TAB}Niña{TAB}{TAB}")).await;
    assert_eq!(app.focused_testid().await, "guardian-with-consent");
    app.keys(ARROW_DOWN).await;
    app.wait_for_text("guardian-anonymous-help", "el nombre no se guarda").await;
    app.screenshot("child-anonymous").await;
    app.keys(ENTER).await;
    app.wait_for_text("save-status", "participante anónimo").await;
    app.wait_for_count("attendee-row", before + 2).await;
    let rows = app.texts("attendee-row").await.join("\n");
    assert!(rows.contains("Participante anónimo"), "{rows}");
    assert!(!rows.contains(WITHOUT_CONSENT), "never listed by name:\n{rows}");
    app.screenshot("two-children-signed-in").await;

    // The anonymous child is found nowhere by name.
    app.keys("Benito Chin").await;
    app.wait_for_text("desk-no-match", "Benito Chin").await;
    app.click("nav-people").await;
    app.type_into("people-search", WITH_CONSENT).await;
    app.wait_for_count("person-row", 1).await;
    open_row(&app, WITH_CONSENT).await;
    app.wait_for_text("guardian-recorded", "Marta Peumo Quillay (Madre)").await;
    app.screenshot("child-record-with-consent").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_blocked_person_is_frozen_and_out_of_the_desk_until_unblocked() {
    let mut app = AppWindow::start("lawful-block").await;
    app.find("forum-row").await;
    app.click("nav-people").await;
    app.type_into("people-search", "rosa nunez peumo").await;
    app.wait_for_count("person-row", 1).await;
    open_row(&app, ROSA).await;
    app.wait_for_text("person-heading", ROSA).await;
    app.type_into("block-reason", "Solicitud de bloqueo mientras se decide una supresión").await;
    app.click("block-save").await;
    app.wait_for_text("block-status", "Bloqueada desde").await;
    app.find("person-blocked").await;
    let frozen = app.run_js("return document.querySelector('[data-testid=edit-save]').matches(':disabled')").await;
    assert_eq!(frozen, serde_json::Value::Bool(true), "the record cannot be edited");
    app.screenshot("blocked").await;

    app.click("nav-people").await;
    app.type_into("people-search", "rosa nunez peumo").await;
    app.wait_for_text("person-row", "Bloqueada").await;
    app.screenshot("blocked-in-people").await;

    app.click("nav-forums").await;
    app.find("forum-row").await;
    app.find_all("forum-row").await[0].click().await.expect("open the newest forum");
    app.find("desk-search").await;
    app.keys("Rosa Núñez Pe").await;
    app.wait_for_text("desk-no-match", "Rosa Núñez Pe").await;
    app.screenshot("blocked-not-at-the-desk").await;

    app.click("nav-people").await;
    app.type_into("people-search", "rosa nunez peumo").await;
    app.wait_for_count("person-row", 1).await;
    open_row(&app, ROSA).await;
    app.click("unblock-save").await;
    app.wait_for_text("block-history", "Solicitud de bloqueo").await;
    assert_eq!(app.count("person-blocked").await, 0);
    app.screenshot("unblocked").await;

    app.click("nav-forums").await;
    app.find("forum-row").await;
    app.find_all("forum-row").await[0].click().await.expect("open the newest forum");
    app.find("desk-search").await;
    app.keys("Rosa Núñez Pe").await;
    app.wait_for_text("desk-result", ROSA).await;
    app.close().await;
}

async fn open_row(app: &AppWindow, name: &str) {
    for row in app.find_all("person-row").await {
        if row.text().await.unwrap_or_default().contains(name) {
            row.find(fantoccini::Locator::Css("button")).await.expect("name link").click().await.expect("open");
            return;
        }
    }
    panic!("{name:?} is not in the people list");
}
