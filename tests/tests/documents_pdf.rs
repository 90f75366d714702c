//! Ley 21.719's printed documents as a person gets them from the built
//! `grupo-motor`: the privacy notice (from the controller recorded with
//! `controller`), the two consent forms and a breach report, in Spanish and
//! English, A4 and Letter; read back with `pdftotext`/`pdfinfo` and
//! rendered into `target/document-pages/` to look at.

use std::path::Path;
use std::process::Command;

use grupo_motor_tests::cli::{fails, ok};
use grupo_motor_tests::target_dir;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} (poppler-utils): {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text as printed, with no-break spaces as spaces and each run of
/// white space (line ends included) as one space, so a wrapped sentence
/// reads whole.
fn text(pdf: &Path) -> String {
    let raw = tool("pdftotext", &[&pdf.to_string_lossy(), "-"]).replace('\u{a0}', " ");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_info(pdf: &Path) -> (usize, String) {
    let info = tool("pdfinfo", &[&pdf.to_string_lossy()]);
    let field =
        |name: &str| info.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default().to_string();
    (field("Pages:").parse().expect("page count"), field("Page size:"))
}

/// Every page as a PNG under `target/document-pages/<name>/`.
fn render(pdf: &Path, name: &str) {
    let folder = target_dir().join("document-pages").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("pages folder");
    tool("pdftoppm", &["-png", "-r", "60", &pdf.to_string_lossy(), &folder.join("page").to_string_lossy()]);
    let pngs = std::fs::read_dir(&folder).expect("read pages").count();
    assert_eq!(pngs, pdf_info(pdf).0, "one picture per page in {}", folder.display());
}

/// A new database with the controller recorded as a municipality would.
fn with_controller() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    let shown = ok(
        &db,
        &[
            "controller",
            "--name",
            "Ilustre Municipalidad de Maipú",
            "--unit",
            "DIDECO",
            "--contact",
            "datos@ejemplo.cl · mesón de la DIDECO",
            "--address",
            "Calle Ejemplo 123, Maipú",
            "--purpose",
            "Registrar la participación en los foros del plan de Gobierno Abierto",
            "--purpose",
            "Responder lo que plantean las vecinas y los vecinos, y rendir cuentas",
            "--retention",
            "Los teléfonos y correos se borran tras 24 meses sin participar; lo demás se guarda hasta el cierre del plan.",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&shown).expect("the controller as JSON");
    assert_eq!(json["name"], "Ilustre Municipalidad de Maipú");
    assert_eq!(json["purposes"].as_array().map(Vec::len), Some(2));
    (dir, db)
}

fn print(db: &Path, out: &Path, args: &[&str]) -> String {
    let mut all = vec!["document"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out.to_str().expect("utf-8 path")]);
    ok(db, &all);
    text(out)
}

#[test]
fn the_privacy_notice_says_who_what_why_how_long_and_how_to_ask_in_both_languages() {
    let (dir, db) = with_controller();
    let es = dir.path().join("aviso.pdf");
    let text = print(&db, &es, &["privacy-notice"]);
    render(&es, "privacy-notice-a4-es");
    assert_eq!(pdf_info(&es), (1, "595.28 x 841.89 pts (A4)".to_string()), "one A4 page to post");
    for wanted in [
        "Aviso de privacidad",
        "¿Quién es responsable de sus datos?",
        "Ilustre Municipalidad de Maipú",
        "DIDECO",
        "datos@ejemplo.cl · mesón de la DIDECO",
        "Su RUT, solo si usted lo da: es opcional.",
        "Su género, solo con su consentimiento expreso",
        "Su teléfono y su correo, solo si usted consiente",
        "Registrar la participación en los foros del plan de Gobierno Abierto",
        "Los teléfonos y correos se borran tras 24 meses sin participar",
        "30 días corridos",
        "2 días hábiles",
        "Agencia de Protección de Datos Personales",
        "niñas, niños, adolescentes",
    ] {
        assert!(text.contains(wanted), "{wanted:?} is printed: {text}");
    }

    let letter = dir.path().join("aviso-carta.pdf");
    let text = print(&db, &letter, &["privacy-notice", "--paper", "letter"]);
    render(&letter, "privacy-notice-letter-es");
    assert_eq!(pdf_info(&letter), (1, "612 x 792 pts (letter)".to_string()));
    assert!(text.contains("¿Para qué los usamos?") && text.contains("Maipú"), "{text}");

    let en = dir.path().join("notice.pdf");
    ok(&db, &["--lang", "en", "document", "privacy-notice", "--out", en.to_str().expect("path")]);
    let english = self::text(&en);
    render(&en, "privacy-notice-a4-en");
    for wanted in [
        "Privacy notice",
        "Who is responsible for your data?",
        "Ilustre Municipalidad de Maipú",
        "30 calendar days",
        "Agencia de Protección de Datos Personales",
    ] {
        assert!(english.contains(wanted), "{wanted:?} in English: {english}");
    }
}

#[test]
fn no_notice_until_the_controller_is_recorded_and_the_refusal_says_what_is_missing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    let out = dir.path().join("aviso.pdf");
    ok(&db, &["controller", "--unit", "DIDECO"]);
    let said = fails(&db, &["document", "privacy-notice", "--out", out.to_str().expect("path")]);
    assert!(said.contains("Falta el nombre del responsable de los datos"), "{said}");
    assert!(!out.exists(), "no half notice");
    ok(&db, &["controller", "--name", "Ilustre Municipalidad de Maipú"]);
    let said = fails(&db, &["--lang", "en", "document", "privacy-notice", "--out", out.to_str().expect("path")]);
    assert!(said.contains("The contact for rights requests is missing"), "{said}");
}

