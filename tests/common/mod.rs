//! Test harness shared by the integration tests: starts the real `adakings` binary on an
//! ephemeral port with a temp SQLite file and log dir, and talks to it over real sockets.
//! No mocks: every test goes through the network stack and the database.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_adakings");
/// Every demo login's password (see `adakings seed-demo`).
pub const DEMO_PASSWORD: &str = "adakings-demo";

/// A temp directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let p = std::env::temp_dir().join(format!(
            "adakings-{tag}-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How to start a server.
pub struct Options {
    pub env: Vec<(String, String)>,
    pub seed: bool,
    /// Soft and hard RLIMIT_NOFILE for the child (fd exhaustion tests).
    pub nofile: Option<u64>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            env: Vec::new(),
            seed: true,
            nofile: None,
        }
    }
}

impl Options {
    pub fn env(mut self, k: &str, v: &str) -> Options {
        self.env.push((k.to_string(), v.to_string()));
        self
    }
    pub fn unseeded(mut self) -> Options {
        self.seed = false;
        self
    }
    pub fn nofile(mut self, n: u64) -> Options {
        self.nofile = Some(n);
        self
    }
}

/// A running server process; killed on drop.
pub struct Server {
    pub child: Option<Child>,
    pub addr: SocketAddr,
    pub dir: TempDir,
    opts_env: Vec<(String, String)>,
    nofile: Option<u64>,
}

impl Server {
    /// Starts a seeded server with defaults suited to tests.
    pub fn start() -> Server {
        Server::start_with(Options::default())
    }

    pub fn start_with(opts: Options) -> Server {
        let dir = TempDir::new("srv");
        if opts.seed {
            run_cmd(&dir.0, &opts.env, &["seed-demo"]);
        }
        let (child, addr) = spawn(&dir.0, &opts.env, opts.nofile);
        Server {
            child: Some(child),
            addr,
            dir,
            opts_env: opts.env,
            nofile: opts.nofile,
        }
    }

    /// Starts the binary again on the same database (after a stop or a kill).
    pub fn restart(&mut self) {
        self.kill9();
        let (child, addr) = spawn(&self.dir.0, &self.opts_env, self.nofile);
        self.child = Some(child);
        self.addr = addr;
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().map(|c| c.id()).unwrap_or(0)
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.0.join("data/adakings.db")
    }

