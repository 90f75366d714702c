//! `doctor`: what is wrong with a database and what lies beside it (its
//! backups, its evidence files), as findings the CLI prints in plain words.
//! It only reads: nothing is repaired or migrated.

use std::path::Path;

use chrono::{Local, NaiveDateTime};

use super::health::{is_absent_or_empty, open_read_only, schema_version};
use super::migrations::latest_version;
use super::{backup, evidence, Result, StoreError};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Fine,
    /// Worth doing something about, nothing lost yet.
    Warning,
    /// Data is damaged or missing.
    Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// Catalogue key of the sentence, `doctor-…`.
    pub message_key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    fn new(severity: Severity, message_key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self { severity, message_key, args }
    }
}

/// A backup older than this is worth a warning: the app makes one a day.
const STALE_BACKUP_DAYS: i64 = 7;

/// Every finding about `database`, the database first.
pub fn checkup(database: &Path) -> Result<Vec<Finding>> {
    let path = ("path", database.display().to_string());
    if is_absent_or_empty(database) {
        return Ok(vec![Finding::new(Severity::Problem, "doctor-database-missing", vec![path])]);
    }
    let conn = match open_read_only(database) {
        Ok(conn) => conn,
        Err(StoreError::Damaged) => {
            return Ok(vec![Finding::new(Severity::Problem, "doctor-database-damaged", vec![path])]);
        }
        Err(other) => return Err(other),
    };
    let mut findings = vec![database_finding(&conn, path)?];
    if findings[0].severity == Severity::Problem {
        return Ok(findings);
    }
    findings.push(backups_finding(database, Local::now().naive_local())?);
    findings.extend(evidence_findings(&conn, database)?);
    Ok(findings)
}

