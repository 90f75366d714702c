//! The app's window under WebDriver: start, find by `data-testid`, type,
//! read, screenshot, restart on the same database.

use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};

use crate::display::Display;
use crate::driver::Driver;
use crate::turn::Turn;

/// How long the UI may take to show something.
const PATIENCE: Duration = Duration::from_secs(15);
/// How long one WebDriver command may take. A request that never gets an
/// answer blocks fantoccini's session for good, so the test fails instead.
const ANSWER_LIMIT: Duration = Duration::from_secs(60);
/// Tries of an idempotent command: tauri-driver now and then drops one.
const ATTEMPTS: usize = 3;

pub const ENTER: &str = "\u{E007}";
pub const TAB: &str = "\u{E004}";
pub const ESCAPE: &str = "\u{E00C}";
pub const ARROW_DOWN: &str = "\u{E015}";
pub const ARROW_UP: &str = "\u{E013}";

pub struct AppWindow {
    client: Option<Client>,
    binary: PathBuf,
    pub database: PathBuf,
    test: String,
    shots: usize,
    // Dropped in this order: the app with its drivers, the display, the
    // test's files, and last the turn, which lets the next test start.
    driver: Driver,
    _display: Display,
    _home: tempfile::TempDir,
    _turn: Turn,
}

impl AppWindow {
    /// Opens the app on a fresh, empty database (the app loads its demo
    /// data into it, as on a newcomer's first start). `test` names the
    /// screenshots.
    pub async fn start(test: &str) -> AppWindow {
        let binary = crate::app_binary();
        let turn = crate::turn::take().await;
        forget_screenshots(test);
        let home = tempfile::tempdir().expect("a temp dir for the test's database");
        let database = home.path().join("grupo-motor.sqlite3");
        let display = Display::get();
        let driver = Driver::start(&display.name, &database, home.path()).await;
        let mut window = AppWindow {
            client: None,
            binary,
            database,
            test: test.to_string(),
            shots: 0,
            driver,
            _display: display,
            _home: home,
            _turn: turn,
        };
        window.open_session().await;
        window
    }

