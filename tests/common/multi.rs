//! Helpers for tests with several server processes on one database (multi_process*.rs,
//! takeover*.rs): start another `adakings serve` beside a [`Server`] (same database, its own
//! log folder), plain HTTP that reports failures instead of panicking, and a feed client that
//! follows the live feed across reconnects and remembers every order it saw. Include with
//! `#[path = "common/multi.rs"] mod multi;` beside `mod common;`.
#![allow(dead_code)]

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::Message;

use super::common::{Server, BIN, DEMO_PASSWORD};

/// Another server process on a [`Server`]'s database; killed on drop.
pub struct Peer {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The environment of the harness's servers for the database in `dir`, logging to `logs`.
fn env(dir: &Path, logs: &str) -> Vec<(String, String)> {
    [
        (
            "DATABASE_PATH",
            dir.join("data/adakings.db").display().to_string(),
        ),
        ("LOG_DIR", dir.join(logs).display().to_string()),
        ("HOST", "127.0.0.1".into()),
        ("SECRET_KEY", "test-secret-key-0123456789abcdef".into()),
        ("SQLITE_SYNCHRONOUS", "NORMAL".into()),
        ("GRACEFUL_TIMEOUT", "10".into()),
        ("DEMO_PASSWORD", DEMO_PASSWORD.into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// Starts `adakings serve ARGS` on `srv`'s database, logging to `logs/` under its folder.
/// `Err(status, stderr)` when it exits before listening.
pub fn try_start(
    srv: &Server,
    logs: &str,
    args: &[&str],
    extra: &[(&str, &str)],
) -> Result<Peer, (ExitStatus, String)> {
    let dir = &srv.dir.0;
    let mut cmd = Command::new(BIN);
    cmd.arg("serve").args(args).current_dir(dir);
    cmd.env("PORT", "0");
    for (k, v) in env(dir, logs) {
        cmd.env(k, v);
    }
    for (k, v) in extra {
        cmd.env(k, v);
    }
    let err_path = dir.join(format!("{logs}-stderr.txt"));
    let stderr = std::fs::File::create(&err_path).expect("stderr file");
    cmd.stdout(Stdio::piped())
        .stderr(stderr)
        .stdin(Stdio::null());
    let mut child = cmd.spawn().expect("spawn adakings");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.strip_prefix("Listening on http://") {
                let _ = tx.send(rest.to_string());
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(a) = rx.recv_timeout(Duration::from_millis(50)) {
            let addr = a.parse().expect("listen address");
            return Ok(Peer { child, addr });
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err((
                status,
                std::fs::read_to_string(&err_path).unwrap_or_default(),
            ));
        }
        assert!(Instant::now() < deadline, "second server did not start");
    }
}

/// [`try_start`] that panics when the process does not start.
pub fn start(srv: &Server, logs: &str, args: &[&str]) -> Peer {
    try_start(srv, logs, args, &[]).unwrap_or_else(|(s, e)| panic!("{s}: {e}"))
}

/// One request on a fresh connection: the status, or `Err` with what went wrong (refused,
/// reset, closed without an answer) instead of a panic.
pub fn try_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: &str,
    body: Option<&Value>,
) -> Result<(u16, String), String> {
    let mut s = TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let body = body.map(Value::to_string).unwrap_or_default();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes())
        .map_err(|e| format!("write: {e}"))?;
    let mut out = Vec::new();
    s.read_to_end(&mut out).map_err(|e| format!("read: {e}"))?;
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("no response ({} bytes)", out.len()))?;
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string());
    Ok((status, body.unwrap_or_default()))
}

/// Creates a Pickup order through `addr`; its number, or what went wrong.
pub fn try_create(addr: SocketAddr, token: &str, item: i64, notes: &str) -> Result<String, String> {
    let body = json!({"delivery_type": "Pickup", "notes": notes, "items": [{"menu_item_id": item, "quantity": 1}]});
    match try_request(addr, "POST", "/api/orders/", token, Some(&body))? {
        (201, b) => serde_json::from_str::<Value>(&b)
            .ok()
            .and_then(|v| v["order_number"].as_str().map(str::to_string))
            .ok_or_else(|| format!("201 without an order number: {b}")),
        (s, b) => Err(format!("{s} {b}")),
    }
}

/// A live-feed client that keeps what it saw: every order number, the last event id, and
/// the close codes that made it reconnect.
pub struct Feed {
    ws: tungstenite::WebSocket<TcpStream>,
    pub orders: HashSet<String>,
    pub last: i64,
    pub epoch: String,
    pub closes: Vec<u16>,
    /// When each close arrived.
    pub closed_at: Vec<Instant>,
    /// The id of every event received live or replayed, in arrival order.
    pub ids: Vec<i64>,
    /// The longest time from a close to the first message on the new connection.
    pub longest_gap: Duration,
    timeout: Duration,
}

