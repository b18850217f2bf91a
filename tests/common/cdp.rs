//! A small Chrome DevTools Protocol client for the board's browser tests: starts headless
//! Chromium with a throwaway profile, attaches to its page over the DevTools WebSocket
//! (tungstenite, synchronous like the rest of the code base) and offers navigate, evaluate,
//! wait-for and screenshot. Nothing more of the protocol than the tests use.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

use crate::common::TempDir;

/// Names the Debian package and others install Chromium under.
const CANDIDATES: &[&str] = &["chromium", "chromium-browser", "google-chrome", "chrome"];

/// The Chromium binary to run: `$CHROMIUM`, else the first candidate on `PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in CANDIDATES {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A headless Chromium with one page attached; killed (and its profile removed) on drop.
/// When the test is failing, the drop saves a screenshot and keeps the directory.
pub struct Browser {
    child: Child,
    ws: WebSocket<TcpStream>,
    next_id: u64,
    /// Profile and screenshots; kept when the test fails.
    pub dir: TempDir,
    /// Name for the screenshot taken when the browser is dropped.
    pub shot_name: String,
    /// Script exceptions, console errors and security (CSP) errors the page produced.
    pub errors: Vec<String>,
}

impl Browser {
    /// Starts Chromium, or `None` (with a message) when it is not installed and this is not
    /// CI. In CI (env `CI` set) a missing Chromium fails the test: the suite must not pass by
    /// skipping there.
    pub fn launch(test: &str) -> Option<Browser> {
        let Some(bin) = find_chromium() else {
            if std::env::var_os("CI").is_some() {
                panic!("chromium is not installed but CI is set: `.ci/run` installs it (apt-get install chromium)");
            }
            // Straight to stderr: the test harness would hide a captured line of a passing test.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: chromium not found (install the `chromium` package, or set CHROMIUM=/path/to/chrome)"
            );
            return None;
        };
        let dir = TempDir::new(&format!("board-{test}"));
        let profile = dir.0.join("profile");
        let child = Command::new(&bin)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                // Containers often have a tiny /dev/shm; Chromium crashes on it otherwise.
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--mute-audio",
                "--window-size=1280,800",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", bin.display()));
        let mut child = child;
        let port = match wait_devtools_port(&profile, &mut child) {
            Some(p) => p,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium did not write DevToolsActivePort within 60 s");
            }
        };
        let ws_url = match page_ws_url(port) {
            Some(u) => u,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("no page target on DevTools port {port}");
            }
        };
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect DevTools");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .expect("read timeout");
        let (ws, _) =
            tungstenite::client::client(ws_url.as_str(), stream).expect("DevTools handshake");
        let mut b = Browser {
            child,
            ws,
            next_id: 0,
            dir,
            shot_name: test.to_string(),
            errors: Vec::new(),
        };
        b.call("Page.enable", json!({})).expect("Page.enable");
        b.call("Runtime.enable", json!({})).expect("Runtime.enable");
        b.call("Log.enable", json!({})).expect("Log.enable");
        b.viewport(1280, 800);
        Some(b)
    }

    /// Sets the page's size in CSS pixels (a 10-inch tablet in landscape is about 1280x800).
    pub fn viewport(&mut self, width: u32, height: u32) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        )
        .expect("viewport");
    }

    /// One protocol call; events that arrive meanwhile are dropped (the tests poll instead).
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({"id": id, "method": method, "params": params}).to_string();
        self.ws
            .send(Message::text(msg))
            .map_err(|e| format!("{method}: send: {e}"))?;
        loop {
            let m = self.ws.read().map_err(|e| format!("{method}: read: {e}"))?;
            let Message::Text(t) = m else { continue };
            let v: Value =
                serde_json::from_str(t.as_str()).map_err(|e| format!("{method}: {e}"))?;
            if v["id"].as_u64() != Some(id) {
                self.note_error(&v);
                continue;
            }
            if let Some(err) = v.get("error") {
                return Err(format!("{method}: {err}"));
            }
            return Ok(v["result"].clone());
        }
    }

    /// Keeps the page's own errors. Network errors (a refused login, a server that is down)
    /// are the page doing its job and are left out.
    fn note_error(&mut self, v: &Value) {
        let p = &v["params"];
        let err = match v["method"].as_str() {
            Some("Runtime.exceptionThrown") => Some(p["exceptionDetails"].to_string()),
            Some("Runtime.consoleAPICalled") if p["type"] == "error" => Some(p["args"].to_string()),
            Some("Log.entryAdded")
                if p["entry"]["level"] == "error" && p["entry"]["source"] != "network" =>
            {
                Some(p["entry"]["text"].to_string())
            }
            _ => None,
        };
        self.errors.extend(err);
    }

    /// Fails the test if the page threw, logged an error or broke its security policy.
    pub fn assert_no_page_errors(&mut self) {
        let _ = self.eval("0"); // collect what arrived meanwhile
        assert!(self.errors.is_empty(), "page errors: {:#?}", self.errors);
    }

    /// Loads `url` and waits until the document and its deferred scripts have run.
    pub fn navigate(&mut self, url: &str) {
        self.call("Page.navigate", json!({"url": url}))
            .expect("Page.navigate");
        assert!(
            self.wait_for(
                "document.readyState === 'complete'",
                Duration::from_secs(30)
            ),
            "{url} did not finish loading"
        );
    }

    /// Evaluates a JavaScript expression (awaiting a promise) and returns its JSON value.
    pub fn eval(&mut self, expr: &str) -> Result<Value, String> {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(ex) = r.get("exceptionDetails") {
            return Err(format!("{expr}: {ex}"));
        }
        Ok(r["result"]["value"].clone())
    }

    /// Polls `expr` until it is `true` or `limit` passes.
    pub fn wait_for(&mut self, expr: &str, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if self.eval(expr).ok() == Some(Value::Bool(true)) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Saves a PNG of the page as `<dir>/<name>.png` and returns its path.
    pub fn screenshot(&mut self, name: &str) -> Result<PathBuf, String> {
        let r = self.call("Page.captureScreenshot", json!({"format": "png"}))?;
        let data = r["data"].as_str().ok_or("no screenshot data")?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| e.to_string())?;
        let path = self.dir.0.join(format!("{name}.png"));
        std::fs::write(&path, png).map_err(|e| e.to_string())?;
        Ok(path)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let failing = std::thread::panicking();
        let name = self.shot_name.clone();
        match self.screenshot(&name) {
            Ok(p) if failing => eprintln!("board test failed; screenshot: {}", p.display()),
            Err(e) if failing => eprintln!("board test failed; no screenshot: {e}"),
            _ => {}
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        if failing || std::env::var_os("ADAKINGS_KEEP_SCREENSHOTS").is_some() {
            // Keep the evidence: the TempDir would delete it.
            let kept = std::mem::replace(&mut self.dir.0, PathBuf::new());
            eprintln!("kept {}", kept.display());
        }
    }
}

/// Chromium writes its DevTools port into the profile once it listens.
fn wait_devtools_port(profile: &Path, child: &mut Child) -> Option<u16> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(s) = std::fs::read_to_string(profile.join("DevToolsActivePort")) {
            if let Some(p) = s.lines().next().and_then(|l| l.trim().parse().ok()) {
                return Some(p);
            }
        }
        if let Ok(Some(_)) = child.try_wait() {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// The DevTools WebSocket URL of the first page target (`GET /json/list`).
fn page_ws_url(port: u16) -> Option<String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Some(list) = http_get_json(port, "/json/list") {
            let page = list.as_array().and_then(|a| {
                a.iter()
                    .find(|t| t["type"] == "page")
                    .and_then(|t| t["webSocketDebuggerUrl"].as_str())
                    .map(str::to_string)
            });
            if page.is_some() {
                return page;
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

fn http_get_json(port: u16, path: &str) -> Option<Value> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    // DevTools keeps the connection open: read by Content-Length, not to the end.
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = s.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            continue;
        };
        let len: usize = head
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse().ok())?;
        if body.len() >= len {
            return serde_json::from_str(&body[..len]).ok();
        }
    }
}
