//! The Data screen in the real window: a spreadsheet as Excel saves it on a
//! Chilean computer is previewed and imported, a sync file goes out and
//! comes back in without changing anything, and a backup brings the
//! records back to how they were.

use grupo_motor_tests::AppWindow;

/// Excel (es-CL) "CSV UTF-8": BOM, `;`, CRLF. One neighbour already
/// recorded (the demo's Rosa), two new, and one RUT with a wrong check digit.
const SHEET: &str = "\u{feff}Nombre;RUT;Barrio;Edad\r\n\
                     Rosa Núñez Peumo;;Pehuén;70\r\n\
                     Señora Ñusta Quillay;;Maipú Centro;adulta mayor\r\n\
                     \"Iñaki Litre, hijo\";10.000.013-k;Los Héroes;15 años\r\n\
                     Pedro Boldo;12.345.678-0;Riesco;40\r\n";

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the display stack: run via make test"]
async fn a_sheet_is_imported_after_its_preview_sync_changes_nothing_twice_and_a_backup_restores() {
    let mut app = AppWindow::start("data-screen").await;
    let files = tempfile::tempdir().expect("a folder for the files");
    app.click("nav-data").await;
    app.find("data-screen").await;
    // The start of the app made the day's backup.
    app.find("backup-row").await;
    let before = app.count("backup-row").await;
    app.click("backup-now").await;
    app.wait_for_text("backup-notice", "Copia guardada").await;
    app.wait_for_count("backup-row", before + 1).await;
    app.screenshot("data").await;
    app.assert_accessible("the data screen").await;

    let sheet = files.path().join("vecinos.csv");
    std::fs::write(&sheet, SHEET).expect("write the sheet");
    app.type_into("import-file", &sheet.to_string_lossy()).await;
    app.click("import-preview").await;
    let summary = app.wait_for_text("import-summary", "personas nuevas").await;
    assert_eq!(summary, "2 personas nuevas · una ya registrada · una fila con problemas");
    let bad = app.text("import-bad-rows").await;
    assert!(bad.contains("Línea 5") && bad.contains("RUT"), "the bad row and why: {bad}");
    assert!(app.text("import-new-rows").await.contains("Señora Ñusta Quillay"));
    app.screenshot("preview").await;
    app.assert_accessible("the import preview").await;
    app.click("import-confirm").await;
    app.wait_for_text("import-notice", "2 personas nuevas").await;

    app.click("nav-people").await;
    app.type_into("people-search", "nusta quillay").await;
    app.wait_for_count("person-row", 1).await;

    // A full sync file out, and the same file back in: nothing changes.
    app.click("nav-data").await;
    let sync_file = files.path().join("para-ana.gmsync");
    app.type_into("sync-save-to", &sync_file.to_string_lossy()).await;
    app.click("sync-export").await;
    app.wait_for_text("sync-exported", "Se exportaron").await;
    assert!(sync_file.exists());
    app.type_into("sync-file", &sync_file.to_string_lossy()).await;
    app.click("sync-import").await;
    let report = app.wait_for_text("sync-report", "Sincronización terminada").await;
    assert!(report.contains("0 agregados, 0 actualizados"), "re-importing changes nothing: {report}");
    // Not a sync file: a clear message, nothing changed.
    app.type_into("sync-file", &sheet.to_string_lossy()).await;
    app.click("sync-import").await;
    app.wait_for_text("error-message", "no es un archivo de sincronización").await;
    app.screenshot("sync").await;

    // Back to the backup made before the import: the new people are gone.
    app.find_all("backup-restore").await[0].click().await.expect("restore the newest backup");
    app.click("restore-confirm").await;
    app.wait_for_text("backup-notice", "Copia restaurada").await;
    app.wait_for_count("backup-row", before + 2).await; // the state before the restore was kept
    app.click("nav-people").await;
    app.type_into("people-search", "nusta quillay").await;
    app.wait_for_count("person-row", 0).await;
    app.type_into("people-search", "rosa nunez").await;
    app.wait_for_count("person-row", 1).await;
    app.screenshot("restored").await;
    app.close().await;
}