    async fn open_session(&mut self) {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert("tauri:options".into(), serde_json::json!({ "application": self.binary }));
        let url = self.driver.url();
        let mut failure = String::new();
        for _ in 0..ATTEMPTS {
            let mut builder = ClientBuilder::native();
            let connect = builder.capabilities(capabilities.clone()).connect(&url);
            match tokio::time::timeout(ANSWER_LIMIT, connect).await {
                Ok(Ok(client)) => {
                    // A script that never calls back fails in seconds, not minutes.
                    let limits = TimeoutConfiguration::new(Some(Duration::from_secs(20)), None, None);
                    let _ = tokio::time::timeout(ANSWER_LIMIT, client.update_timeouts(limits)).await;
                    self.client = Some(client);
                    return;
                }
                Ok(Err(error)) => failure = error.to_string(),
                Err(_) => failure = format!("no answer within {ANSWER_LIMIT:?}"),
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        panic!(
            "no WebDriver session with {}: {failure}\nthe drivers' log ends:\n{}",
            self.binary.display(),
            self.driver.log_tail()
        );
    }

    /// fantoccini's client, for what the helpers here do not cover.
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("an open session")
    }

    /// Closes the app and opens it again on the same database.
    pub async fn restart(&mut self) {
        if let Some(client) = self.client.take() {
            let _ = tokio::time::timeout(ANSWER_LIMIT, client.close()).await;
        }
        self.driver.wait_until_ready().await;
        self.open_session().await;
    }

    /// Closes the app but keeps its database (and the drivers), so a test
    /// can look at the files it left or run the CLI on them.
    pub async fn quit_app(&mut self) {
        if let Some(client) = self.client.take() {
            let _ = tokio::time::timeout(ANSWER_LIMIT, client.close()).await;
        }
    }

    /// Awaits one WebDriver command, failing the test if it never answers.
    async fn answer<T>(&self, what: &str, command: impl Future<Output = T>) -> T {
        tokio::time::timeout(ANSWER_LIMIT, command).await.unwrap_or_else(|_| {
            panic!("no answer to {what} within {ANSWER_LIMIT:?}; the drivers' log ends:\n{}", self.driver.log_tail())
        })
    }

    /// An idempotent command, sent again when tauri-driver drops it or a
    /// re-render left it holding a stale element.
    async fn retry<T, F>(&self, what: &str, command: impl Fn() -> F) -> T
    where
        F: Future<Output = Result<T, CmdError>>,
    {
        let mut attempt = 1;
        loop {
            match self.answer(what, command()).await {
                Ok(value) => return value,
                Err(_) if attempt < ATTEMPTS => attempt += 1,
                Err(error) => panic!("{what} failed {ATTEMPTS} times: {error}"),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The element with this `data-testid`, waiting for it to appear.
    pub async fn find(&self, testid: &str) -> Element {
        let selector = by_testid(testid);
        let started = Instant::now();
        loop {
            match self.answer(&selector, self.client().find(Locator::Css(&selector))).await {
                Ok(element) => return element,
                Err(_) if started.elapsed() < PATIENCE => tokio::time::sleep(Duration::from_millis(100)).await,
                Err(error) if error.is_no_such_element() => {
                    self.fail(format!("no {selector} after {PATIENCE:?}")).await
                }
                Err(error) => self.fail(format!("looking for {selector}: {error}")).await,
            }
        }
    }

    /// Every element with this `data-testid` now (none is fine).
    pub async fn find_all(&self, testid: &str) -> Vec<Element> {
        let (client, selector) = (self.client(), by_testid(testid));
        let selector = selector.as_str();
        self.retry(selector, move || client.find_all(Locator::Css(selector))).await
    }

    pub async fn count(&self, testid: &str) -> usize {
        self.find_all(testid).await.len()
    }

    /// The visible text of the element, once it is there.
    pub async fn text(&self, testid: &str) -> String {
        self.find(testid).await;
        let (client, selector) = (self.client(), by_testid(testid));
        let selector = selector.as_str();
        let read = move || async move { client.find(Locator::Css(selector)).await?.text().await };
        self.retry(&format!("the text of {selector}"), read).await
    }

    /// The visible text of every element with this testid.
    pub async fn texts(&self, testid: &str) -> Vec<String> {
        let (client, selector) = (self.client(), by_testid(testid));
        let selector = selector.as_str();
        let read = move || async move {
            let mut texts = Vec::new();
            for element in client.find_all(Locator::Css(selector)).await? {
                texts.push(element.text().await?);
            }
            Ok(texts)
        };
        self.retry(&format!("the texts of {selector}"), read).await
    }

    /// What an input or select holds now (`text` is empty for inputs).
    pub async fn value(&self, testid: &str) -> String {
        self.find(testid).await;
        let (client, selector) = (self.client(), by_testid(testid));
        let selector = selector.as_str();
        let read = move || async move { client.find(Locator::Css(selector)).await?.prop("value").await };
        self.retry(&format!("the value of {selector}"), read).await.unwrap_or_default()
    }

    /// The label of a select's chosen option (its `text` lists them all).
    pub async fn selected_text(&self, testid: &str) -> String {
        self.find(testid).await;
        let (client, selector) = (self.client(), by_testid(testid));
        let script = "return document.querySelector(arguments[0]).selectedOptions[0]?.text ?? '';";
        let read = move || client.execute(script, vec![selector.clone().into()]);
        let label = self.retry("the chosen option", read).await;
        label.as_str().unwrap_or_default().to_string()
    }

    /// Waits until the element's text contains `wanted`; returns the text.
    pub async fn wait_for_text(&self, testid: &str, wanted: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.text(testid).await;
            if text.contains(wanted) {
                return text;
            }
            if started.elapsed() > PATIENCE {
                self.fail(format!("[data-testid={testid}] never said {wanted:?}; it says {text:?}")).await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element with this testid is no longer `aria-busy`
    /// (a list still loading, say), so that what a test counts is all there.
    pub async fn wait_until_loaded(&self, testid: &str) {
        let selector = format!("{}[aria-busy=\"false\"]", by_testid(testid));
        let started = Instant::now();
        while self.answer(&selector, self.client().find(Locator::Css(&selector))).await.is_err() {
            if started.elapsed() > PATIENCE {
                self.fail(format!("{} still busy after {PATIENCE:?}", by_testid(testid))).await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until exactly `count` elements carry this testid.
    pub async fn wait_for_count(&self, testid: &str, count: usize) {
        let started = Instant::now();
        loop {
            let found = self.count(testid).await;
            if found == count {
                return;
            }
            if started.elapsed() > PATIENCE {
                self.fail(format!("expected {count} [data-testid={testid}], found {found}")).await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clears the field and types into it, as a person would.
    pub async fn type_into(&self, testid: &str, text: &str) {
        let field = self.find(testid).await;
        self.answer("clear", field.clear()).await.expect("clear the field");
        self.answer("typing", field.send_keys(text)).await.expect("type");
    }

    /// Types into whatever has the focus (keyboard-only use). Special keys
    /// are the constants above, e.g. `app.keys(ENTER)`.
    pub async fn keys(&self, keys: &str) {
        let focused = self.focused().await;
        self.answer("typing", focused.send_keys(keys)).await.expect("type");
    }

    async fn focused(&self) -> Element {
        let client = self.client();
        self.retry("the focused element", move || client.active_element()).await
    }

    /// Clicks the element; again if a re-render replaced it between finding
    /// and clicking (then the first click did not happen).
    pub async fn click(&self, testid: &str) {
        for attempt in 1..=ATTEMPTS {
            let element = self.find(testid).await;
            match self.answer("click", element.click()).await {
                Ok(()) => return,
                Err(error) if error.is_stale_element_reference() && attempt < ATTEMPTS => {}
                // Mid-layout (just after a resize, or while a list re-renders)
                // WebKit may find no point of it in view yet.
                Err(error) if not_interactable(&error) && attempt < ATTEMPTS => {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(error) => panic!("click [data-testid={testid}]: {error} ({error:?})"),
            }
        }
    }

    /// Chooses the option whose text contains `label` in a select.
    pub async fn select(&self, testid: &str, label: &str) {
        for option in self.options(testid).await {
            if self.answer("an option's text", option.text()).await.unwrap_or_default().contains(label) {
                self.answer("choose an option", option.click()).await.expect("choose the option");
                return;
            }
        }
        panic!("no option {label:?} in [data-testid={testid}]");
    }

    /// Chooses the select's `index`th option, counting from 0.
    pub async fn select_by_index(&self, testid: &str, index: usize) {
        let options = self.options(testid).await;
        let option = options.get(index).unwrap_or_else(|| panic!("[data-testid={testid}] has no option {index}"));
        self.answer("choose an option", option.click()).await.expect("choose the option");
    }

    async fn options(&self, testid: &str) -> Vec<Element> {
        let select = self.find(testid).await;
        self.answer("options", select.find_all(Locator::Css("option"))).await.expect("the select's options")
    }

    /// The `data-testid` of the element that has the focus.
    pub async fn focused_testid(&self) -> String {
        let client = self.client();
        let read = move || async move { client.active_element().await?.attr("data-testid").await };
        self.retry("the focused element's testid", read).await.unwrap_or_default()
    }

    /// A script that hands its result to `arguments[arguments.length - 1]`.
    pub async fn run_js_async(&self, script: &str) -> serde_json::Value {
        self.answer("a script", self.client().execute_async(script, vec![])).await.expect("script runs")
    }

    pub async fn run_js(&self, script: &str) -> serde_json::Value {
        self.answer("a script", self.client().execute(script, vec![])).await.expect("script runs")
    }

    /// Saves `target/e2e-screenshots/<test>-<nn>-<name>.png`, after two
    /// animation frames: right after a DOM change WebKit may still show the
    /// previous frame.
    /// The days `n` days before today, as the app's date fields write them
    /// (`24-11-2026`), by the page's own clock.
    pub async fn days_ago<const N: usize>(&self, days: [i64; N]) -> [String; N] {
        let script = "return arguments[0].map((n) => {
            const d = new Date();
            d.setDate(d.getDate() - n);
            const two = (x) => String(x).padStart(2, '0');
            return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()}`;
        });";
        let dates =
            self.client().execute(script, vec![serde_json::json!(days.as_slice())]).await.expect("dates from the page");
        let dates: Vec<String> = serde_json::from_value(dates).expect("a list of dates");
        dates.try_into().expect("one date per day asked")
    }

    /// On *Rendición*: the pack of the form's period saved to `pdf`, with
    /// "open when done" cleared (no system viewer under test).
    pub async fn make_pack(&self, pdf: &std::path::Path) {
        self.click("nav-pack").await;
        self.find("pack-form").await;
        self.type_into("pack-save-to", &pdf.to_string_lossy()).await;
        let open = self.find("pack-open").await;
        if open.prop("checked").await.expect("checked").as_deref() == Some("true") {
            open.click().await.expect("do not open a viewer");
        }
        self.click("pack-export").await;
        self.find("pack-notice").await;
    }

    pub async fn screenshot(&mut self, name: &str) {
        let png = self.take_screenshot().await;
        self.shots += 1;
        let path = screenshot_folder().join(format!("{}-{:02}-{name}.png", self.test, self.shots));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    /// WebKitWebDriver takes the picture after the page's next presentation
    /// update, and a screen where nothing changes may not get one for
    /// seconds, or ever (found by probing: screenshots of a static screen
    /// hung). So an invisible element keeps changing meanwhile.
    async fn take_screenshot(&self) -> Vec<u8> {
        let keep_drawing = "const done = arguments[arguments.length - 1];
            const dot = document.createElement('div');
            dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none';
            document.body.append(dot);
            const until = Date.now() + 30000;
            let frame = 0;
            (function draw() {
                dot.style.opacity = frame++ % 2 ? '0.01' : '0.02';
                if (dot.isConnected && Date.now() < until) requestAnimationFrame(draw); else dot.remove();
            })();
            window.__e2eStopDrawing = () => dot.remove();
            requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
        let _ = self.answer("two animation frames", self.client().execute_async(keep_drawing, vec![])).await;
        let client = self.client();
        let png = self.retry("a screenshot", move || client.screenshot()).await;
        let _ = self.answer("a script", self.client().execute("window.__e2eStopDrawing?.()", vec![])).await;
        png
    }

    /// Fails the test, leaving `<test>-failure.png` of the screen as it was.
    async fn fail(&self, message: String) -> ! {
        let path = screenshot_folder().join(format!("{}-failure.png", self.test));
        if let Ok(png) = tokio::time::timeout(Duration::from_secs(20), self.take_screenshot()).await {
            if std::fs::write(&path, png).is_ok() {
                panic!("{message}\nthe screen then: {}", path.display());
            }
        }
        panic!("{message}");
    }

    /// axe-core's WCAG 2 A/AA violations on the page as it is now, one
    /// line each (`rule: how many nodes — first node`). Empty is good.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = crate::workspace().join("ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe).expect("axe-core is installed in ui/node_modules (npm ci)");
        self.answer("loading axe-core", self.client().execute(&source, vec![])).await.expect("load axe-core");
        let run = "const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.length + ' — ' + v.nodes[0].html)))
               .catch(e => done(['axe failed: ' + e]));";
        let found = self.answer("axe-core", self.client().execute_async(run, vec![])).await.expect("run axe-core");
        serde_json::from_value(found).unwrap_or_else(|_| vec!["axe returned something unexpected".into()])
    }

    /// Fails the test with the list when the page has any violation.
    pub async fn assert_accessible(&self, screen: &str) {
        let violations = self.accessibility_violations().await;
        assert!(violations.is_empty(), "accessibility violations on {screen}:\n{}", violations.join("\n"));
    }

    pub async fn close(mut self) {
        if let Some(client) = self.client.take() {
            let _ = tokio::time::timeout(ANSWER_LIMIT, client.close()).await;
        }
    }
}

impl Drop for AppWindow {
    /// A failed test leaves the drivers' and the app's output next to its
    /// screenshots: the temp dir holding it is about to go.
    fn drop(&mut self) {
        if std::thread::panicking() {
            let kept = screenshot_folder().join(format!("{}-driver.log", self.test));
            if std::fs::copy(&self.driver.log, &kept).is_ok() {
                eprintln!("the drivers' and the app's output: {}", kept.display());
            }
        }
    }
}

fn by_testid(testid: &str) -> String {
    format!("[data-testid=\"{testid}\"]")
}

/// Removes what an earlier run of `test` left (`<test>-<nn>-*.png`,
/// `<test>-failure.png`, `<test>-driver.log`), lest it pass for this run's.
fn forget_screenshots(test: &str) {
    let Ok(entries) = std::fs::read_dir(screenshot_folder()) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(test).and_then(|rest| rest.strip_prefix('-')) else { continue };
        let numbered = matches!(rest.as_bytes(), [a, b, b'-', ..] if a.is_ascii_digit() && b.is_ascii_digit());
        if (numbered && rest.ends_with(".png")) || rest == "failure.png" || rest == "driver.log" {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn screenshot_folder() -> PathBuf {
    let folder = crate::target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("create {}: {e}", folder.display()));
    folder
}

fn not_interactable(error: &fantoccini::error::CmdError) -> bool {
    matches!(error, fantoccini::error::CmdError::Standard(e) if e.error == fantoccini::error::ErrorStatus::ElementNotInteractable)
}
