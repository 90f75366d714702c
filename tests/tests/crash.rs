//! Pulling the plug, a hundred times: the built `grupo-motor` registers
//! newcomers at a forum (`register-stream`, the sign-in desk's code path)
//! and is killed with SIGKILL at a random moment — while starting, between
//! two sign-ins or in the middle of one. After every kill the database must
//! pass `PRAGMA integrity_check`, hold every sign-in the app had confirmed,
//! hold no half-saved one (a person without their attendance), and open
//! again in the app: the lock of the killed copy must not be left behind.
//! A second series kills the app during the first open of a new database
//! (the switch to WAL, the schema migration, the seeding of the reference
//! lists); after each, the app must open it and end with what a clean first
//! open gives.
//!
//! The kill times come from a seeded generator; the seed is printed and
//! `CRASH_SEED=<seed>` replays a run. `CRASH_KILLS` and `CRASH_FRESH_KILLS`
//! change how many kills each series makes. On a failure the databases are
//! kept and their folder is printed.
#![cfg(unix)]

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant, SystemTime};

use grupo_motor_tests::app_binary;
use rusqlite::{Connection, OpenFlags};

/// Kills while sign-ins are being recorded.
const KILLS: usize = 100;
/// Kills during the first open of a new, empty database.
const FRESH_KILLS: usize = 30;
/// Every name the test registers holds this word, and no demo name does.
const MARK: &str = "Zúñiga-Kiltro";
/// How long a copy may take to confirm its first sign-in before the test
/// calls it stuck.
const STUCK: Duration = Duration::from_secs(20);
/// Latest kill after the first confirmation.
const AFTER_FIRST_MAX_MS: u64 = 150;
const SIGKILL: i32 = 9;

/// The `i`-th name sent in `round`: accented, unique, and telling which
/// round and place it came from.
fn name(round: usize, i: usize) -> String {
    const GIVEN: [&str; 6] = ["María José", "Renée", "Ángel", "Zoë", "Łukasz", "Núria"];
    const FAMILY: [&str; 5] = ["Pérez-Güemes", "Muñoz", "Çelik", "Øster", "Żółć"];
    format!("{} {} {MARK} {round}-{i}", GIVEN[i % GIVEN.len()], FAMILY[(i / GIVEN.len() + round) % FAMILY.len()])
}

/// The round and place a stored name claims, if it is one of ours exactly.
fn parse_name(stored: &str) -> Option<(usize, usize)> {
    let (_, tail) = stored.rsplit_once(' ')?;
    let (round, i) = tail.split_once('-')?;
    let (round, i) = (round.parse().ok()?, i.parse().ok()?);
    (name(round, i) == stored).then_some((round, i))
}

fn env_number(var: &str) -> Option<u64> {
    let value = std::env::var(var).ok()?;
    Some(value.trim().parse().unwrap_or_else(|_| panic!("{var}={value} is not a number")))
}

/// The temporary folder, kept (and named) when the test fails.
struct Workdir(Option<tempfile::TempDir>);

impl Workdir {
    fn path(&self) -> &Path {
        self.0.as_ref().expect("the folder lives as long as the test").path()
    }
}

impl Drop for Workdir {
    fn drop(&mut self) {
        if let Some(dir) = self.0.take() {
            if thread::panicking() {
                eprintln!("crash test: the databases are kept in {}", dir.keep().display());
            }
        }
    }
}

/// What is fed to the copy's stdin.
enum Feed {
    /// `name(round, 0..)`, as fast as the app takes them; then, with a
    /// limit, end of input (the app then stops by itself).
    Names { round: usize, limit: Option<usize> },
    /// Nothing, with stdin left open: the app opens the store and waits.
    Silent,
    /// Nothing, with stdin closed: the app opens the store and ends.
    Closed,
}

/// A running `register-stream`. Dropping it kills the copy, so a failed
/// assertion leaves no process behind.
struct Stream {
    child: Child,
    started: Instant,
    stdin: Option<ChildStdin>,
    writer: Option<JoinHandle<usize>>,
    reader: Option<JoinHandle<Vec<String>>>,
    stderr: Option<JoinHandle<String>>,
    first_line: mpsc::Receiver<Instant>,
}

