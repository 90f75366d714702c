//! The quarterly meeting pack as a person gets it: made by the built
//! `grupo-motor` binary on a database of demo data, then read back with
//! poppler (`pdftotext`, `pdfinfo`) and rendered page by page with
//! `pdftoppm` into `target/pack-pages/` for a person to look at.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use grupo_motor_tests::{app_binary, target_dir};
use serde_json::Value;

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(app_binary()).arg("--db").arg(db).args(args).output().expect("run grupo-motor")
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(out.status.success(), "grupo-motor {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} (poppler-utils): {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text, page by page, laid out as printed.
fn pages_text(pdf: &Path) -> Vec<String> {
    // No-break spaces (in "70 %" and phone numbers) read as spaces.
    let text = tool("pdftotext", &["-layout", &pdf.to_string_lossy(), "-"]).replace('\u{a0}', " ");
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn page_count(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[&pdf.to_string_lossy()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

/// Every page as a PNG under `target/pack-pages/<name>/`.
fn render_pages(pdf: &Path, name: &str) {
    let folder = target_dir().join("pack-pages").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("pages folder");
    tool("pdftoppm", &["-png", "-r", "60", &pdf.to_string_lossy(), &folder.join("page").to_string_lossy()]);
    let pngs = std::fs::read_dir(&folder).expect("read pages").count();
    assert_eq!(pngs, page_count(pdf), "one picture per page in {}", folder.display());
}

/// A year of demo data (ending today), loaded once; each test works on
/// its own copy.
struct Demo {
    _dir: tempfile::TempDir,
    db: PathBuf,
    /// `dd-mm-yyyy` of the first and last forum.
    first_day: String,
    last_day: String,
    /// The newest forum's id.
    newest_forum: String,
}

fn demo() -> &'static Demo {
    static DEMO: OnceLock<Demo> = OnceLock::new();
    DEMO.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("demo.sqlite3");
        ok(&db, &["demo"]);
        let forums = ok(&db, &["forums"]);
        let rows: Vec<Vec<&str>> = forums.lines().map(|l| l.split('\t').collect()).collect();
        let day = |row: &Vec<&str>| row[1].split(' ').next().unwrap_or_default().to_string();
        Demo {
            first_day: rows.last().map(day).expect("forums"),
            last_day: rows.first().map(day).expect("forums"),
            newest_forum: rows[0][0].to_string(),
            db,
            _dir: dir,
        }
    })
}

/// A copy of the demo database in a fresh folder, where packs are saved.
fn workspace_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("grupo-motor.sqlite3");
    std::fs::copy(&demo().db, &db).expect("copy the demo database");
    (dir, db)
}

/// `24-11-2026` → the quarter holding it, `2026-Q4`.
fn quarter_of(day: &str) -> String {
    let parts: Vec<u32> = day.split('-').map(|p| p.parse().expect("number")).collect();
    format!("{}-Q{}", parts[2], (parts[1] - 1) / 3 + 1)
}