#[test]
fn the_consent_forms_are_one_page_each_with_their_fields_and_signature_lines() {
    let (dir, db) = with_controller();
    for (lang, paper) in [("es-CL", "a4"), ("en", "letter"), ("es-CL", "letter"), ("en", "a4")] {
        for kind in ["guardian-consent", "contact-consent"] {
            let pdf = dir.path().join(format!("{kind}-{lang}-{paper}.pdf"));
            ok(&db, &["--lang", lang, "document", kind, "--paper", paper, "--out", pdf.to_str().expect("path")]);
            assert_eq!(pdf_info(&pdf).0, 1, "{kind} {lang} {paper} fits on one page");
            render(&pdf, &format!("{kind}-{paper}-{lang}"));
        }
    }
    let guardian = text(&dir.path().join("guardian-consent-es-CL-a4.pdf"));
    for wanted in [
        "Consentimiento para registrar los datos de una niña o un niño",
        "art. 16 quáter",
        "Responsable de los datos: Ilustre Municipalidad de Maipú · DIDECO",
        "La niña o el niño",
        "Edad",
        "Quien da el consentimiento",
        "RUT",
        "Relación (madre, padre, tutor…)",
        "¿Para qué se usan los datos?",
        "Registrar la participación en los foros del plan de Gobierno Abierto",
        "¿Qué se registra?",
        "¿Cómo retirar el consentimiento?",
        "datos@ejemplo.cl · mesón de la DIDECO",
        "Firma de quien da el consentimiento",
        "Fecha",
    ] {
        assert!(guardian.contains(wanted), "{wanted:?} on the guardian's form: {guardian}");
    }
    let contact = text(&dir.path().join("contact-consent-es-CL-a4.pdf"));
    for wanted in [
        "Consentimiento para guardar su teléfono y su correo",
        "Teléfono",
        "Correo electrónico",
        "Avisarle de los próximos foros",
        "su teléfono y su correo se borran",
        "Firma",
    ] {
        assert!(contact.contains(wanted), "{wanted:?} on the contact form: {contact}");
    }
    let english = text(&dir.path().join("guardian-consent-en-letter.pdf"));
    assert!(
        english.contains("Consent to record a child's data") && english.contains("Signature of who gives consent"),
        "{english}"
    );
}

#[test]
fn a_breach_report_for_the_agencia_holds_the_facts_and_who_still_must_be_told() {
    let (dir, db) = with_controller();
    assert_eq!(ok(&db, &["breaches"]), "", "no incidents yet");
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute(
        "INSERT INTO breach (id, found_on, what_happened, whose_data, people_affected, data_kinds, children_data,
                             sensitive_data, put_at_risk, actions_taken, agency_notified_on, people_notified_on,
                             notified_how, created_at, updated_at)
         VALUES ('3f1c2a4e-9b7d-4c1e-8a2b-5d6e7f809a1b', '2026-12-02',
                 'Se perdió la hoja de firmas de la mesa de niñas, niños y adolescentes en la plaza de Pehuén. ¿Quién la tiene?',
                 'Participantes de la mesa del 28-11-2026', 14, 'Nombres, edades y barrio', 1, 0, 1,
                 'Se buscó en la plaza y en la sede; se avisó a la DIDECO.', '2026-12-03', NULL,
                 'Correo de la DIDECO a la Agencia', '2026-12-02T15:00:00.000Z', '2026-12-03T10:00:00.000Z')",
        [],
    )
    .expect("a breach");
    drop(conn);
    let listed = ok(&db, &["breaches"]);
    assert!(listed.starts_with("3f1c2a4e-9b7d-4c1e-8a2b-5d6e7f809a1b\t02-12-2026\t14\tSe perdió"), "{listed}");

    let es = dir.path().join("informe.pdf");
    let text = print(&db, &es, &["breach-report", "--breach", "3f1c2a4e-9b7d-4c1e-8a2b-5d6e7f809a1b"]);
    render(&es, "breach-report-a4-es");
    for wanted in [
        "Informe de incidente de seguridad de datos personales",
        "art. 14 sexies",
        "Ilustre Municipalidad de Maipú",
        "02-12-2026",
        "¿Quién la tiene?",
        "Pehuén",
        "¿Datos de niñas o niños menores de 14 años?",
        "El 03-12-2026",
        "Pendiente: la ley lo exige",
        "Correo de la DIDECO a la Agencia",
        "debe comunicarse también a cada persona afectada",
        "Firma de quien informa",
    ] {
        assert!(text.contains(wanted), "{wanted:?} in the report: {text}");
    }
    let en = dir.path().join("report.pdf");
    ok(
        &db,
        &[
            "--lang",
            "en",
            "document",
            "breach-report",
            "--breach",
            "3f1c2a4e-9b7d-4c1e-8a2b-5d6e7f809a1b",
            "--paper",
            "letter",
            "--out",
            en.to_str().expect("path"),
        ],
    );
    render(&en, "breach-report-letter-en");
    let english = self::text(&en);
    assert!(
        english.contains("Personal data security incident report") && english.contains("Pending: the law requires it"),
        "{english}"
    );
    assert_eq!(pdf_info(&en).1, "612 x 792 pts (letter)");

    let said = fails(&db, &["document", "breach-report", "--out", en.to_str().expect("path")]);
    assert!(said.contains("--breach"), "the id is asked for: {said}");
}