    /// The text of `logs/NAME` (server.log, access.log, websocket.log).
    pub fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.0.join("logs").join(name)).unwrap_or_default()
    }

    /// Waits until `logs/NAME` contains `needle` (logs are written as things happen).
    pub fn wait_log(&self, name: &str, needle: &str) -> bool {
        wait_until(Duration::from_secs(10), || self.log(name).contains(needle))
    }

    /// Sends SIGTERM and waits (up to `limit`) for the exit status.
    pub fn sigterm(&mut self, limit: Duration) -> Option<ExitStatus> {
        let child = self.child.as_mut()?;
        signal(child.id(), libc::SIGTERM);
        wait_child(child, limit)
    }

    /// SIGKILL, as a power cut would (no shutdown code runs).
    pub fn kill9(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Threads of the server process right now.
    pub fn threads(&self) -> usize {
        proc_status_field(self.pid(), "Threads:").unwrap_or(0) as usize
    }

    /// Open file descriptors of the server process right now.
    pub fn fds(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/fd", self.pid()))
            .map(|d| d.count())
            .unwrap_or(0)
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> Resp {
        request(self.addr, "GET", path, token, None)
    }

    pub fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Resp {
        request(self.addr, "POST", path, token, Some(body))
    }

    pub fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Resp {
        request(self.addr, method, path, token, body)
    }

    /// Logs in and returns the access token.
    pub fn login(&self, username: &str) -> String {
        login(self.addr, username, DEMO_PASSWORD)
    }

    /// A direct connection to the server's database (WAL: safe beside the running server),
    /// with foreign keys on, as the server's own connections have them.
    pub fn db(&self) -> rusqlite::Connection {
        let c = rusqlite::Connection::open(self.db_path()).expect("open db");
        c.busy_timeout(Duration::from_secs(10))
            .expect("busy timeout");
        c.execute_batch("PRAGMA foreign_keys=ON")
            .expect("foreign keys on");
        c
    }

    /// The id of the seeded menu item called `name`.
    pub fn menu_id(&self, name: &str) -> i64 {
        self.db()
            .query_row("SELECT id FROM menu_items WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .unwrap_or_else(|e| panic!("menu item {name}: {e}"))
    }

    /// A sample from /metrics, or `None` while /metrics cannot be fetched (e.g. a 503 at the
    /// connection cap).
    pub fn try_metric(&self, sample: &str) -> Option<f64> {
        let r = self.get("/metrics", None);
        if r.status != 200 {
            return None;
        }
        r.text()
            .lines()
            .find_map(|l| l.strip_prefix(sample).and_then(|v| v.trim().parse().ok()))
    }

    /// A sample from /metrics; panics when it is missing.
    pub fn metric(&self, sample: &str) -> f64 {
        self.try_metric(sample).unwrap_or_else(|| {
            panic!(
                "no sample {sample} in:\n{}",
                self.get("/metrics", None).text()
            )
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill9();
    }
}

fn base_env(dir: &Path) -> Vec<(String, String)> {
    vec![
        (
            "DATABASE_PATH".into(),
            dir.join("data/adakings.db").display().to_string(),
        ),
        ("LOG_DIR".into(), dir.join("logs").display().to_string()),
        ("HOST".into(), "127.0.0.1".into()),
        ("PORT".into(), "0".into()),
        (
            "SECRET_KEY".into(),
            "test-secret-key-0123456789abcdef".into(),
        ),
        // Tests are about behaviour, not durability: NORMAL keeps fsync out of the suite's time.
        ("SQLITE_SYNCHRONOUS".into(), "NORMAL".into()),
        ("ADAKINGS_TEST_ROUTES".into(), "1".into()),
        ("GRACEFUL_TIMEOUT".into(), "10".into()),
        // seed-demo gives random passwords unless told a known one: tests log in with this.
        ("DEMO_PASSWORD".into(), DEMO_PASSWORD.into()),
    ]
}

/// Runs a one-shot command (`seed-demo`, `migrate`, ...) against the dir's database.
pub fn run_cmd(dir: &Path, env: &[(String, String)], args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(dir);
    for (k, v) in base_env(dir).iter().chain(env.iter()) {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run adakings");
    assert!(
        out.status.success(),
        "adakings {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn spawn(dir: &Path, env: &[(String, String)], nofile: Option<u64>) -> (Child, SocketAddr) {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(BIN);
    cmd.arg("serve").current_dir(dir);
    for (k, v) in base_env(dir).iter().chain(env.iter()) {
        cmd.env(k, v);
    }
    let stderr = std::fs::File::create(dir.join("stderr.txt")).expect("stderr file");
    cmd.stdout(Stdio::piped())
        .stderr(stderr)
        .stdin(Stdio::null());
    if let Some(n) = nofile {
        // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                let lim = libc::rlimit {
                    rlim_cur: n,
                    rlim_max: n,
                };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &lim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let mut child = cmd.spawn().expect("spawn adakings");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        while let Some(Ok(line)) = lines.next() {
            if let Some(rest) = line.strip_prefix("Listening on http://") {
                let _ = tx.send(rest.to_string());
            }
        }
    });
    let addr = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(a) => a,
        Err(_) => {
            let _ = child.kill();
            let err = std::fs::read_to_string(dir.join("stderr.txt")).unwrap_or_default();
            panic!("server did not start: {err}");
        }
    };
    (child, addr.parse().expect("listen address"))
}

pub fn signal(pid: u32, sig: i32) {
    // SAFETY: sending a signal to our own child.
    unsafe {
        libc::kill(pid as i32, sig);
    }
}

pub fn wait_child(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if let Ok(Some(s)) = child.try_wait() {
            return Some(s);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Polls `f` until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    f()
}

fn proc_status_field(pid: u32, field: &str) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

/// A response as the client saw it.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {} body is not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One request on a fresh connection (`Connection: close`).
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> Resp {
    let mut headers: Vec<(&str, String)> = Vec::new();
    if let Some(t) = token {
        headers.push(("Authorization", format!("Bearer {t}")));
    }
    request_with(addr, method, path, &headers, body)
}

/// One request with extra headers on a fresh connection.
pub fn request_with(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: Option<&Value>,
) -> Resp {
    let mut c = Client::connect(addr);
    c.send(
        method,
        path,
        headers,
        body.map(|b| b.to_string().into_bytes()).as_deref(),
        true,
    )
}

/// Sends raw bytes and reads one response.
pub fn raw(addr: SocketAddr, bytes: &[u8]) -> Resp {
    let mut c = Client::connect(addr);
    c.stream.write_all(bytes).expect("write raw request");
    c.read_response().expect("response")
}

/// A keep-alive client on one connection.
pub struct Client {
    pub stream: TcpStream,
    buf: Vec<u8>,
}

impl Client {
    pub fn connect(addr: SocketAddr) -> Client {
        let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(10)).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
        stream.set_write_timeout(Some(Duration::from_secs(30))).ok();
        Client {
            stream,
            buf: Vec::new(),
        }
    }

    pub fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        body: Option<&[u8]>,
        close: bool,
    ) -> Resp {
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: test\r\n");
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        if let Some(b) = body {
            req.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                b.len()
            ));
        }
        if close {
            req.push_str("Connection: close\r\n");
        }
        req.push_str("\r\n");
        let mut bytes = req.into_bytes();
        if let Some(b) = body {
            bytes.extend_from_slice(b);
        }
        self.stream.write_all(&bytes).expect("write request");
        self.read_response().expect("read response")
    }

    /// Reads one response (Content-Length framed, as the server always sends).
    pub fn read_response(&mut self) -> std::io::Result<Resp> {
        loop {
            if let Some(end) = find(&self.buf, b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&self.buf[..end]).into_owned();
                let mut lines = head.split("\r\n");
                let status_line = lines.next().unwrap_or("");
                let status: u16 = status_line
                    .split_whitespace()
                    .nth(1)
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let headers: Vec<(String, String)> = lines
                    .filter_map(|l| l.split_once(':'))
                    .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                    .collect();
                if status == 100 {
                    self.buf.drain(..end + 4);
                    continue;
                }
                let len: usize = headers
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                    .and_then(|(_, v)| v.parse().ok())
                    .unwrap_or(0);
                while self.buf.len() < end + 4 + len {
                    self.fill()?;
                }
                let body = self.buf[end + 4..end + 4 + len].to_vec();
                self.buf.drain(..end + 4 + len);
                return Ok(Resp {
                    status,
                    headers,
                    body,
                });
            }
            self.fill()?;
        }
    }

    fn fill(&mut self) -> std::io::Result<()> {
        let mut chunk = [0u8; 65536];
        let n = self.stream.read(&mut chunk)?;
        if n == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "server closed",
            ));
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Logs in and returns the access token.
pub fn login(addr: SocketAddr, username: &str, password: &str) -> String {
    let r = request(
        addr,
        "POST",
        "/api/token/",
        None,
        Some(&serde_json::json!({"username": username, "password": password})),
    );
    assert_eq!(r.status, 200, "login {username}: {}", r.text());
    r.json()["access"]
        .as_str()
        .expect("access token")
        .to_string()
}

/// Closes a socket with RST instead of FIN (SO_LINGER 0).
pub fn reset(stream: TcpStream) {
    let s = socket2::Socket::from(stream);
    let _ = s.set_linger(Some(Duration::from_secs(0)));
    drop(s);
}