/// 1234 as the Spanish pack writes it: 1.234.
fn spanish_number(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

fn make_pack(db: &Path, out: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["pack", "--out", out.to_str().expect("utf-8 path")];
    all.extend_from_slice(args);
    ok(db, &all);
    pages_text(out)
}

#[test]
fn a_big_period_holds_every_section_with_the_dashboards_figures_and_its_accents() {
    let (dir, db) = workspace_copy();
    let (from, to) = (demo().first_day.as_str(), demo().last_day.as_str());
    let pdf = dir.path().join("pack-anual.pdf");
    let pages = make_pack(&db, &pdf, &["--from", from, "--to", to, "--place", "Salón municipal de Maipú"]);
    render_pages(&pdf, "year-a4-es");
    let text = pages.join("\n");

    for section in [
        "Reunión trimestral de rendición de cuentas",
        "Periodo informado",
        "Tabla",
        "1. El periodo de un vistazo",
        "2. Compromisos",
        "Hitos atrasados y por qué",
        "3. Lo que dijeron los vecinos",
        "Opiniones que esperan respuesta",
        "Ustedes dijeron, hicimos",
        "4. Foros del periodo",
        "Asistencia por barrio",
        "5. Anexo: listas de asistencia",
        "Hoja de asistencia",
        "RUT",
        "(opcional)",
        "Código",
    ] {
        assert!(text.contains(section), "missing {section:?}");
    }
    assert!(text.contains(&format!("del {from} al {to}")), "period on the cover");

    // The figures are the dashboard's: `stats` for the same period.
    let stats: Value = serde_json::from_str(&ok(&db, &["stats", "--from", from, "--to", to])).expect("stats JSON");
    let figure = |key: &str| stats[key].as_i64().unwrap_or_else(|| panic!("{key} in {stats}"));
    // (Page 1, the cover, lists the sections too.)
    let glance = pages.iter().skip(1).find(|p| p.contains("1. El periodo de un vistazo")).expect("glance page");
    let words: Vec<&str> = glance.split_whitespace().collect();
    for key in
        ["forumsHeld", "peopleReached", "firstTimeParticipants", "attendances", "feedbackReceived", "feedbackOpen"]
    {
        let shown = spanish_number(figure(key));
        assert!(words.contains(&shown.as_str()), "{key} = {shown} on the glance page:\n{glance}");
    }
    let reached = format!("{} de {}", figure("neighbourhoodsReached"), figure("neighbourhoodsTotal"));
    assert!(glance.contains(&reached), "{reached}");
    let children = spanish_number(figure("children") + figure("adolescents"));
    assert!(words.contains(&children.as_str()), "children and adolescents {children}");
    assert!(glance.contains(&format!("{} / {}", figure("women"), figure("men"))), "women / men");
    let total = text.lines().find(|l| l.trim_start().starts_with("Total ")).expect("the forums' total row");
    assert!(total.split_whitespace().any(|w| w == spanish_number(figure("attendances"))), "{total}");

    // Accents, ñ, ¿ and the no-break space come back out as text.
    for phrase in ["Maipú", "Señora Núñez", "¿Qué pasó", "Niñas y niños", "Gobierno Abierto Maipú", "Salón municipal"]
    {
        assert!(text.contains(phrase), "{phrase:?} not in the text");
    }

    // Page numbers: every page says which it is, of how many pdfinfo counts.
    let count = page_count(&pdf);
    assert_eq!(pages.len(), count);
    for (i, page) in pages.iter().enumerate() {
        let footer = format!("Página {} de {count}", i + 1);
        assert!(page.contains(&footer), "{footer}");
        assert!(page.contains("Reunión trimestral de rendición de cuentas"), "running header on page {}", i + 1);
    }
    // A year of sign-ins fills the annex: at most ~45 names fit a page.
    let lower_bound = 6 + figure("attendances") as usize / 45;
    assert!(count >= lower_bound, "{count} pages for {} sign-ins", figure("attendances"));
    assert!(count <= 6 + figure("attendances") as usize / 10, "{count} pages");
}

#[test]
fn contact_details_appear_only_when_asked_for() {
    let (dir, db) = workspace_copy();
    let quarter = quarter_of(&demo().last_day);
    // Someone who came in the quarter gave a phone and e-mail, with consent.
    {
        let conn = rusqlite::Connection::open(&db).expect("open");
        let changed = conn
            .execute(
                "UPDATE person SET phone = '+56 9 8765 4321', email = 'rosa.nunez@ejemplo.cl',
                        consent_at = '2026-01-01T00:00:00.000Z', consent_purpose = 'Invitaciones'
                 WHERE id = (SELECT a.person_id FROM attendance a JOIN forum f ON f.id = a.forum_id
                             WHERE a.deleted_at IS NULL ORDER BY f.starts_at DESC LIMIT 1)",
                [],
            )
            .expect("give consent");
        assert_eq!(changed, 1);
    }
    let without = make_pack(&db, &dir.path().join("sin.pdf"), &["--period", &quarter]).join("\n");
    for contact in ["8765 4321", "rosa.nunez@ejemplo.cl", "Teléfono", "Correo"] {
        assert!(!without.contains(contact), "{contact:?} printed without --with-contacts");
    }
    let pdf = dir.path().join("con.pdf");
    let with = make_pack(&db, &pdf, &["--period", &quarter, "--with-contacts"]).join("\n");
    for contact in ["+56 9 8765 4321", "rosa.nunez@ejemplo.cl", "Teléfono", "Correo"] {
        assert!(with.contains(contact), "{contact:?} missing with --with-contacts");
    }
    render_pages(&pdf, "quarter-with-contacts-a4-es");
}

#[test]
fn english_on_us_letter() {
    let (dir, db) = workspace_copy();
    let quarter = quarter_of(&demo().last_day);
    let pdf = dir.path().join("pack-en.pdf");
    let pages = make_pack(
        &db,
        &pdf,
        &["--lang", "en", "--paper", "letter", "--period", &quarter, "--meeting-date", &demo().last_day],
    );
    render_pages(&pdf, "quarter-letter-en");
    let info = tool("pdfinfo", &[&pdf.to_string_lossy()]);
    assert!(info.contains("612 x 792"), "US Letter:\n{info}");
    let text = pages.join("\n");
    for section in [
        "Quarterly accountability meeting",
        "1. The period at a glance",
        "2. Commitments",
        "3. What neighbours said",
        "You said, we did",
        "4. Forums of the period",
        "5. Annex: attendance lists",
        "Sign-in sheet",
    ] {
        assert!(text.contains(section), "missing {section:?}");
    }
    let count = pages.len();
    assert_eq!(count, page_count(&pdf));
    assert!(pages[count - 1].contains(&format!("Page {count} of {count}")));
}

#[test]
fn the_same_quarter_gives_the_same_pdf_each_time() {
    let (dir, db) = workspace_copy();
    let quarter = quarter_of(&demo().last_day);
    let args = ["--period", quarter.as_str(), "--meeting-date", demo().last_day.as_str()];
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    make_pack(&db, &a, &args);
    make_pack(&db, &b, &args);
    assert!(std::fs::read(&a).expect("a") == std::fs::read(&b).expect("b"), "byte for byte");
    render_pages(&a, "quarter-a4-es");
}

#[test]
fn a_sign_in_sheet_is_pre_filled_with_the_neighbourhoods_regulars() {
    let (dir, db) = workspace_copy();
    // The latest forum whose neighbourhood met before, and who came to the
    // neighbourhood's last three forums before it.
    let (forum, regulars) = {
        let conn = rusqlite::Connection::open(&db).expect("open");
        let forum: String = conn
            .query_row(
                "SELECT f.id FROM forum f WHERE EXISTS (SELECT 1 FROM forum e WHERE e.neighbourhood_id = f.neighbourhood_id
                                                        AND e.starts_at < f.starts_at)
                 ORDER BY f.starts_at DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .expect("a forum in a neighbourhood that met before");
        let mut stmt = conn
            .prepare(
                "SELECT DISTINCT p.full_name FROM attendance a JOIN person p ON p.id = a.person_id
                 WHERE a.deleted_at IS NULL AND a.forum_id IN (
                     SELECT e.id FROM forum e, forum f WHERE f.id = ?1 AND e.neighbourhood_id = f.neighbourhood_id
                       AND e.starts_at < f.starts_at ORDER BY e.starts_at DESC LIMIT 3)",
            )
            .expect("prepare");
        let names: Vec<String> =
            stmt.query_map([&forum], |r| r.get(0)).expect("query").collect::<Result<_, _>>().expect("names");
        (forum, names)
    };
    assert!(!regulars.is_empty());
    let pdf = dir.path().join("hoja.pdf");
    ok(&db, &["sign-in-sheet", "--forum", &forum, "--out", pdf.to_str().expect("utf-8")]);
    render_pages(&pdf, "sign-in-sheet-a4-es");
    let text = pages_text(&pdf).join("\n");
    for column in [
        "Hoja de asistencia",
        "Nombre",
        "Barrio",
        "Organización",
        "RUT",
        "(opcional)",
        "Código",
        "Firma",
        "Página 1 de",
    ] {
        assert!(text.contains(column), "{column:?}");
    }
    for name in &regulars {
        assert!(text.contains(name.as_str()), "{name} pre-filled");
    }

    let pdf = dir.path().join("sheet.pdf");
    let out = pdf.to_str().expect("utf-8");
    ok(&db, &["--lang", "en", "sign-in-sheet", "--forum", &demo().newest_forum, "--out", out, "--paper", "letter"]);
    render_pages(&pdf, "sign-in-sheet-letter-en");
    let text = pages_text(&pdf).join("\n");
    assert!(text.contains("Sign-in sheet") && text.contains("(optional)"), "{text}");
}

#[test]
fn mistakes_are_explained_in_the_chosen_language() {
    let (dir, db) = workspace_copy();
    let out = dir.path().join("x.pdf");
    let out = out.to_str().expect("utf-8");
    let failed = run(&db, &["pack", "--period", "2026-Q9", "--out", out]);
    assert!(!failed.status.success());
    let message = String::from_utf8_lossy(&failed.stderr);
    assert!(message.contains("El periodo no es válido"), "{message}");
    let failed = run(&db, &["--lang", "en", "pack", "--from", "01-10-2026", "--to", "01-09-2026", "--out", out]);
    assert!(!failed.status.success());
    assert!(String::from_utf8_lossy(&failed.stderr).contains("The end cannot be before the start"));
    // `stats` refuses a reversed period as `pack` does, instead of printing zeros.
    let failed = run(&db, &["stats", "--from", "31-12-2026", "--to", "01-01-2026"]);
    assert!(!failed.status.success() && failed.stdout.is_empty());
    assert!(String::from_utf8_lossy(&failed.stderr).contains("El término no puede ser anterior al inicio"));
    let failed = run(&db, &["pack", "--period", "2026-Q4", "--out", "/no/such/folder/pack.pdf"]);
    assert!(!failed.status.success());
    let message = String::from_utf8_lossy(&failed.stderr);
    assert!(message.contains("No se puede guardar en «/no/such/folder/pack.pdf»: la carpeta no existe."), "{message}");
}