fn database_finding(conn: &rusqlite::Connection, path: (&'static str, String)) -> Result<Finding> {
    match integrity_problems(conn) {
        None => return Ok(Finding::new(Severity::Problem, "doctor-database-damaged", vec![path])),
        Some(0) => {}
        Some(problems) => {
            let count = ("count", problems.to_string());
            return Ok(Finding::new(Severity::Problem, "doctor-database-damaged-count", vec![path, count]));
        }
    }
    let version = match schema_version(conn) {
        Ok(version) => version,
        Err(StoreError::Damaged) => return Ok(Finding::new(Severity::Problem, "doctor-database-damaged", vec![path])),
        Err(other) => return Err(other),
    };
    let latest = latest_version() as i64;
    if version > latest {
        return Ok(Finding::new(Severity::Problem, "doctor-database-too-new", vec![path]));
    }
    let people: i64 =
        conn.query_row("SELECT count(*) FROM person WHERE deleted_at IS NULL", [], |r| r.get(0)).unwrap_or_default();
    let forums: i64 =
        conn.query_row("SELECT count(*) FROM forum WHERE deleted_at IS NULL", [], |r| r.get(0)).unwrap_or_default();
    let key = if version < latest { "doctor-database-ok-older" } else { "doctor-database-ok" };
    Ok(Finding::new(Severity::Fine, key, vec![path, ("people", people.to_string()), ("forums", forums.to_string())]))
}

/// The full structural check, index contents included (the start-up check
/// is the quick one): how many problems SQLite reports, or `None` when the
/// file cannot be read as a database at all.
fn integrity_problems(conn: &rusqlite::Connection) -> Option<usize> {
    let mut stmt = conn.prepare("PRAGMA integrity_check").ok()?;
    let lines: Vec<String> = stmt.query_map([], |r| r.get(0)).and_then(|rows| rows.collect()).ok()?;
    Some(lines.iter().filter(|line| line.as_str() != "ok").count())
}

fn backups_finding(database: &Path, now: NaiveDateTime) -> Result<Finding> {
    let folder = ("folder", backup::backups_dir(database).display().to_string());
    let backups = backup::list_backups(database)?;
    let Some(latest) = backups.first() else {
        return Ok(Finding::new(Severity::Warning, "doctor-backups-none", vec![folder]));
    };
    let usable = open_read_only(&latest.path).is_ok_and(|conn| integrity_problems(&conn) == Some(0));
    let args = vec![
        ("count", backups.len().to_string()),
        ("date", latest.taken_at.format("%d-%m-%Y %H:%M").to_string()),
        folder,
    ];
    if !usable {
        return Ok(Finding::new(Severity::Problem, "doctor-backups-latest-damaged", args));
    }
    if (now - latest.taken_at).num_days() > STALE_BACKUP_DAYS {
        return Ok(Finding::new(Severity::Warning, "doctor-backups-old", args));
    }
    Ok(Finding::new(Severity::Fine, "doctor-backups-ok", args))
}

fn evidence_findings(conn: &rusqlite::Connection, database: &Path) -> Result<Vec<Finding>> {
    let folder = evidence::folder_for(database);
    let check = evidence::check_all(conn, &folder)?;
    let folder = ("folder", folder.display().to_string());
    let mut findings = Vec::new();
    for name in check.missing {
        findings.push(Finding::new(Severity::Problem, "doctor-evidence-missing", vec![("name", name), folder.clone()]));
    }
    for name in check.changed {
        findings.push(Finding::new(Severity::Problem, "doctor-evidence-changed", vec![("name", name)]));
    }
    if findings.is_empty() {
        findings.push(Finding::new(Severity::Fine, "doctor-evidence-ok", vec![("count", check.intact.to_string())]));
    }
    Ok(findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn keys(findings: &[Finding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.message_key).collect()
    }

    #[test]
    fn a_healthy_database_without_backups_gets_a_warning_only() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("grupo-motor.sqlite3");
        drop(Store::open(&db).expect("store"));
        let findings = checkup(&db).expect("checkup");
        assert_eq!(keys(&findings), ["doctor-database-ok", "doctor-backups-none", "doctor-evidence-ok"]);
        assert_eq!(findings.iter().map(|f| f.severity).max(), Some(Severity::Warning));
    }

    #[test]
    fn a_missing_database_and_a_garbage_file_are_problems() {
        let dir = tempfile::tempdir().expect("dir");
        let missing = dir.path().join("no-esta.sqlite3");
        assert_eq!(keys(&checkup(&missing).expect("checkup")), ["doctor-database-missing"]);
        let garbage = dir.path().join("basura.sqlite3");
        std::fs::write(&garbage, vec![0x5a; 8192]).expect("write");
        let findings = checkup(&garbage).expect("checkup");
        assert_eq!(findings[0].severity, Severity::Problem, "{findings:?}");
        assert!(findings[0].message_key.starts_with("doctor-database-damaged"), "{findings:?}");
    }

    #[test]
    fn a_missing_or_changed_evidence_file_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("grupo-motor.sqlite3");
        let store = Store::open(&db).expect("store");
        let conn = store.conn();
        let commitment = crate::store::reference::commitments(conn).expect("commitments")[0].id;
        let draft = crate::store::milestones::tests::draft(commitment, "Mapa", "", "");
        let milestone = crate::store::milestones::create(conn, &draft).expect("milestone");
        let source = dir.path().join("acta.pdf");
        std::fs::write(&source, b"%PDF-1.4 acta").expect("write");
        let today = Local::now().date_naive();
        crate::store::evidence::add(conn, &evidence::folder_for(&db), milestone, None, &source, today)
            .expect("evidence");
        let source2 = dir.path().join("fotos.pdf");
        std::fs::write(&source2, b"%PDF-1.4 fotos").expect("write");
        crate::store::evidence::add(conn, &evidence::folder_for(&db), milestone, None, &source2, today)
            .expect("evidence");
        drop(store);
        assert!(keys(&checkup(&db).expect("checkup")).contains(&"doctor-evidence-ok"));

        let folder = evidence::folder_for(&db);
        let mut stored: Vec<_> = std::fs::read_dir(&folder).expect("folder").flatten().map(|e| e.path()).collect();
        stored.sort();
        let conn = open_read_only(&db).expect("read");
        let name_of = |path: &std::path::Path| -> String {
            let stored_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            conn.query_row("SELECT original_name FROM evidence WHERE stored_name = ?1", [stored_name], |r| r.get(0))
                .expect("name")
        };
        let (gone, swapped) = (name_of(&stored[0]), name_of(&stored[1]));
        std::fs::remove_file(&stored[0]).expect("remove");
        std::fs::write(&stored[1], b"otra cosa").expect("swap");
        let findings = checkup(&db).expect("checkup");
        let missing = findings.iter().find(|f| f.message_key == "doctor-evidence-missing").expect("missing named");
        assert!(missing.args.contains(&("name", gone)), "{findings:?}");
        let changed = findings.iter().find(|f| f.message_key == "doctor-evidence-changed").expect("changed named");
        assert!(changed.args.contains(&("name", swapped)), "{findings:?}");
    }
}
