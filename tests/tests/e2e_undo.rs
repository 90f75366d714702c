//! Mistakes undone in the real window at the smallest size, 800×560: a
//! milestone deleted (the confirmation names what goes with it) and brought
//! back with *Deshacer* from the keyboard; a feedback result of the header
//! search opening that very item.

use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::Locator;
use grupo_motor_tests::window::ENTER;
use grupo_motor_tests::AppWindow;

const PATIENCE: Duration = Duration::from_secs(15);

async fn smallest_window(app: &AppWindow) {
    app.client().set_window_size(800, 560).await.expect("the window at 800×560");
    let width = app.run_js("return window.innerWidth;").await.as_u64().unwrap_or_default();
    assert!(width <= 800, "the page is at most 800 px wide: {width}");
}

/// The text of the part `testid` inside `element`.
async fn part(element: &Element, testid: &str) -> String {
    let found = element.find(Locator::Css(&format!("[data-testid=\"{testid}\"]"))).await;
    let found = found.unwrap_or_else(|e| panic!("no [data-testid={testid}] inside: {e}"));
    found.text().await.unwrap_or_else(|e| panic!("the text of [data-testid={testid}]: {e}"))
}

async fn scroll_to(app: &AppWindow, element: &Element) {
    let element = serde_json::to_value(element).expect("an element reference");
    app.client().execute("arguments[0].scrollIntoView({ block: 'center' });", vec![element]).await.expect("scroll");
}

/// The milestone names on screen, until they are `wanted`.
async fn wait_for_names(app: &AppWindow, wanted: &[String]) {
    let started = Instant::now();
    loop {
        let names = app.texts("milestone-name").await;
        if names == wanted {
            return;
        }
        assert!(started.elapsed() < PATIENCE, "milestones {names:?}, expected {wanted:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_deleted_milestone_goes_with_its_notes_and_comes_back_with_deshacer() {
    let mut app = AppWindow::start("undo-milestone").await;
    smallest_window(&app).await;
    app.click("nav-commitments").await;
    app.find("milestone").await;
    let names = app.texts("milestone-name").await;
    // A demo milestone that has notes: the confirmation must count them.
    // "Notas (2) · Evidencia (0)": the first number counts the notes.
    let notes_in = |toggle: &str| -> usize {
        toggle.split(['(', ')']).nth(1).and_then(|n| n.trim().parse().ok()).unwrap_or_default()
    };
    let mut chosen = None;
    for (i, milestone) in app.find_all("milestone").await.into_iter().enumerate() {
        let toggle = part(&milestone, "milestone-toggle").await;
        if notes_in(&toggle) > 0 {
            chosen = Some((i, milestone, toggle));
            break;
        }
    }
    let (index, milestone, toggle) = chosen.expect("a demo milestone with notes");
    let name = names[index].clone();
    let notes = notes_in(&toggle);
    scroll_to(&app, &milestone).await;
    milestone
        .find(Locator::Css("[data-testid=\"milestone-toggle\"]"))
        .await
        .expect("the toggle")
        .click()
        .await
        .expect("open the milestone");
    milestone
        .find(Locator::Css("[data-testid=\"delete-milestone\"]"))
        .await
        .expect("its delete button")
        .click()
        .await
        .expect("ask to delete");

    let confirm = app.wait_for_text("delete-confirm", &format!("¿Eliminar el hito «{name}»?")).await;
    let counted = if notes == 1 { "1 nota".to_string() } else { format!("{notes} notas") };
    assert!(confirm.contains("Se eliminarán también") && confirm.contains(&counted), "{confirm}");
    assert_eq!(app.focused_testid().await, "delete-yes", "focus on the confirmation");
    app.screenshot("confirm").await;
    app.keys(ENTER).await;

    let without: Vec<String> = names.iter().filter(|n| **n != name).cloned().collect();
    wait_for_names(&app, &without).await;
    app.wait_for_text("undo-notice", &format!("Se eliminó el hito «{name}».")).await;
    let started = Instant::now();
    while app.focused_testid().await != "undo" {
        assert!(started.elapsed() < PATIENCE, "focus moves to Deshacer");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.screenshot("deleted").await;

    app.keys(ENTER).await;
    wait_for_names(&app, &names).await;
    app.wait_for_text("undo-done", "Se deshizo").await;
    app.screenshot("undone").await;
    // Its notes came back with it.
    let back = app.find_all("milestone").await.remove(index);
    assert_eq!(part(&back, "milestone-toggle").await, toggle);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_feedback_search_result_opens_that_item_whatever_its_status() {
    let mut app = AppWindow::start("undo-search").await;
    smallest_window(&app).await;
    app.type_into("global-search", "microbasural").await;
    app.find("global-hit").await;
    let hits = app.find_all("global-hit").await;
    let mut texts = Vec::new();
    for hit in &hits {
        texts.push(hit.text().await.expect("a result's text"));
    }
    let feedback: Vec<usize> = (0..texts.len()).filter(|&i| texts[i].contains("Opinión")).collect();
    assert!(feedback.len() > 1, "several feedback results: {texts:?}");
    for &i in &feedback {
        assert!(texts[i].contains("recibida el"), "each result says its day: {:?}", texts[i]);
    }
    app.screenshot("results").await;
    // A closed one if the newest results hold one: the waiting list would hide it.
    let pick = feedback.iter().copied().find(|&i| texts[i].contains("Cerrada")).unwrap_or(feedback[0]);
    let status = ["Abierta", "Derivada", "Respondida", "Cerrada"]
        .into_iter()
        .find(|s| texts[pick].contains(s))
        .unwrap_or_else(|| panic!("a status in {:?}", texts[pick]));
    hits[pick].click().await.expect("open the result");

    app.find("feedback-single").await;
    app.wait_for_count("feedback-item", 1).await;
    assert!(app.text("feedback-item-text").await.contains("microbasural"));
    assert_eq!(app.text("feedback-item-status").await, status, "the very item chosen");
    app.screenshot("opened").await;
    app.click("feedback-show-every").await;
    app.wait_for_count("feedback-single", 0).await;
    let started = Instant::now();
    while app.count("feedback-item").await < 2 {
        assert!(started.elapsed() < PATIENCE, "the whole list comes back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}
