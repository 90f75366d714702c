#!/usr/bin/env python3
"""Startup benchmark (issue 10): Grupo Motor's release build against a bare
Tauri 2 window (bare-window/, the same Tauri, wry and WebKit crates).

Each start is timed from just before exec until the window is interactive:
for the app, the line "interactive after" in its log (the UI sends it once
the forum list has rendered its rows and two frames were drawn); for the bare
window, the same line in a file (its page sends it after load and two
frames). Both are polled the same way. Memory is the PSS of the process and
all its descendants (WebKit's web and network processes): the peak of samples
taken every 20 ms from exec until 2 s after ready, and one sample 5 s after
ready, in a second start of its own (sampling slows the start it samples, so
each round starts each subject twice: once timed, once sampled). The app starts on the demo database and on a five-year database
(100,000 people, 500 forums, 60,000 sign-ins, 20,000 feedback items); the
starts are interleaved (app, bare, app, bare...) so drift hits both alike.

Usage: make bench-startup   (or python3 tests/bench-startup/run.py)
  BENCH_STARTUP_RUNS=N         starts of each kind (default 10)
  BENCH_STARTUP_SKIP_BUILD=1   use the binaries already built

A FAIL against a goal is a measurement, not an error: the script exits 0.
It exits 1 when something goes wrong (a build, a start that never gets
ready, a process that dies).
"""

import glob
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BARE_SOURCE = HERE / "bare-window"
WORK = ROOT / "target" / "bench-startup"
BARE_TARGET = ROOT / "target" / "bench-bare"
APP_BIN = ROOT / "target" / "release" / "grupo-motor"
BARE_BIN = BARE_TARGET / "release" / "bare-window"
DEB_GLOB = str(ROOT / "target" / "release" / "bundle" / "deb" / "*.deb")
FIVE_YEARS_CACHE = WORK / "five-years.sqlite3"
DATABASE_NAME = "grupo-motor.sqlite3"
LOCK_NAME = DATABASE_NAME + ".lock"

READY_MARK = "interactive after"
POLL_SECONDS = 0.003
SAMPLE_SECONDS = 0.020
PEAK_AFTER_READY_SECONDS = 2.0
IDLE_AFTER_READY_SECONDS = 5.0
READY_TIMEOUT_SECONDS = 60.0
SETTLE_SECONDS = 1.0

# The goals of issue 10.
RATIO_GOAL = 1.3
BINARY_GOAL_MB = 15.0


class BenchError(Exception):
    """Something went wrong: the figures would mean nothing."""


def say(text=""):
    print(text, flush=True)


def run(command, **kwargs):
    say("$ " + " ".join(str(part) for part in command))
    result = subprocess.run(command, cwd=ROOT, **kwargs)
    if result.returncode != 0:
        raise BenchError(f"{command[0]} failed (exit {result.returncode})")
    return result


# ---------------------------------------------------------------- building


def build():
    # The app and its .deb, as users get them.
    run(["make", "--no-print-directory", "release"])
    # The bare window with the app's lock file, so its crates are the app's.
    shutil.copyfile(ROOT / "Cargo.lock", BARE_SOURCE / "Cargo.lock")
    run(
        [
            "cargo", "build", "--release",
            "--manifest-path", str(BARE_SOURCE / "Cargo.toml"),
            "--target-dir", str(BARE_TARGET),
        ]
    )


def five_years_database():
    """The cached five-year database, written again when the generator or
    the schema changed since (an old schema would time a migration)."""
    sources = [ROOT / "src-tauri/core/benches/support/five_years.rs"]
    sources += list((ROOT / "src-tauri/core/migrations").rglob("*"))
    newest_source = max(path.stat().st_mtime for path in sources if path.is_file())
    if FIVE_YEARS_CACHE.exists() and FIVE_YEARS_CACHE.stat().st_mtime > newest_source:
        say(f"five-year database: {FIVE_YEARS_CACHE} (cached)")
        return FIVE_YEARS_CACHE
    WORK.mkdir(parents=True, exist_ok=True)
    run(
        [
            "cargo", "run", "--release", "--quiet",
            "-p", "grupo-motor-core", "--example", "five_year_database",
            "--", str(FIVE_YEARS_CACHE),
        ]
    )
    return FIVE_YEARS_CACHE


def file_size(path):
    if not path.is_file():
        raise BenchError(f"{path} is missing (build it, or run without BENCH_STARTUP_SKIP_BUILD)")
    return path.stat().st_size


# ---------------------------------------------------------------- display


