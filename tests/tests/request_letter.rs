//! The answer letter to a rights request as a person gets it: the built
//! binary lists the demo's requests with their due dates (`requests`),
//! prints a refusal's letter (`request-letter`) under the controller's
//! letterhead, and the PDF is read back with `pdftotext` and rendered into
//! `target/pack-pages/request-letter/` to look at.

use std::path::Path;
use std::process::Command;

use grupo_motor_tests::cli::{demo_database, ok};
use grupo_motor_tests::target_dir;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} (poppler-utils): {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn text_of(pdf: &Path) -> String {
    // Words as read, whatever line or column a sentence was wrapped into.
    let text = tool("pdftotext", &["-layout", &pdf.to_string_lossy(), "-"]).replace('\u{a0}', " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (id, received, right, status, due, urgency, requester) per line.
fn requests(db: &Path) -> Vec<Vec<String>> {
    ok(db, &["requests"]).lines().map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

#[test]
fn the_register_lists_due_dates_and_a_refusal_letter_gives_reasons_and_the_agencia() {
    let (_dir, db) = demo_database();
    let listed = requests(&db);
    assert_eq!(listed.len(), 4, "{listed:?}");
    assert!(listed.iter().all(|r| r.len() == 7), "{listed:?}");
    let (open, decided) = listed.split_at(2);
    assert!(open.iter().any(|r| r[2] == "rectification" && r[5] == "overdue"), "{open:?}");
    assert!(open.iter().any(|r| r[2] == "blocking" && r[5] == "due_this_week"), "{open:?}");
    assert!(decided.iter().all(|r| r[5] == "settled"), "{decided:?}");
    let refused = decided.iter().find(|r| r[3] == "refused").expect("the demo's refusal");

    let conn = rusqlite::Connection::open(&db).expect("open");
    for (key, value) in [
        ("controller.name", "Municipalidad de Maipú"),
        ("controller.unit", "Dirección de Desarrollo Comunitario (DIDECO)"),
        ("controller.contact", "datospersonales@maipu.cl"),
        ("controller.address", "Av. Cinco de Abril 0260, Maipú"),
    ] {
        conn.execute("INSERT INTO setting (key, value) VALUES (?1, ?2)", [key, value]).expect("setting");
    }
    drop(conn);

    let es = db.with_file_name("carta.pdf");
    ok(&db, &["request-letter", "--id", &refused[0], "--out", &es.to_string_lossy()]);
    let text = text_of(&es);
    for wanted in [
        "Municipalidad de Maipú",
        "DIDECO",
        "datospersonales@maipu.cl",
        "Respuesta a su solicitud de oposición",
        &refused[6],
        &refused[1],
        "fue rechazada el",
        "rendición de cuentas",
        "Agencia de Protección de Datos Personales",
        "gratuito",
    ] {
        assert!(text.contains(wanted), "{wanted:?} in:\n{text}");
    }
    let folder = target_dir().join("pack-pages").join("request-letter");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("pages folder");
    tool("pdftoppm", &["-png", "-r", "60", &es.to_string_lossy(), &folder.join("es").to_string_lossy()]);
    assert!(std::fs::read_dir(&folder).expect("pages").count() >= 1);

    let en = db.with_file_name("letter.pdf");
    ok(
        &db,
        &["--lang", "en", "request-letter", "--id", &refused[0], "--out", &en.to_string_lossy(), "--paper", "letter"],
    );
    let text = text_of(&en);
    assert!(text.contains("Answer to your objection") && text.contains("was refused on"), "{text}");
    assert!(text.contains("Agencia de Protección de Datos Personales"), "{text}");
    tool("pdftoppm", &["-png", "-r", "60", &en.to_string_lossy(), &folder.join("en").to_string_lossy()]);
}
