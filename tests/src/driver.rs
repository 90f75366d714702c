//! tauri-driver, which starts WebKitWebDriver, which starts the app: all in
//! a process group of their own, so stopping the group stops all three.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::display::free_port;

pub struct Driver {
    child: Child,
    pub port: u16,
    /// tauri-driver's, WebKitWebDriver's and the app's output.
    pub log: PathBuf,
}

impl Driver {
    /// Starts tauri-driver for an app that keeps its database at `database`
    /// and its WebKit data under `home`; returns once it answers `/status`.
    pub async fn start(display: &str, database: &Path, home: &Path) -> Driver {
        let port = free_port();
        let log = home.join("tauri-driver.log");
        let output = std::fs::File::create(&log).expect("create the driver log");
        let child = Command::new("tauri-driver")
            .args(["--port", &port.to_string(), "--native-port", &free_port().to_string()])
            .args(["--native-driver", "/usr/bin/WebKitWebDriver"])
            .env("DISPLAY", display)
            .env("GRUPO_MOTOR_DB", database)
            // WebKit's local storage (the chosen language) stays in the test's home.
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .stdin(Stdio::null())
            .stdout(output.try_clone().expect("driver log"))
            .stderr(output)
            .process_group(0)
            .spawn()
            .expect("tauri-driver starts (`make test` installs it: cargo install tauri-driver --version 2.1.0)");
        let mut driver = Driver { child, port, log };
        driver.wait_until_ready().await;
        driver
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Polls `GET /status`, which tauri-driver passes on to WebKitWebDriver:
    /// a ready answer means both listen.
    pub async fn wait_until_ready(&mut self) {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("tauri-driver exited ({status}):\n{}", self.log_tail());
            }
            if self.status().await.is_some_and(|answer| answer.contains("\"ready\":true")) {
                return;
            }
            assert!(started.elapsed() < Duration::from_secs(20), "tauri-driver never got ready:\n{}", self.log_tail());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn status(&self) -> Option<String> {
        let request = async {
            let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await.ok()?;
            let get = format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n", self.port);
            stream.write_all(get.as_bytes()).await.ok()?;
            let mut answer = String::new();
            stream.read_to_string(&mut answer).await.ok()?;
            Some(answer.replace(' ', ""))
        };
        tokio::time::timeout(Duration::from_secs(2), request).await.ok().flatten()
    }

    /// The log's last lines, for failure messages.
    pub fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        crate::process::stop(&mut self.child, true);
    }
}