/// How a copy ended.
struct Ended {
    status: ExitStatus,
    /// Lines it printed, in order.
    lines: Vec<String>,
    /// How many names were handed to its stdin.
    written: usize,
    stderr: String,
    /// From the start to the end.
    took: Duration,
}

impl Ended {
    fn killed(&self) -> bool {
        self.status.signal() == Some(SIGKILL)
    }

    /// The `ok NAME` lines, checked to confirm `name(round, 0..)` in order.
    fn confirmed(&self, round: usize) -> usize {
        for (i, line) in self.lines.iter().enumerate() {
            assert_eq!(line, &format!("ok {}", name(round, i)), "round {round}: line {i} of the output");
        }
        self.lines.len()
    }
}

impl Stream {
    fn start(db: &Path, forum: &str, feed: Feed) -> Stream {
        let mut child = Command::new(app_binary())
            .arg("--db")
            .arg(db)
            .args(["register-stream", "--forum", forum])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start grupo-motor register-stream");
        let started = Instant::now();
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut stderr = child.stderr.take().expect("piped stderr");

        let (first_tx, first_line) = mpsc::channel();
        let reader = thread::spawn(move || {
            let mut lines = Vec::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines.is_empty() {
                    let _ = first_tx.send(Instant::now());
                }
                lines.push(line);
            }
            lines
        });
        let stderr = thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        let (stdin, writer) = match feed {
            Feed::Silent => (Some(stdin), None),
            Feed::Closed => (None, None),
            Feed::Names { round, limit } => {
                let writer = thread::spawn(move || {
                    let mut stdin = stdin;
                    let mut written = 0;
                    // Until the copy dies (a broken pipe) or the limit.
                    while limit.is_none_or(|limit| written < limit) {
                        if stdin.write_all(format!("{}\n", name(round, written)).as_bytes()).is_err() {
                            break;
                        }
                        written += 1;
                    }
                    written
                });
                (None, Some(writer))
            }
        };
        Stream { child, started, stdin, writer, reader: Some(reader), stderr: Some(stderr), first_line }
    }

    /// Time from the start to the first confirmation; `None` when the
    /// copy ended or printed nothing within `STUCK`.
    fn first_confirmation(&self) -> Option<Duration> {
        self.first_line.recv_timeout(STUCK).ok().map(|at| at - self.started)
    }

    /// Time from the start until `path` exists; `None` when the copy ended
    /// first or took longer than `STUCK`.
    fn appearance_of(&mut self, path: &Path) -> Option<Duration> {
        while self.started.elapsed() < STUCK {
            if path.exists() {
                return Some(self.started.elapsed());
            }
            if self.child.try_wait().expect("poll grupo-motor").is_some() {
                return path.exists().then(|| self.started.elapsed());
            }
            thread::sleep(Duration::from_micros(200));
        }
        None
    }

    fn kill(mut self) -> Ended {
        // SIGKILL, even if the copy already ended by itself (then it is a
        // zombie until `wait`, and its exit status tells what happened).
        self.child.kill().expect("send SIGKILL");
        self.wait()
    }

    /// Waits for the copy to end by itself (its input ran out).
    fn wait(mut self) -> Ended {
        self.stdin.take();
        let status = self.child.wait().expect("wait for grupo-motor");
        let took = self.started.elapsed();
        let written = self.writer.take().map(|w| w.join().expect("writer thread")).unwrap_or(0);
        let lines = self.reader.take().map(|r| r.join().expect("reader thread")).unwrap_or_default();
        let stderr = self.stderr.take().map(|r| r.join().expect("stderr thread")).unwrap_or_default();
        Ended { status, lines, written, stderr, took }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A headless command run to its end; its stdout.
fn cli(db: &Path, args: &[&str]) -> String {
    let out = Command::new(app_binary()).arg("--db").arg(db).args(args).output().expect("run grupo-motor");
    assert!(out.status.success(), "grupo-motor {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Reads the database as the killed copy left it: read-only, so that
/// closing does not checkpoint the WAL and the next copy meets the leftover
/// `-wal` and `-shm` files of the crash.
fn read_only(db: &Path) -> Connection {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .expect("open the database read-only")
}

/// The file has a hot rollback journal, which a read-only connection may
/// not roll back.
fn is_hot_journal(error: &rusqlite::Error) -> bool {
    error.sqlite_error().is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK)
}

fn integrity(conn: &Connection) -> Vec<String> {
    let mut stmt = conn.prepare("PRAGMA integrity_check").expect("integrity_check");
    let rows = stmt.query_map([], |row| row.get(0)).expect("integrity_check rows");
    rows.collect::<Result<_, _>>().expect("integrity_check text")
}

fn foreign_key_problems(conn: &Connection) -> usize {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check").expect("foreign_key_check");
    let rows = stmt.query_map([], |_| Ok(())).expect("foreign_key_check rows");
    rows.count()
}

fn user_version(conn: &Connection) -> i64 {
    conn.pragma_query_value(None, "user_version", |row| row.get(0)).expect("user_version")
}

fn schema(conn: &Connection) -> Vec<String> {
    let mut stmt =
        conn.prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name").expect("read the schema");
    let rows = stmt.query_map([], |row| row.get(0)).expect("schema rows");
    rows.collect::<Result<_, _>>().expect("schema names")
}

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| row.get(0)).expect("count rows")
}