class Xvfb:
    """Our own X server: `-displayfd` picks a free number and prints it
    once it accepts clients (as tests/src/display.rs does)."""

    def __enter__(self):
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        number = self.process.stdout.readline().decode().strip()
        if not number.isdigit():
            self.process.kill()
            raise BenchError("Xvfb exited without opening a display (Debian package xvfb; `make setup`)")
        self.display = f":{number}"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


# ---------------------------------------------------------------- processes


def children_by_parent():
    children = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                # The name in parentheses may hold spaces: fields after the last ')'.
                fields = stat.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def process_tree(root):
    tree, waiting, children = [], [root], children_by_parent()
    while waiting:
        pid = waiting.pop()
        tree.append(pid)
        waiting.extend(children.get(pid, []))
    return tree


def pss_mib(root):
    """PSS of `root` and all its descendants, in MiB, and how many
    processes were counted."""
    total_kib, counted = 0, 0
    for pid in process_tree(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total_kib += int(line.split()[1])
                        counted += 1
                        break
        except OSError:
            continue  # exited between listing and reading
    return total_kib / 1024, counted


def kill_tree(process):
    tree = process_tree(process.pid)
    for pid in tree:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    # WebKit's helpers must be gone before the next start is timed.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") for pid in tree[1:]):
        time.sleep(0.01)


# ---------------------------------------------------------------- subjects


def environment_for(run_dir, display):
    """A fresh home per start, so neither window finds the other's (or an
    earlier start's) WebKit caches."""
    env = dict(os.environ)
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        folder = run_dir / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    runtime = run_dir / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["DISPLAY"] = display
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("GRUPO_MOTOR_DB", None)
    return env


def copy_data_folder(template, into):
    """The database copied (a start writes to it) with its time, and its lock
    file with the note of the last clean close: a start finds the file as a
    leader's laptop has it after the window was closed, and need not walk it
    (src-tauri/core/src/store/clean_close.rs). The day's backup is linked (the
    app only lists it: it is there, as on any start but a day's first; see
    `warm_up`). The template's log is left behind."""
    into.mkdir(parents=True)
    shutil.copy2(template / DATABASE_NAME, into / DATABASE_NAME)
    shutil.copyfile(template / LOCK_NAME, into / LOCK_NAME)
    (into / "backups").mkdir()
    for backup in todays_backups(template):
        os.link(backup, into / "backups" / backup.name)
    # The copy's writing-back to disk (80 MB for five years), and the
    # kernel's work on the memory it took, would otherwise run during the
    # timed start, which no leader's start has to share.
    os.sync()
    time.sleep(SETTLE_SECONDS)


def todays_backups(data):
    """The day's backups in a data folder (the app makes one at the day's
    first start, after the window opens: 80 MB on five years)."""
    return list((data / "backups").glob(f"*-{time.strftime('%Y%m%d')}-*-daily.sqlite3"))


class App:
    def __init__(self, label, template):
        self.label, self.template = label, template

    def prepare(self, run_dir):
        data = run_dir / "data"
        copy_data_folder(self.template, data)
        return self.launch(data)

    @staticmethod
    def launch(data):
        """The command, its extra environment, and where its ready line appears."""
        return [str(APP_BIN), "--db", str(data / DATABASE_NAME)], {}, str(data / "logs" / "*.log")


class Bare:
    label = "bare"

    def prepare(self, run_dir):
        ready_file = run_dir / "ready.log"
        return [str(BARE_BIN)], {"BARE_WINDOW_READY_FILE": str(ready_file)}, str(ready_file)


def ready_line(pattern):
    for path in glob.glob(pattern):
        try:
            with open(path, errors="replace") as text:
                for line in text:
                    if READY_MARK in line:
                        return line
        except OSError:
            continue
    return None


def page_ms(line):
    words = line.split(READY_MARK, 1)[1].split()
    return float(words[0]) if words else float("nan")


def start_once(label, launch, display, run_dir, sample_memory, until=None):
    """One start of `launch` (see App.launch): ms to interactive, the page's
    ms then, peak MiB, idle MiB, and the most processes summed. A start that
    does not sample memory is stopped once ready (its MiB are NaN), or once
    `until()` is true if given (the warm-up's wait for the backup): reading
    `smaps_rollup` takes each process's memory-map lock, which stalls a page
    that is allocating as it starts, so times and memory come from separate
    starts."""
    command, extra_env, ready_pattern = launch
    env = environment_for(run_dir, display)
    env.update(extra_env)
    output = open(run_dir / "output.txt", "wb")
    started = time.monotonic()
    process = subprocess.Popen(
        command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True, cwd=run_dir
    )
    try:
        peak, counted_at_peak, next_sample = 0.0, 0, started
        while True:
            # The ready line first, so sampling never delays seeing it.
            line = ready_line(ready_pattern)
            now = time.monotonic()
            if line is not None:
                ready = now
                break
            if sample_memory and now >= next_sample:
                mib, counted = pss_mib(process.pid)
                if mib > peak:
                    peak, counted_at_peak = mib, counted
                next_sample = now + SAMPLE_SECONDS
            if process.poll() is not None:
                raise BenchError(f"{label} exited ({process.returncode}) before it was ready: {tail(run_dir)}")
            if now - started > READY_TIMEOUT_SECONDS:
                raise BenchError(f"{label} not ready after {READY_TIMEOUT_SECONDS:.0f} s: {tail(run_dir)}")
            time.sleep(POLL_SECONDS)
        while until is not None and not until():
            if process.poll() is not None:
                raise BenchError(f"{label} exited ({process.returncode}) while the bench waited: {tail(run_dir)}")
            if time.monotonic() - ready > READY_TIMEOUT_SECONDS:
                raise BenchError(f"{label}: the day's backup not made {READY_TIMEOUT_SECONDS:.0f} s after ready")
            time.sleep(POLL_SECONDS)
        if not sample_memory:
            return (ready - started) * 1000, page_ms(line), float("nan"), float("nan"), 0
        while time.monotonic() < ready + PEAK_AFTER_READY_SECONDS:
            mib, counted = pss_mib(process.pid)
            if mib > peak:
                peak, counted_at_peak = mib, counted
            time.sleep(SAMPLE_SECONDS)
        time.sleep(max(0.0, ready + IDLE_AFTER_READY_SECONDS - time.monotonic()))
        idle, counted_idle = pss_mib(process.pid)
        if process.poll() is not None:
            raise BenchError(f"{label} exited ({process.returncode}) after it was ready: {tail(run_dir)}")
        return (ready - started) * 1000, page_ms(line), peak, idle, max(counted_at_peak, counted_idle)
    finally:
        kill_tree(process)
        output.close()


def tail(run_dir):
    text = (run_dir / "output.txt").read_text(errors="replace").strip().splitlines()
    return " | ".join(text[-5:]) or "(no output)"


# ---------------------------------------------------------------- databases


def make_templates(five_years_file):
    """A data folder per database, each opened once by the app (untimed) so
    the day's backup exists and the page cache is warm, then closed by the
    CLI, which folds the killed window's -wal in and notes the clean close."""
    templates = WORK / "templates"
    shutil.rmtree(templates, ignore_errors=True)
    demo = templates / "demo"
    demo.mkdir(parents=True)
    run([str(APP_BIN), "--db", str(demo / DATABASE_NAME), "demo"], stdout=subprocess.DEVNULL)
    five = templates / "five-years"
    five.mkdir(parents=True)
    shutil.copyfile(five_years_file, five / DATABASE_NAME)
    return demo, five


def warm_up(subjects, display):
    for subject in subjects:
        run_dir = fresh_run_dir("warm-up")
        if isinstance(subject, App):
            # Started on the template itself: its day's backup stays there.
            for old_log in glob.glob(str(subject.template / "logs" / "*.log")):
                os.remove(old_log)
            launch = App.launch(subject.template)
            # Stopped only once the day's backup is made: a start stopped
            # while making it leaves none, and every timed start would then
            # copy the whole database while its page loads.
            until = lambda: bool(todays_backups(subject.template))  # noqa: E731
        else:
            launch, until = subject.prepare(run_dir), None
        ms = start_once(subject.label, launch, display, run_dir, sample_memory=False, until=until)[0]
        say(f"  warm-up {subject.label:<11} {ms:7.0f} ms")
        if isinstance(subject, App):
            # A clean open and close by the CLI folds the killed window's -wal back in.
            run([str(APP_BIN), "--db", str(subject.template / DATABASE_NAME), "forums"], stdout=subprocess.DEVNULL)
            leftover = subject.template / (DATABASE_NAME + "-wal")
            if leftover.exists() and leftover.stat().st_size > 0:
                raise BenchError(f"{leftover} is still there: the timed starts would check it")
            if not (subject.template / LOCK_NAME).read_text().startswith("closed cleanly"):
                raise BenchError(f"the CLI noted no clean close in {subject.template / LOCK_NAME}")
        shutil.rmtree(run_dir)


def fresh_run_dir(name):
    run_dir = WORK / "runs" / name
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    return run_dir


# ---------------------------------------------------------------- report


def verdict(ok):
    return "PASS" if ok else "FAIL"


def report(runs, results, sizes):
    med = {key: [statistics.median(column) for column in zip(*rows)] for key, rows in results.items()}
    bare = med["bare"]
    say()
    say(f"Startup, medians of {runs} starts each (bare: {len(results['bare'])}), Xvfb 1280x800, "
        f"{time.strftime('%Y-%m-%d')}")
    say(f"{'':34}{'app':>10}{'bare':>10}{'app/bare':>10}  goal")
    rows = [
        ("exec → interactive, demo", "demo", 0, "ms"),
        ("exec → interactive, five years", "five-years", 0, "ms"),
        ("peak memory (PSS), demo", "demo", 2, "MiB"),
        ("peak memory (PSS), five years", "five-years", 2, "MiB"),
        ("idle memory (PSS), demo", "demo", 3, "MiB"),
        ("idle memory (PSS), five years", "five-years", 3, "MiB"),
    ]
    for title, key, column, unit in rows:
        app_value, bare_value = med[key][column], bare[column]
        ratio = app_value / bare_value
        say(f"{title:34}{app_value:>7.0f} {unit:<3}{bare_value:>6.0f} {unit:<3}{ratio:>9.2f}  "
            f"≤ {RATIO_GOAL} × bare  {verdict(ratio <= RATIO_GOAL)}")
    app_mb, bare_mb, deb_mb = (sizes[name] / 1e6 for name in ("app", "bare", "deb"))
    say(f"{'release binary (MB = 10^6 bytes)':34}{app_mb:>7.1f} MB {bare_mb:>6.1f} MB {app_mb / bare_mb:>9.2f}  "
        f"≤ {BINARY_GOAL_MB:.0f} MB  {verdict(app_mb <= BINARY_GOAL_MB)}")
    say(f"{'.deb':34}{deb_mb:>7.1f} MB")
    say()
    say("Where the wait goes (medians): the page's own clock (performance.now()) at ready,")
    say("and before it, the process until WebKit started the page")
    for key in ("demo", "five-years", "bare"):
        total, page = med[key][0], med[key][1]
        say(f"  {key:<12} page {page:6.0f} ms, before the page {total - page:6.0f} ms")
    counted = ", ".join(f"{key} {max(figures[4] for figures in starts)}" for key, starts in results.items())
    say(f"  processes in the PSS sums (at most): {counted}")


# ---------------------------------------------------------------- main


def main():
    runs = int(os.environ.get("BENCH_STARTUP_RUNS", "10"))
    if runs < 1:
        raise BenchError("BENCH_STARTUP_RUNS must be at least 1")
    if os.environ.get("BENCH_STARTUP_SKIP_BUILD") != "1":
        build()
    sizes = {"app": file_size(APP_BIN), "bare": file_size(BARE_BIN)}
    debs = sorted(glob.glob(DEB_GLOB), key=os.path.getmtime)
    if not debs:
        raise BenchError(f"no .deb at {DEB_GLOB} (make release)")
    sizes["deb"] = file_size(Path(debs[-1]))
    demo, five = make_templates(five_years_database())
    app_demo, app_five, bare = App("demo", demo), App("five-years", five), Bare()
    results = {"demo": [], "five-years": [], "bare": []}
    with Xvfb() as xvfb:
        say(f"display {xvfb.display}; one untimed start of each first")
        warm_up([app_demo, app_five, bare], xvfb.display)
        order = [app_demo, bare, app_five, bare]
        for round_number in range(1, runs + 1):
            for subject in order:
                figures = {}
                for sample_memory in (False, True):
                    run_dir = fresh_run_dir("timed")
                    launch = subject.prepare(run_dir)
                    figures[sample_memory] = start_once(subject.label, launch, xvfb.display, run_dir, sample_memory)
                    shutil.rmtree(run_dir)
                # The time of the start left alone, the memory of the sampled one.
                ms, page = figures[False][:2]
                _, _, peak, idle, counted = figures[True]
                results[subject.label].append((ms, page, peak, idle, counted))
                say(f"  {round_number:>2}/{runs} {subject.label:<11} {ms:7.0f} ms (page {page:5.0f} ms)"
                    f"  peak {peak:6.1f} MiB  idle {idle:6.1f} MiB")
    shutil.rmtree(WORK / "runs", ignore_errors=True)
    report(runs, results, sizes)


if __name__ == "__main__":
    try:
        main()
    except BenchError as error:
        print(f"bench-startup: {error}", file=sys.stderr)
        sys.exit(1)
