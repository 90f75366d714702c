//! The app's window under WebDriver: start, find by `data-testid`, type,
//! read, screenshot, restart on the same database.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};

use crate::display::{free_port, Display};

/// How long the UI may take to show something.
const PATIENCE: Duration = Duration::from_secs(15);

pub const ENTER: &str = "\u{E007}";
pub const TAB: &str = "\u{E004}";
pub const ESCAPE: &str = "\u{E00C}";
pub const ARROW_DOWN: &str = "\u{E015}";

pub struct AppWindow {
    client: Option<Client>,
    driver: Child,
    driver_port: u16,
    _display: Display,
    _home: tempfile::TempDir,
    pub database: PathBuf,
    test: String,
    shots: usize,
}

impl AppWindow {
    /// Opens the app on a fresh, empty database (the app loads its demo
    /// data into it, as on a newcomer's first start).
    pub async fn start(test: &str) -> AppWindow {
        let home = tempfile::tempdir().expect("temp dir");
        let database = home.path().join("grupo-motor.sqlite3");
        let display = Display::get();
        let driver_port = free_port();
        let driver = Command::new("tauri-driver")
            .args(["--port", &driver_port.to_string(), "--native-port", &free_port().to_string()])
            .args(["--native-driver", "/usr/bin/WebKitWebDriver"])
            .env("DISPLAY", &display.name)
            .env("GRUPO_MOTOR_DB", &database)
            // Keep the app's own folders (WebKit's local storage) in the test's home.
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver starts (`make test` installs it)");
        let mut window = AppWindow {
            client: None,
            driver,
            driver_port,
            _display: display,
            _home: home,
            database,
            test: test.to_string(),
            shots: 0,
        };
        window.open_session().await;
        window
    }

    async fn open_session(&mut self) {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert("tauri:options".into(), serde_json::json!({ "application": crate::app_binary() }));
        let url = format!("http://127.0.0.1:{}", self.driver_port);
        let started = Instant::now();
        let client = loop {
            match ClientBuilder::native().capabilities(capabilities.clone()).connect(&url).await {
                Ok(client) => break client,
                Err(error) if started.elapsed() < Duration::from_secs(30) => {
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(error) => panic!("no WebDriver session through tauri-driver: {error}"),
            }
        };
        self.client = Some(client);
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("an open session")
    }

    /// Closes the app and opens it again on the same database.
    pub async fn restart(&mut self) {
        if let Some(client) = self.client.take() {
            let _ = client.close().await;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        self.open_session().await;
    }

    /// The element with this `data-testid`, waiting for it to appear.
    pub async fn find(&self, testid: &str) -> Element {
        let selector = format!("[data-testid=\"{testid}\"]");
        let started = Instant::now();
        loop {
            match self.client().find(Locator::Css(&selector)).await {
                Ok(element) => return element,
                Err(_) if started.elapsed() < PATIENCE => tokio::time::sleep(Duration::from_millis(100)).await,
                Err(error) => panic!("no [data-testid={testid}] after {PATIENCE:?}: {error}"),
            }
        }
    }

    pub async fn find_all(&self, testid: &str) -> Vec<Element> {
        let selector = format!("[data-testid=\"{testid}\"]");
        for _ in 0..3 {
            if let Ok(found) = self.client().find_all(Locator::Css(&selector)).await {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Vec::new()
    }

    pub async fn text(&self, testid: &str) -> String {
        self.find(testid).await.text().await.unwrap_or_default()
    }

    pub async fn texts(&self, testid: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self.find_all(testid).await {
            texts.push(element.text().await.unwrap_or_default());
        }
        texts
    }

    /// Waits until the element's text contains `wanted`; returns the text.
    pub async fn wait_for_text(&self, testid: &str, wanted: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.text(testid).await;
            if text.contains(wanted) {
                return text;
            }
            assert!(started.elapsed() < PATIENCE, "[data-testid={testid}] never said {wanted:?}; it says {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until exactly `count` elements carry this testid.
    pub async fn wait_for_count(&self, testid: &str, count: usize) {
        let started = Instant::now();
        loop {
            let found = self.find_all(testid).await.len();
            if found == count {
                return;
            }
            assert!(started.elapsed() < PATIENCE, "expected {count} [data-testid={testid}], found {found}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clears the field and types into it, as a person would.
    pub async fn type_into(&self, testid: &str, text: &str) {
        let field = self.find(testid).await;
        field.clear().await.expect("clear the field");
        field.send_keys(text).await.expect("type");
    }

    /// Types into whatever has the focus (keyboard-only use).
    pub async fn keys(&self, keys: &str) {
        let focused = self.client().active_element().await.expect("a focused element");
        focused.send_keys(keys).await.expect("type");
    }

    pub async fn click(&self, testid: &str) {
        self.find(testid).await.click().await.expect("click");
    }

    /// Chooses the option whose text contains `label` in a select.
    pub async fn select(&self, testid: &str, label: &str) {
        let select = self.find(testid).await;
        let options = select.find_all(Locator::Css("option")).await.expect("options");
        for option in options {
            if option.text().await.unwrap_or_default().contains(label) {
                option.click().await.expect("choose option");
                return;
            }
        }
        panic!("no option {label:?} in [data-testid={testid}]");
    }

    /// The id of the element that has the focus.
    pub async fn focused_testid(&self) -> String {
        let focused = self.client().active_element().await.expect("a focused element");
        focused.attr("data-testid").await.ok().flatten().unwrap_or_default()
    }

    pub async fn run_js(&self, script: &str) -> serde_json::Value {
        self.client().execute(script, vec![]).await.expect("script runs")
    }

    /// Saves `target/e2e-screenshots/<test>-<nn>-<name>.png`, after two
    /// animation frames so the picture shows the latest DOM.
    pub async fn screenshot(&mut self, name: &str) {
        let settle = "const done = arguments[arguments.length - 1];
                      requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
        let _ = self.client().execute_async(settle, vec![]).await;
        let folder = crate::target_dir().join("e2e-screenshots");
        std::fs::create_dir_all(&folder).expect("screenshot folder");
        self.shots += 1;
        let path = folder.join(format!("{}-{:02}-{name}.png", self.test, self.shots));
        for attempt in 0..3 {
            match self.client().screenshot().await {
                Ok(png) => {
                    std::fs::write(&path, png).expect("write screenshot");
                    return;
                }
                Err(error) if attempt == 2 => panic!("screenshot failed: {error}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        }
    }

    pub async fn close(mut self) {
        if let Some(client) = self.client.take() {
            let _ = client.close().await;
        }
    }
}

impl Drop for AppWindow {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