/// `grupo-motor.sqlite3.lock`, created by the app before it opens the file.
fn lock_file(db: &Path) -> PathBuf {
    let mut path = db.as_os_str().to_owned();
    path.push(".lock");
    PathBuf::from(path)
}

/// The lock a copy of the app holds on the database: free once it died.
fn assert_lock_released(db: &Path, round: usize) {
    let Ok(file) = File::options().write(true).open(lock_file(db)) else {
        return; // killed before it took it
    };
    assert!(file.try_lock().is_ok(), "round {round}: the killed copy's lock on the database is still held");
}

/// Like `assert!`, as an `Err` with the message.
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+));
        }
    };
}

/// What the test knows about the people it registered.
#[derive(Clone, Default)]
struct Ledger {
    /// Names written to each round's copy.
    written: HashMap<usize, usize>,
    /// Our names found stored after the previous round.
    stored: HashSet<String>,
    confirmed: usize,
    /// Committed when the kill came, before the app printed `ok`.
    saved_unconfirmed: usize,
}

impl Ledger {
    /// Checks the database after `round`, whose copy confirmed the first
    /// `confirmed` of its `written` names. A failure says what went wrong.
    fn check(&mut self, db: &Path, forum: &str, round: usize, written: usize, confirmed: usize) -> Result<(), String> {
        self.written.insert(round, written);
        let conn = read_only(db);
        let problems = integrity(&conn);
        ensure!(problems == ["ok"], "round {round}: PRAGMA integrity_check says {problems:?}");
        let broken_links = foreign_key_problems(&conn);
        ensure!(broken_links == 0, "round {round}: PRAGMA foreign_key_check finds {broken_links} broken links");

        let mut stmt = conn
            .prepare(
                "SELECT p.full_name, p.deleted_at IS NULL,
                        (SELECT COUNT(*) FROM attendance a
                          WHERE a.person_id = p.id AND a.forum_id = ?1 AND a.deleted_at IS NULL),
                        (SELECT COUNT(*) FROM attendance a WHERE a.person_id = p.id)
                 FROM person p WHERE instr(p.full_name, ?2) > 0",
            )
            .expect("people query");
        let rows = stmt
            .query_map([forum, MARK], |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
            .expect("people rows");
        let mut now = HashSet::new();
        let mut this_round = Vec::new();
        for row in rows {
            let (full_name, live, here, anywhere): (String, bool, i64, i64) = row.expect("person row");
            let Some((from_round, i)) = parse_name(&full_name) else {
                return Err(format!("round {round}: a person the test never sent is stored: {full_name:?}"));
            };
            ensure!(
                i < self.written.get(&from_round).copied().unwrap_or(0),
                "round {round}: {full_name:?} is stored but was never written to the app"
            );
            ensure!(live, "round {round}: {full_name:?} is stored as deleted");
            ensure!(
                here == 1 && anywhere == 1,
                "round {round}: {full_name:?} is stored with {here} attendances at the forum ({anywhere} in all): \
                 a half-saved sign-in"
            );
            ensure!(now.insert(full_name.clone()), "round {round}: {full_name:?} is stored twice");
            if from_round == round {
                this_round.push(i);
            } else {
                ensure!(
                    self.stored.contains(&full_name),
                    "round {round}: {full_name:?} from round {from_round} appeared later"
                );
            }
        }
        if let Some(lost) = self.stored.difference(&now).next() {
            return Err(format!("round {round}: {lost:?}, stored before, is gone"));
        }
        // One copy commits one sign-in at a time and confirms it after the
        // commit: what is stored is the first n names it read, the
        // confirmed ones and at most the one it had not yet confirmed.
        this_round.sort_unstable();
        let saved = this_round.len();
        ensure!(
            this_round.iter().enumerate().all(|(place, &i)| place == i),
            "round {round}: stored names are not the first ones sent: {this_round:?}"
        );
        ensure!(saved >= confirmed, "round {round}: {confirmed} sign-ins confirmed, only {saved} stored");
        ensure!(saved <= confirmed + 1, "round {round}: {confirmed} sign-ins confirmed, {saved} stored");
        self.confirmed += confirmed;
        self.saved_unconfirmed += saved - confirmed;
        self.stored = now;
        Ok(())
    }
}

/// A new database, opened once cleanly by the app: what every first open
/// must end with, and how long its work on the database takes.
struct FreshReference {
    version: i64,
    schema: Vec<String>,
    neighbourhoods: i64,
    commitments: i64,
    /// From the lock file's appearance to the end of the process.
    database_work: Duration,
}

const ANY_FORUM: &str = "00000000-0000-4000-8000-000000000000";

/// Runs the app on `db` until it has opened it and ended (its input is
/// closed), asserting that it could; returns how long it worked after
/// creating its lock file.
fn open_cleanly(db: &Path, what: &str) -> Duration {
    let mut stream = Stream::start(db, ANY_FORUM, Feed::Closed);
    let locked = stream.appearance_of(&lock_file(db));
    let ended = stream.wait();
    assert!(ended.status.success(), "{what}: the app cannot open the database ({}): {}", ended.status, ended.stderr);
    let locked = locked.expect("the app took its lock before opening the database");
    ended.took.saturating_sub(locked)
}

fn fresh_reference(db: &Path) -> FreshReference {
    let database_work = open_cleanly(db, "a new database");
    let conn = read_only(db);
    let reference = FreshReference {
        version: user_version(&conn),
        schema: schema(&conn),
        neighbourhoods: count(&conn, "neighbourhood"),
        commitments: count(&conn, "commitment"),
        database_work,
    };
    assert!(reference.version > 0 && reference.neighbourhoods > 0 && reference.commitments > 0);
    reference
}

/// What a kill during a first open left on disk.
#[derive(Default)]
struct FreshOutcomes {
    /// No database file yet, or an empty one.
    nothing: usize,
    /// A rollback journal of the switch to WAL, to be rolled back.
    hot_journal: usize,
    /// A file, and no schema committed.
    no_schema: usize,
    /// Migrated, reference lists not seeded.
    unseeded: usize,
    /// Migrated, lists cut short.
    part_seeded: usize,
    complete: usize,
}

/// Checks what a copy killed during its first open of `db` left behind,
/// then that the app opens it and ends with what a clean first open gives.
fn check_fresh(db: &Path, reference: &FreshReference, kill: usize, outcomes: &mut FreshOutcomes) {
    // Killed before the file was made, or before anything was written to it.
    let empty = std::fs::metadata(db).map(|m| m.len() == 0).unwrap_or(true);
    if empty {
        outcomes.nothing += 1;
    } else {
        check_fresh_leftover(db, reference, kill, outcomes);
    }
    assert_lock_released(db, kill);
    open_cleanly(db, &format!("new database {kill}, after the kill"));
    let conn = read_only(db);
    assert_eq!(integrity(&conn), ["ok"], "new database {kill}: PRAGMA integrity_check after reopening");
    assert_eq!(user_version(&conn), reference.version, "new database {kill}: schema version after reopening");
    assert_eq!(schema(&conn), reference.schema, "new database {kill}: schema after reopening");
    assert_eq!(
        (count(&conn, "neighbourhood"), count(&conn, "commitment")),
        (reference.neighbourhoods, reference.commitments),
        "new database {kill}: (neighbourhoods, commitments) after reopening, as a clean first open seeds them"
    );
}

/// What a kill during a first open left in a file that has content.
fn check_fresh_leftover(db: &Path, reference: &FreshReference, kill: usize, outcomes: &mut FreshOutcomes) {
    let conn = read_only(db);
    let version = conn.pragma_query_value(None, "user_version", |row| row.get::<_, i64>(0));
    if version.as_ref().is_err_and(is_hot_journal) {
        // Killed while switching the new file to WAL: only a writer may
        // roll that back, so what the app makes of it is checked below.
        outcomes.hot_journal += 1;
    } else {
        let version = version.expect("user_version");
        assert_eq!(integrity(&conn), ["ok"], "new database {kill}: PRAGMA integrity_check after the kill");
        if version == 0 {
            assert_eq!(schema(&conn), Vec::<String>::new(), "new database {kill}: tables without a schema version");
            outcomes.no_schema += 1;
        } else {
            assert_eq!(version, reference.version, "new database {kill}: a migration was half done");
            assert_eq!(schema(&conn), reference.schema, "new database {kill}: schema after the kill");
            match (count(&conn, "neighbourhood"), count(&conn, "commitment")) {
                (0, 0) => outcomes.unseeded += 1,
                seeded if seeded == (reference.neighbourhoods, reference.commitments) => outcomes.complete += 1,
                _ => outcomes.part_seeded += 1,
            }
        }
    }
}

#[test]
fn confirmed_sign_ins_survive_kill_9_and_the_database_stays_whole() {
    let seed = env_number("CRASH_SEED").unwrap_or_else(|| {
        SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
    });
    let kills = env_number("CRASH_KILLS").map_or(KILLS, |n| n as usize);
    let fresh_kills = env_number("CRASH_FRESH_KILLS").map_or(FRESH_KILLS, |n| n as usize);
    println!("crash test: seed {seed} (CRASH_SEED={seed} replays it)");
    let mut rng = fastrand::Rng::with_seed(seed);

    let _ = app_binary(); // built before anything is timed
    let began = Instant::now();
    let workdir = Workdir(Some(tempfile::Builder::new().prefix("grupo-motor-crash-").tempdir().expect("temp dir")));
    let db = workdir.path().join("grupo-motor.sqlite3");
    cli(&db, &["demo"]);
    let forums = cli(&db, &["forums"]);
    let forum = forums.lines().next().and_then(|l| l.split('\t').next()).expect("the demo has forums").to_string();
    let attendees_shown = |forums: &str| -> i64 {
        let row = forums.lines().find(|l| l.starts_with(&forum)).expect("the forum is listed");
        row.split('\t').nth(3).and_then(|n| n.parse().ok()).expect("attendee count column")
    };
    let attendees_before = attendees_shown(&forums);

    // A clean run first: one sign-in confirmed and stored, a normal exit.
    let mut ledger = Ledger::default();
    let calibration = Stream::start(&db, &forum, Feed::Names { round: 0, limit: Some(1) });
    let first_ok = calibration.first_confirmation().expect("the clean run confirms its sign-in");
    let ended = calibration.wait();
    assert!(ended.status.success(), "the clean run: {} {}", ended.status, ended.stderr);
    let confirmed = ended.confirmed(0);
    assert_eq!(confirmed, 1, "the clean run confirms its one name");
    ledger.check(&db, &forum, 0, ended.written, confirmed).unwrap_or_else(|e| panic!("{e}"));

    // Kills while recording. A third at a blind moment from the start (in
    // start-up or among the first sign-ins), the rest 0–150 ms after the
    // first confirmation.
    let blind = first_ok.mul_f64(1.5);
    let (mut before_first, mut reopened) = (0, 0);
    for round in 1..=kills {
        let stream = Stream::start(&db, &forum, Feed::Names { round, limit: None });
        if rng.u8(0..3) == 0 {
            thread::sleep(blind.mul_f64(rng.f64()));
        } else {
            let waited = stream.first_confirmation();
            assert!(waited.is_some(), "round {round}: no sign-in confirmed within {STUCK:?}");
            thread::sleep(Duration::from_millis(rng.u64(0..=AFTER_FIRST_MAX_MS)));
        }
        let ended = stream.kill();
        assert!(
            ended.killed(),
            "round {round}: the app ended by itself ({}) before the kill: {}",
            ended.status,
            ended.stderr
        );
        let confirmed = ended.confirmed(round);
        if confirmed == 0 {
            before_first += 1;
        } else {
            reopened += 1; // the previous copy was killed, and this one opened the database
        }
        assert_lock_released(&db, round);
        ledger.check(&db, &forum, round, ended.written, confirmed).unwrap_or_else(|e| panic!("{e}"));
    }

    // A clean run after the last kill, and the app's own count.
    let last = kills + 1;
    let stream = Stream::start(&db, &forum, Feed::Names { round: last, limit: Some(3) });
    let ended = stream.wait();
    assert!(ended.status.success(), "the run after the last kill: {} {}", ended.status, ended.stderr);
    assert_eq!(ended.confirmed(last), 3, "the run after the last kill confirms its three names");
    ledger.check(&db, &forum, last, ended.written, 3).unwrap_or_else(|e| panic!("{e}"));
    let shown = attendees_shown(&cli(&db, &["forums"]));
    assert_eq!(shown - attendees_before, ledger.stored.len() as i64, "the app's attendee count for the forum");
    assert!(reopened > 0, "no round got as far as a sign-in: the kills prove nothing");

    // Kills during the first open of new databases.
    let reference = fresh_reference(&workdir.path().join("reference.sqlite3"));
    let mut outcomes = FreshOutcomes::default();
    for kill in 1..=fresh_kills {
        let fresh = workdir.path().join(format!("fresh-{kill}")).join("grupo-motor.sqlite3");
        std::fs::create_dir_all(fresh.parent().expect("folder")).expect("create the folder");
        let mut stream = Stream::start(&fresh, ANY_FORUM, Feed::Silent);
        // From the lock file on, the app works on the database: the health
        // check, the file's creation, the switch to WAL, the migration and
        // the seeding, then it waits for input. The kill lands in that
        // stretch, more often early on, where the writes are.
        if stream.appearance_of(&lock_file(&fresh)).is_none() {
            let ended = stream.kill();
            panic!("new database {kill}: the app never took its lock ({}): {}", ended.status, ended.stderr);
        }
        thread::sleep(reference.database_work.mul_f64(rng.f64().powi(2)));
        let ended = stream.kill();
        assert!(ended.killed(), "new database {kill}: the app ended by itself ({}): {}", ended.status, ended.stderr);
        check_fresh(&fresh, &reference, kill, &mut outcomes);
    }

    println!(
        "crash test: {kills} kills, {} confirmed sign-ins, all present, integrity ok {kills}/{kills}",
        ledger.confirmed
    );
    println!(
        "crash test: {before_first} kills before the first confirmation, {reopened} after it (each of those \
         copies had reopened the database a killed copy left, lock and all); {} sign-ins committed but not yet \
         confirmed when the kill came (whole, never half-saved)",
        ledger.saved_unconfirmed
    );
    println!(
        "crash test: {fresh_kills} kills during a new database's first open (left: {} no file content, {} a hot \
         journal of the switch to WAL, {} no schema, {} migrated but unseeded, {} part-seeded, {} complete), each \
         reopened whole and fully seeded, integrity ok {fresh_kills}/{fresh_kills}",
        outcomes.nothing,
        outcomes.hot_journal,
        outcomes.no_schema,
        outcomes.unseeded,
        outcomes.part_seeded,
        outcomes.complete
    );
    println!(
        "crash test: start-up to the first sign-in {} ms, a first open's work on a new database {} ms; {:.1} s in all",
        first_ok.as_millis(),
        reference.database_work.as_millis(),
        began.elapsed().as_secs_f64()
    );
}

/// The checks themselves, on a small hand-made database: each fault a kill
/// could cause must fail them, and the one allowed leftover must not.
#[test]
fn the_checks_catch_lost_half_saved_and_stray_sign_ins() {
    const FORUM: &str = "forum";
    let dir = tempfile::tempdir().expect("temp dir");
    let baseline = dir.path().join("baseline.sqlite3");
    let add = |db: &Path, name: &str, attendance: bool| {
        let conn = Connection::open(db).expect("open");
        let id: i64 = conn
            .query_row("INSERT INTO person (full_name) VALUES (?1) RETURNING id", [name], |row| row.get(0))
            .expect("person");
        if attendance {
            conn.execute("INSERT INTO attendance (forum_id, person_id) VALUES (?1, ?2)", (FORUM, id))
                .expect("attendance");
        }
    };
    Connection::open(&baseline)
        .expect("open")
        .execute_batch(
            "CREATE TABLE person (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, deleted_at TEXT);
             CREATE TABLE attendance (id INTEGER PRIMARY KEY, forum_id TEXT NOT NULL,
                                      person_id INTEGER NOT NULL REFERENCES person(id), deleted_at TEXT);",
        )
        .expect("schema");
    add(&baseline, &name(1, 0), true);
    add(&baseline, &name(1, 1), true);
    let mut ledger = Ledger::default();
    ledger.check(&baseline, FORUM, 1, 3, 2).expect("the baseline passes");

    // Round 2 wrote 5 names and confirmed `confirmed`; `fault` is what it left.
    let check = |case: &str, confirmed: usize, fault: &dyn Fn(&Path)| -> Result<(), String> {
        let db = dir.path().join(format!("{case}.sqlite3"));
        std::fs::copy(&baseline, &db).expect("copy");
        fault(&db);
        ledger.clone().check(&db, FORUM, 2, 5, confirmed)
    };
    let fails_with = |case: &str, confirmed: usize, fault: &dyn Fn(&Path), reason: &str| {
        let verdict = check(case, confirmed, fault);
        assert!(verdict.as_ref().is_err_and(|e| e.contains(reason)), "{case}: {verdict:?}, not {reason:?}");
    };
    check("confirmed and one more saved", 1, &|db| {
        add(db, &name(2, 0), true);
        add(db, &name(2, 1), true);
    })
    .expect("one commit the kill came before confirming is allowed");
    fails_with("a confirmed one lost", 2, &|db| add(db, &name(2, 0), true), "only 1 stored");
    let delete_all = |db: &Path| {
        let conn = Connection::open(db).expect("open");
        conn.execute_batch("DELETE FROM attendance; DELETE FROM person;").expect("delete");
    };
    fails_with("an earlier one lost", 0, &delete_all, "stored before, is gone");
    fails_with("a person without the attendance", 0, &|db| add(db, &name(2, 0), false), "half-saved");
    fails_with("a name never sent", 0, &|db| add(db, &format!("Ana {MARK} 2-9"), true), "never sent");
    fails_with("beyond what was written", 0, &|db| add(db, &name(2, 7), true), "never written");
    fails_with("a gap", 0, &|db| add(db, &name(2, 1), true), "not the first ones sent");
    let two = |db: &Path| {
        add(db, &name(2, 0), true);
        add(db, &name(2, 1), true);
    };
    fails_with("two saved unconfirmed", 0, &two, "0 sign-ins confirmed, 2 stored");
    let twice = |db: &Path| {
        add(db, &name(2, 0), true);
        add(db, &name(2, 0), true);
    };
    fails_with("twice", 1, &twice, "stored twice");
}