fn open(addr: SocketAddr, query: &str) -> Result<tungstenite::WebSocket<TcpStream>, String> {
    let s = TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let url = format!("ws://{addr}/ws/orders/?{query}");
    tungstenite::client::client(url.as_str(), s)
        .map(|(ws, _)| ws)
        .map_err(|e| format!("handshake: {e}"))
}

impl Feed {
    /// Connects without `since` and reads the `data_update`.
    pub fn connect(addr: SocketAddr, token: &str) -> Result<Feed, String> {
        let ws = open(addr, &format!("token={token}"))?;
        let mut f = Feed {
            ws,
            orders: HashSet::new(),
            last: 0,
            epoch: String::new(),
            closes: Vec::new(),
            closed_at: Vec::new(),
            ids: Vec::new(),
            longest_gap: Duration::ZERO,
            timeout: Duration::from_secs(1),
        };
        f.ws.get_ref().set_read_timeout(Some(f.timeout)).ok();
        let deadline = Instant::now() + Duration::from_secs(30);
        while f.epoch.is_empty() {
            if !f.next()? || Instant::now() > deadline {
                return Err("no data_update".into());
            }
        }
        Ok(f)
    }

    /// How long a read waits before `next` returns `Ok(true)` with nothing new (1 s unless set).
    pub fn set_timeout(&mut self, d: Duration) {
        self.timeout = d;
        self.ws.get_ref().set_read_timeout(Some(d)).ok();
    }

    /// Reads one message and applies it. `Ok(false)`: the server closed (code in `closes`).
    pub fn next(&mut self) -> Result<bool, String> {
        loop {
            match self.ws.read() {
                Ok(Message::Text(t)) => {
                    let v: Value = serde_json::from_str(t.as_str()).map_err(|e| e.to_string())?;
                    match v["type"].as_str() {
                        // Returned, not skipped: callers check their deadlines.
                        Some("heartbeat") => return Ok(true),
                        Some("data_update") => {
                            for o in v["data"].as_array().into_iter().flatten() {
                                self.note(&o["order_number"]);
                            }
                            self.last = v["last_event_id"].as_i64().unwrap_or(self.last);
                            self.epoch = v["epoch"].as_str().unwrap_or("").to_string();
                        }
                        Some("replay_complete") => {}
                        _ => {
                            self.note(&v["item"]["order_number"]);
                            if let Some(id) = v["event_id"].as_i64() {
                                self.ids.push(id);
                                self.last = id;
                            }
                        }
                    }
                    return Ok(true);
                }
                Ok(Message::Close(f)) => {
                    self.closes.push(f.map(|f| u16::from(f.code)).unwrap_or(0));
                    self.closed_at.push(Instant::now());
                    return Ok(false);
                }
                Ok(_) => {}
                Err(tungstenite::Error::ConnectionClosed) => return Ok(false),
                // A short read timeout (see `set_timeout`): nothing yet.
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    return Ok(true)
                }
                Err(e) => return Err(e.to_string()),
            }
        }
    }

    fn note(&mut self, n: &Value) {
        if let Some(n) = n.as_str() {
            self.orders.insert(n.to_string());
        }
    }

    /// Reconnects with `since` and `epoch` (as the board does after a close), within `limit`;
    /// the time until the first message arrived.
    pub fn resume(&mut self, addr: SocketAddr, token: &str, limit: Duration) -> Result<(), String> {
        let since = Instant::now();
        let q = format!("token={token}&since={}&epoch={}", self.last, self.epoch);
        loop {
            match open(addr, &q) {
                Ok(ws) => {
                    self.ws = ws;
                    self.ws.get_ref().set_read_timeout(Some(self.timeout)).ok();
                    self.next()?;
                    self.longest_gap = self.longest_gap.max(since.elapsed());
                    return Ok(());
                }
                Err(e) if since.elapsed() > limit => return Err(e),
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }

    /// Reads until the server closes (`true`) or `limit` passes (`false`).
    pub fn until_closed(&mut self, limit: Duration) -> Result<bool, String> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if !self.next()? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Reads until every order in `want` has been seen or `limit` passes.
    pub fn wait_for(&mut self, want: &HashSet<String>, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while !want.is_subset(&self.orders) && Instant::now() < deadline {
            if !matches!(self.next(), Ok(true)) {
                return false;
            }
        }
        want.is_subset(&self.orders)
    }
}
