//! A display for the window: the session's own, or an Xvfb started here.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Display {
    pub name: String,
    xvfb: Option<Child>,
}

impl Display {
    /// `DISPLAY` when set; otherwise a new Xvfb on a free display number.
    pub fn get() -> Display {
        if let Ok(name) = std::env::var("DISPLAY") {
            if !name.is_empty() {
                return Display { name, xvfb: None };
            }
        }
        let number =
            (90..200).find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists()).expect("a free X display number");
        let name = format!(":{number}");
        let xvfb = Command::new("Xvfb")
            .args([name.as_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts (Debian package xvfb; `make test` installs it)");
        let socket = format!("/tmp/.X11-unix/X{number}");
        let started = Instant::now();
        while !Path::new(&socket).exists() {
            assert!(started.elapsed() < Duration::from_secs(10), "Xvfb did not come up on {name}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Display { name, xvfb: Some(xvfb) }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(xvfb) = &mut self.xvfb {
            let _ = xvfb.kill();
            let _ = xvfb.wait();
        }
    }
}

/// A TCP port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}
