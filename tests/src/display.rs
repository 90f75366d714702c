//! A display for the window: the session's own, or an Xvfb started here.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, ChildStdout, Command, Stdio};

pub struct Display {
    pub name: String,
    xvfb: Option<(Child, ChildStdout)>,
}

impl Display {
    /// `DISPLAY` when set; otherwise a new Xvfb on a free display number.
    pub fn get() -> Display {
        if let Some(name) = std::env::var("DISPLAY").ok().filter(|name| !name.is_empty()) {
            return Display { name, xvfb: None };
        }
        // `-displayfd` lets Xvfb pick the first free number itself (it reads
        // /tmp/.X<n>-lock and clears stale ones) and print it once it
        // accepts clients: no race between test processes, no polling.
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts (Debian package xvfb; `make test` installs it)");
        let mut stdout = BufReader::new(xvfb.stdout.take().expect("Xvfb's stdout"));
        let mut number = String::new();
        let _ = stdout.read_line(&mut number);
        let Ok(number) = number.trim().parse::<u32>() else {
            let _ = xvfb.kill();
            panic!("Xvfb exited without opening a display ({:?})", xvfb.wait());
        };
        // The pipe stays open while Xvfb runs: it must not die of SIGPIPE.
        Display { name: format!(":{number}"), xvfb: Some((xvfb, stdout.into_inner())) }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some((xvfb, _)) = &mut self.xvfb {
            crate::process::stop(xvfb, false);
        }
    }
}

/// A TCP port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}
