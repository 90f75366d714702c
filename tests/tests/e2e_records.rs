//! The records in the real window: a neighbour's question recorded on the
//! feedback screen, forwarded to a directorate and answered, each step kept
//! with its date across a restart; a dated note that moves a milestone and
//! an evidence file copied beside the database, with its SHA-256.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::Locator;
use grupo_motor_tests::window::ESCAPE;
use grupo_motor_tests::AppWindow;

/// How long a record may take to show a change.
const PATIENCE: Duration = Duration::from_secs(15);

const SAID: &str = "¿Cuándo limpian el microbasural de calle Ñuble? Los vecinos de la villa ya no aguantan el olor.";
const BARRIO: &str = "Los Héroes";
const COMMITMENT: &str = "3. Juntos enfrentamos los microbasurales";
/// A milestone of commitment 3 in the demo data: limited, 40 %, late.
const MILESTONE: &str = "Limpieza y recuperación de diez puntos críticos";
const DIRECTORATE: &str = "DAOGA, Dirección de Medio Ambiente, Aseo y Ornato";
const ANSWER: &str =
    "La cuadrilla limpió el sitio de calle Ñuble el sábado; DAOGA instalará un letrero y lo revisará cada mes.";

const AUTHOR: &str = "Begoña Quillay Tepú";
const NOTE: &str = "Se limpiaron seis de los diez puntos; faltan Ñuble, Pajaritos y Las Rejas.";
const EVIDENCE_NAME: &str = "Acta limpieza calle Ñuble.pdf";
/// A small, valid one-page PDF (`pdfinfo` reads it).
const EVIDENCE_PDF: &str = concat!(
    "%PDF-1.4\n",
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 120] /Contents 4 0 R ",
    "/Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n",
    "4 0 obj\n<< /Length 59 >>\nstream\nBT /F1 14 Tf 20 60 Td (Acta de limpieza, calle Nuble) Tj ET\nendstream\nendobj\n",
    "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n",
    "xref\n0 6\n",
    "0000000000 65535 f \n",
    "0000000009 00000 n \n",
    "0000000058 00000 n \n",
    "0000000115 00000 n \n",
    "0000000241 00000 n \n",
    "0000000350 00000 n \n",
    "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n420\n%%EOF\n",
);
/// `sha256sum` of EVIDENCE_PDF, worked out apart from the app.
const EVIDENCE_SHA256: &str = "6c39008118ccf555553dfd0e9fdb8ed908f3f3d707ac2dc778ccc94a0eaf82c7";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_neighbours_question_is_recorded_forwarded_and_answered_with_its_history_kept() {
    let mut app = AppWindow::start("feedback-loop").await;
    app.click("nav-feedback").await;
    app.find("feedback-screen").await;
    let waiting_before = leading_number(&app.text("feedback-count").await);
    assert!(waiting_before > 0, "the demo data has feedback waiting for an answer");
    let [received, forwarded, answered, today] = app.days_ago([12, 5, 1, 0]).await;

    // What she said, with its commitment, milestone, barrio, kind and priority.
    app.click("feedback-new").await;
    app.find("feedback-form").await;
    assert_eq!(app.focused_testid().await, "feedback-text", "the form opens ready to type");
    assert_eq!(app.value("feedback-received-on").await, today, "received today unless told otherwise");
    app.keys(SAID).await;
    assert_eq!(app.value("feedback-text").await, SAID, "WebKitWebDriver types ¿, accents and ñ");
    app.select("feedback-kind", "Pregunta").await;
    app.select("feedback-priority", "Prioridad alta").await;
    app.type_into("feedback-received-on", &received).await;
    app.select("feedback-neighbourhood", BARRIO).await;
    app.select("feedback-commitment", COMMITMENT).await;
    app.select("feedback-milestone", MILESTONE).await;
    assert_eq!(app.selected_text("feedback-milestone").await, MILESTONE, "the commitment's milestones are offered");
    app.assert_accessible("the feedback form").await;
    app.screenshot("feedback-form").await;
    app.click("feedback-save").await;
    app.wait_for_count("feedback-form", 0).await;
    app.wait_for_text("save-status", "Guardado").await;
    app.wait_for_text("feedback-count", &format!("{} opiniones", waiting_before + 1)).await;

    // In the waiting list, oldest first, with its age.
    let item = find_item(&app, "feedback-item", SAID).await;
    assert_eq!(part(&item, "feedback-item-status").await, "Abierta");
    let age = part(&item, "feedback-item-age").await;
    assert_eq!(age, format!("{received} · hace 12 días"));
    let about = part(&item, "feedback-item-about").await;
    for wanted in [BARRIO, "Compromiso 3", MILESTONE] {
        assert!(about.contains(wanted), "the item names {wanted:?}: {about}");
    }
    // The kind is set in capitals by the style sheet.
    let head = item.text().await.expect("the item's text").to_lowercase();
    assert!(head.contains("pregunta") && head.contains("prioridad alta"), "kind and priority are shown: {head}");
    let received_dates: Vec<(u32, u32, u32)> =
        app.texts("feedback-item-age").await.iter().map(|age| parse_date(age)).collect();
    assert!(received_dates.windows(2).all(|w| w[0] <= w[1]), "oldest first: {received_dates:?}");
    assert_eq!(part(&item, "feedback-item-text").await, SAID);
    scroll_to(&app, &item).await;
    app.screenshot("waiting-list").await;
    app.assert_accessible("the waiting list").await;

    // Forwarded to a directorate: the directorate must be named.
    click_part(&app, "feedback-item", SAID, "feedback-change").await;
    app.find("feedback-change-form").await;
    assert_eq!(app.selected_text("feedback-status").await, "Derivada", "forwarding is the usual next step");
    app.wait_for_text("feedback-change-form", "Dirección a la que se deriva").await;
    app.type_into("feedback-status-on", &forwarded).await;
    app.click("feedback-change-save").await;
    app.wait_for_text("field-error", "Este campo es obligatorio").await;
    assert_eq!(part(&find_item(&app, "feedback-item", SAID).await, "feedback-item-status").await, "Abierta");
    app.type_into("feedback-detail", DIRECTORATE).await;
    app.assert_accessible("the status change form").await;
    app.screenshot("forwarding").await;
    app.click("feedback-change-save").await;
    app.wait_for_count("feedback-change-form", 0).await;
    wait_for_part(&app, "feedback-item", SAID, "feedback-item-status", "Derivada").await;
    let item = find_item(&app, "feedback-item", SAID).await;
    assert_eq!(part(&item, "feedback-forwarded-to").await, format!("Derivada a {DIRECTORATE}"));

    // Answered, with the answer and its date; not dated before it was said.
    click_part(&app, "feedback-item", SAID, "feedback-change").await;
    app.find("feedback-change-form").await;
    assert_eq!(app.selected_text("feedback-status").await, "Respondida", "an answer is the next step");
    app.wait_for_text("feedback-change-form", "Respuesta entregada").await;
    app.type_into("feedback-detail", ANSWER).await;
    let [too_early] = app.days_ago([13]).await;
    app.type_into("feedback-status-on", &too_early).await;
    app.click("feedback-change-save").await;
    app.wait_for_text("field-error", "no puede ser anterior").await;
    app.type_into("feedback-status-on", &answered).await;
    app.click("feedback-change-save").await;
    app.wait_for_count("feedback-change-form", 0).await;
    wait_for_part(&app, "feedback-item", SAID, "feedback-item-status", "Respondida").await;
    let item = find_item(&app, "feedback-item", SAID).await;
    let answer = part(&item, "feedback-answer").await;
    assert!(answer.contains(&format!("Respuesta del {answered}")) && answer.contains(ANSWER), "{answer}");
    assert_eq!(parts(&item, "feedback-forwarded-to").await.len(), 0, "no longer waiting at the directorate");

    // Each step with its date.
    click_part(&app, "feedback-item", SAID, "feedback-history-toggle").await;
    let history = wait_for_history(&app, 3).await;
    assert_eq!(history, expected_history(&received, &forwarded, &answered));
    scroll_to(&app, &find_item(&app, "feedback-item", SAID).await).await;
    app.screenshot("answered-with-history").await;
    app.assert_accessible("an answered item with its history").await;

    // Answered, it no longer waits.
    app.select("feedback-show", "Todas").await;
    app.select("feedback-show", "Esperando respuesta").await;
    app.wait_for_text("feedback-count", &format!("{waiting_before} opiniones")).await;
    let waiting = app.texts("feedback-item-text").await;
    assert!(!waiting.iter().any(|text| text == SAID), "an answered item is not in the waiting list");

    app.restart().await;
    app.click("nav-feedback").await;
    app.wait_for_text("feedback-count", &format!("{waiting_before} opiniones")).await;
    app.select("feedback-show", "Respondida").await;
    wait_for_part(&app, "feedback-item", SAID, "feedback-item-status", "Respondida").await;
    let item = find_item(&app, "feedback-item", SAID).await;
    let about = part(&item, "feedback-item-about").await;
    assert!(about.contains(BARRIO) && about.contains(MILESTONE), "after the restart: {about}");
    let answer = part(&item, "feedback-answer").await;
    assert!(answer.contains(&format!("Respuesta del {answered}")) && answer.contains(ANSWER), "{answer}");
    click_part(&app, "feedback-item", SAID, "feedback-history-toggle").await;
    let history = wait_for_history(&app, 3).await;
    assert_eq!(history, expected_history(&received, &forwarded, &answered), "after the restart");
    scroll_to(&app, &find_item(&app, "feedback-item", SAID).await).await;
    app.screenshot("after-restart").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_dated_note_moves_a_milestone_and_an_evidence_file_is_copied_beside_the_database() {
    let files = tempfile::tempdir().expect("a temp dir for the evidence file");
    let source = files.path().join(EVIDENCE_NAME);
    std::fs::write(&source, EVIDENCE_PDF).expect("write the evidence file");
    let script = files.path().join("limpieza.sh");
    std::fs::write(&script, "#!/bin/sh\necho hola\n").expect("write a script");

    let mut app = AppWindow::start("milestone-evidence").await;
    app.click("nav-commitments").await;
    app.find("commitments-screen").await;
    app.wait_for_count("commitment", 4).await;
    let milestone = find_item(&app, "milestone", MILESTONE).await;
    assert_eq!(part(&milestone, "milestone-progress").await, "40%");
    let state = part(&milestone, "milestone-state").await;
    assert!(state.contains("Limitado") && state.contains("atrasado"), "the demo's milestone is late: {state}");
    assert_eq!(part(&milestone, "milestone-toggle").await, "Notas (1) · Respaldos (0)");
    assert_eq!(commitment_progress(&app).await, (47, 47), "(100 + 40 + 0) / 3, rounded");

    // A dated note that moves it to substantial, 70 %.
    click_part(&app, "milestone", MILESTONE, "milestone-toggle").await;
    click_part(&app, "milestone", MILESTONE, "note-add").await;
    app.find("note-form").await;
    assert_eq!(app.focused_testid().await, "note-date", "the note form opens on its date");
    let [noted, today] = app.days_ago([2, 0]).await;
    assert_eq!(app.value("note-date").await, today);
    app.type_into("note-date", &noted).await;
    app.type_into("note-author", AUTHOR).await;
    app.type_into("note-text", NOTE).await;
    app.select("note-completion", "Sustancial").await;
    app.type_into("note-progress", "70").await;
    app.assert_accessible("the note form").await;
    scroll_to(&app, &app.find("note-form").await).await;
    app.screenshot("note-form").await;
    app.click("note-save").await;
    app.wait_for_count("note-form", 0).await;
    wait_for_part(&app, "milestone", MILESTONE, "milestone-progress", "70%").await;
    let milestone = find_item(&app, "milestone", MILESTONE).await;
    let state = part(&milestone, "milestone-state").await;
    assert!(state.contains("Sustancial") && state.contains("atrasado"), "substantial, still late: {state}");
    assert_eq!(part(&milestone, "milestone-toggle").await, "Notas (2) · Respaldos (0)");
    let notes = parts(&milestone, "note").await;
    assert_eq!(notes.len(), 2, "{notes:?}");
    let newest = squeeze(&notes[0]);
    assert_eq!(newest, format!("{noted} · {AUTHOR} {NOTE} Pasa de «Limitado» a «Sustancial» Eliminar"), "newest first");
    assert_eq!(commitment_progress(&app).await, (57, 57), "(100 + 70 + 0) / 3, rounded");

    // The author is remembered for the next note; Escape closes the form.
    click_part(&app, "milestone", MILESTONE, "note-add").await;
    app.find("note-form").await;
    assert_eq!(app.value("note-author").await, AUTHOR);
    app.keys(ESCAPE).await;
    app.wait_for_count("note-form", 0).await;

    // The evidence file, its path pasted where «Elegir…» would ask.
    type_evidence_path(&app, &source).await;
    click_part(&app, "milestone", MILESTONE, "evidence-add").await;
    app.wait_for_text("notice", &format!("Se guardó una copia de «{EVIDENCE_NAME}».")).await;
    wait_for_part(&app, "milestone", MILESTONE, "evidence-message", "Se guardó una copia").await;
    wait_for_part(&app, "milestone", MILESTONE, "milestone-toggle", "Respaldos (1)").await;
    let milestone = find_item(&app, "milestone", MILESTONE).await;
    assert_eq!(parts(&milestone, "evidence-file").await.len(), 1);
    assert_eq!(part(&milestone, "evidence-name").await, EVIDENCE_NAME);
    let shown = squeeze(&part(&milestone, "evidence-file").await);
    assert!(shown.contains(&format!("{today} · {} B", EVIDENCE_PDF.len())), "date and size: {shown}");
    let stored = check_evidence_copy(&app.database, &source);

    // A script is no evidence: refused, nothing copied.
    type_evidence_path(&app, &script).await;
    click_part(&app, "milestone", MILESTONE, "evidence-add").await;
    app.wait_for_text("error-message", "no se acepta como respaldo").await;
    wait_for_part(&app, "milestone", MILESTONE, "evidence-message", "no se acepta como respaldo").await;
    assert_eq!(evidence_files(&app.database), vec![stored.clone()], "nothing more in evidence/");
    assert_eq!(parts(&find_item(&app, "milestone", MILESTONE).await, "evidence-file").await.len(), 1);
    scroll_to(&app, &find_item(&app, "milestone", MILESTONE).await).await;
    app.screenshot("note-and-evidence").await;
    app.assert_accessible("a milestone with its notes and evidence").await;

    app.restart().await;
    app.click("nav-commitments").await;
    app.wait_for_count("commitment", 4).await;
    let milestone = find_item(&app, "milestone", MILESTONE).await;
    assert_eq!(part(&milestone, "milestone-progress").await, "70%");
    assert!(part(&milestone, "milestone-state").await.contains("Sustancial"));
    assert_eq!(part(&milestone, "milestone-toggle").await, "Notas (2) · Respaldos (1)");
    assert_eq!(commitment_progress(&app).await, (57, 57));
    click_part(&app, "milestone", MILESTONE, "milestone-toggle").await;
    wait_for_part(&app, "milestone", MILESTONE, "evidence-name", EVIDENCE_NAME).await;
    let milestone = find_item(&app, "milestone", MILESTONE).await;
    let newest = squeeze(&parts(&milestone, "note").await[0]);
    assert!(newest.contains(NOTE) && newest.contains(AUTHOR), "after the restart: {newest}");
    assert_eq!(evidence_files(&app.database), vec![stored], "the copy is still there");
    scroll_to(&app, &milestone).await;
    app.screenshot("after-restart").await;
    app.close().await;
}

fn expected_history(received: &str, forwarded: &str, answered: &str) -> Vec<String> {
    // Each step ends with its button to correct the day.
    vec![
        format!("{received} · Abierta Corregir fecha"),
        format!("{forwarded} · Derivada — {DIRECTORATE} Corregir fecha"),
        format!("{answered} · Respondida — {ANSWER} Corregir fecha"),
    ]
}

/// The history of the item saying SAID once it shows `count` steps.
async fn wait_for_history(app: &AppWindow, count: usize) -> Vec<String> {
    let started = Instant::now();
    loop {
        let item = find_item(app, "feedback-item", SAID).await;
        let events: Vec<String> = parts(&item, "feedback-event").await.iter().map(|e| squeeze(e)).collect();
        if events.len() == count && events.iter().all(|e| !e.is_empty()) {
            return events;
        }
        assert!(started.elapsed() < PATIENCE, "the history never showed {count} steps: {events:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Commitment 3's progress as shown, and the rounded mean of its
/// milestones' progress as shown.
async fn commitment_progress(app: &AppWindow) -> (u32, u32) {
    let commitment = find_item(app, "commitment", "Compromiso 3: Juntos enfrentamos los microbasurales").await;
    let shown = leading_number(&part(&commitment, "commitment-progress").await);
    let milestones: Vec<u32> =
        parts(&commitment, "milestone-progress").await.iter().map(|p| leading_number(p)).collect();
    assert!(!milestones.is_empty(), "commitment 3 has milestones");
    let n = milestones.len() as u32;
    (shown, (milestones.iter().sum::<u32>() + n / 2) / n)
}

/// Pastes `path` into the milestone's evidence field, as a person who
/// copied it from the file manager would.
async fn type_evidence_path(app: &AppWindow, path: &Path) {
    let milestone = find_item(app, "milestone", MILESTONE).await;
    let field = milestone.find(Locator::Css(&by_testid("evidence-path"))).await.expect("the evidence path field");
    field.clear().await.expect("clear the path");
    field.send_keys(path.to_str().expect("a UTF-8 path")).await.expect("type the path");
}

/// The one file in `evidence/` beside the database is a byte-for-byte copy
/// of `source` under a name the app chose, recorded with its SHA-256.
/// Returns its name.
fn check_evidence_copy(database: &Path, source: &Path) -> String {
    let files = evidence_files(database);
    assert_eq!(files.len(), 1, "one copy in evidence/: {files:?}");
    let stored = files[0].clone();
    assert_ne!(stored, EVIDENCE_NAME, "stored under the app's name, not the user's");
    assert!(stored.ends_with(".pdf") && stored.len() == 36 + 4, "a UUID and the extension: {stored}");
    let folder = database.parent().expect("the database's folder").join("evidence");
    let copy = std::fs::read(folder.join(&stored)).expect("read the copy");
    assert_eq!(copy, EVIDENCE_PDF.as_bytes(), "the copy holds the file's bytes");
    assert!(source.exists(), "the original stays where it was");

    let db = rusqlite::Connection::open_with_flags(database, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open the database");
    let (original, stored_name, sha256, size, milestone): (String, String, String, i64, String) = db
        .query_row(
            "SELECT e.original_name, e.stored_name, e.sha256, e.size_bytes, m.title
             FROM evidence e JOIN milestone m ON m.id = e.milestone_id WHERE e.deleted_at IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .expect("one evidence row");
    assert_eq!(
        (original.as_str(), stored_name.as_str(), sha256.as_str(), size, milestone.as_str()),
        (EVIDENCE_NAME, stored.as_str(), EVIDENCE_SHA256, EVIDENCE_PDF.len() as i64, MILESTONE)
    );
    stored
}

/// The names in `evidence/` beside the database, sorted.
fn evidence_files(database: &Path) -> Vec<String> {
    let folder = database.parent().expect("the database's folder").join("evidence");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("read {}: {e}", folder.display()))
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The one element with `testid` whose text contains `containing`.
async fn find_item(app: &AppWindow, testid: &str, containing: &str) -> Element {
    let started = Instant::now();
    loop {
        let mut found = Vec::new();
        for element in app.find_all(testid).await {
            if element.text().await.is_ok_and(|text| text.contains(containing)) {
                found.push(element);
            }
        }
        match found.len() {
            1 => return found.remove(0),
            0 if started.elapsed() < PATIENCE => tokio::time::sleep(Duration::from_millis(100)).await,
            n => panic!("{n} [data-testid={testid}] say {containing:?}, not one"),
        }
    }
}

/// Waits until the part `testid` of the `item` saying `containing` says `wanted`.
async fn wait_for_part(app: &AppWindow, item: &str, containing: &str, testid: &str, wanted: &str) {
    let started = Instant::now();
    loop {
        let element = find_item(app, item, containing).await;
        let text = parts(&element, testid).await.join("\n");
        if text.contains(wanted) {
            return;
        }
        assert!(
            started.elapsed() < PATIENCE,
            "[data-testid={testid}] of {containing:?} never said {wanted:?}: {text:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks the part `testid` of the `item` saying `containing`.
async fn click_part(app: &AppWindow, item: &str, containing: &str, testid: &str) {
    let element = find_item(app, item, containing).await;
    let part = element.find(Locator::Css(&by_testid(testid))).await;
    let part = part.unwrap_or_else(|e| panic!("no [data-testid={testid}] in {containing:?}: {e}"));
    part.click().await.unwrap_or_else(|e| panic!("click [data-testid={testid}] of {containing:?}: {e}"));
}

/// The text of the first part `testid` of `element`.
async fn part(element: &Element, testid: &str) -> String {
    let part = element.find(Locator::Css(&by_testid(testid))).await;
    let part = part.unwrap_or_else(|e| panic!("no [data-testid={testid}] inside: {e}"));
    part.text().await.unwrap_or_else(|e| panic!("the text of [data-testid={testid}]: {e}"))
}

/// The texts of every part `testid` of `element` (none is fine).
async fn parts(element: &Element, testid: &str) -> Vec<String> {
    let found = element.find_all(Locator::Css(&by_testid(testid))).await.expect("look inside the element");
    let mut texts = Vec::new();
    for part in found {
        texts.push(part.text().await.expect("a part's text"));
    }
    texts
}

fn by_testid(testid: &str) -> String {
    format!("[data-testid=\"{testid}\"]")
}

/// Brings `element` to the middle of the window, for the screenshot.
async fn scroll_to(app: &AppWindow, element: &Element) {
    let element = serde_json::to_value(element).expect("an element reference");
    app.client()
        .execute("arguments[0].scrollIntoView({ block: 'center' });", vec![element])
        .await
        .expect("scroll to the element");
}

/// `24-11-2026 · hace 8 días` → (2026, 11, 24).
fn parse_date(text: &str) -> (u32, u32, u32) {
    let numbers: Vec<u32> =
        text.split(' ').next().unwrap_or_default().split('-').filter_map(|n| n.parse().ok()).collect();
    match numbers[..] {
        [d, m, y] => (y, m, d),
        _ => panic!("no date at the start of {text:?}"),
    }
}

fn leading_number(text: &str) -> u32 {
    let digits: String = text.trim().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or_else(|_| panic!("no number at the start of {text:?}"))
}

/// Runs of white space (line breaks between an element's parts) as one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
