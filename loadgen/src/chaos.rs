//! `chaos`: storms of clients that misbehave at the transport level, one storm per kind.
//!
//! After each storm the server must still answer `GET /api/health/` and a fresh authenticated
//! WebSocket (its `data_update`) within 1 s each, and, when `--pid` is given, its thread and
//! open-fd counts must come back to the pre-chaos baseline (+ `--slack`) within `--settle`.
//! A storm's clients run `--batch` at a time so the test measures the server's cleanup, not
//! the listen backlog.

use crate::api;
use crate::args::Args;
use crate::http::{self, HttpClient};
use crate::procfs::{self, Counts};
use crate::stats::{self, ErrorCounts};
use crate::swarm::SMALL_STACK;
use crate::target::Target;
use crate::ws;
use serde::Serialize;
use socket2::SockRef;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// Each health and WebSocket check must answer within this.
const CHECK_LIMIT: Duration = Duration::from_secs(1);

/// The ways a chaos client goes away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChaosKind {
    /// Connect, then RST (SO_LINGER 0 and close) without sending anything.
    TcpReset,
    /// WebSocket upgrade and `data_update`, then FIN without a close frame.
    FinNoClose,
    /// Half of the upgrade request, then RST.
    MidHandshake,
    /// Upgrade, then half of a masked frame (header or payload), then close.
    MidFrame,
    /// A whole HTTP request, then RST before the response is read.
    HttpReset,
    /// A request dribbled a byte at a time for `--slowloris`, never finished, then dropped.
    Slowloris,
}

impl ChaosKind {
    pub const ALL: [ChaosKind; 6] = [
        ChaosKind::TcpReset,
        ChaosKind::FinNoClose,
        ChaosKind::MidHandshake,
        ChaosKind::MidFrame,
        ChaosKind::HttpReset,
        ChaosKind::Slowloris,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ChaosKind::TcpReset => "tcp_reset",
            ChaosKind::FinNoClose => "fin_no_close",
            ChaosKind::MidHandshake => "mid_handshake",
            ChaosKind::MidFrame => "mid_frame",
            ChaosKind::HttpReset => "http_reset",
            ChaosKind::Slowloris => "slowloris",
        }
    }

    pub fn from_name(s: &str) -> Option<ChaosKind> {
        ChaosKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

#[derive(Debug, Serialize)]
pub struct StormReport {
    pub kind: &'static str,
    pub clients: usize,
    pub ok: bool,
    /// Why the storm failed (empty when ok).
    pub failures: Vec<String>,
    /// Clients that could not even misbehave (connect or upgrade failed), by kind.
    pub client_errors: ErrorCounts,
    pub storm_ms: f64,
    pub health_ms: Option<f64>,
    pub ws_ms: Option<f64>,
    /// From the end of the storm until every check had passed.
    pub recovery_ms: Option<f64>,
    pub threads_before: Option<u64>,
    pub threads_after: Option<u64>,
    pub fds_before: Option<u64>,
    pub fds_after: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct ChaosReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub clients: usize,
    pub batch: usize,
    pub slowloris_s: f64,
    pub settle_s: f64,
    pub slack: u64,
    pub pid: Option<i32>,
    /// Threads and fds of the server before the first storm (with --pid).
    pub baseline: Option<Counts>,
    /// With --pid: whether the process still existed at the end.
    pub server_alive: Option<bool>,
    pub storms: Vec<StormReport>,
    pub elapsed_s: f64,
}

/// What every chaos client needs.
struct Ctx<'a> {
    target: &'a Target,
    token: &'a str,
    timeout: Duration,
    slowloris: Duration,
}

pub fn run(args: &Args) -> Result<ChaosReport, String> {
    let start = Instant::now();
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    let baseline = match args.pid {
        Some(pid) => Some(baseline(args, &token, &mut http, pid)?),
        None => None,
    };
    http.close();
    let ctx = Ctx {
        target: &args.target,
        token: &token,
        // Misbehaving clients give up quickly on their own well-behaved steps.
        timeout: args.timeout.min(Duration::from_secs(5)),
        slowloris: args.slowloris,
    };
    let mut storms = Vec::new();
    let mut server_alive = args.pid.map(|_| true);
    for &kind in &args.kinds {
        let before = args.pid.and_then(|p| procfs::counts(p).ok());
        let storm_start = Instant::now();
        let client_errors = storm(kind, args.clients, args.batch, &ctx);
        let storm_ms = stats::ms(stats::micros(storm_start.elapsed()));
        let mut report = check(args, &token, baseline, kind);
        report.storm_ms = storm_ms;
        report.threads_before = before.map(|c| c.threads);
        report.fds_before = before.map(|c| c.fds);
        if !client_errors.is_empty() {
            report.ok = false;
            report.failures.push(format!(
                "{} clients failed before misbehaving: {}",
                stats::total_errors(&client_errors),
                stats::human_errors(&client_errors)
            ));
        }
        report.client_errors = client_errors;
        storms.push(report);
        if let Some(pid) = args.pid {
            if !procfs::exists(pid) {
                server_alive = Some(false);
                // Nothing left to test; the report says which storm killed it.
                break;
            }
        }
    }
    Ok(ChaosReport {
        scenario: "chaos",
        base: args.target.base.clone(),
        ok: storms.iter().all(|s| s.ok) && server_alive != Some(false),
        clients: args.clients,
        batch: args.batch,
        slowloris_s: args.slowloris.as_secs_f64(),
        settle_s: args.settle.as_secs_f64(),
        slack: args.slack,
        pid: args.pid,
        baseline,
        server_alive,
        storms,
        elapsed_s: stats::round3(start.elapsed().as_secs_f64()),
    })
}

/// The server's resting threads and fds: after a short warm-up (so lazily created pool
/// connections and worker threads exist), the minimum over a few samples.
fn baseline(args: &Args, token: &str, http: &mut HttpClient, pid: i32) -> Result<Counts, String> {
    for _ in 0..20 {
        let _ = http.get(api::ORDERS_LIST_PATH, Some(token));
    }
    http.close();
    if let Ok(w) = ws::connect(&args.target, token, args.timeout) {
        ws::close_politely(w, Duration::from_millis(500));
    }
    thread::sleep(Duration::from_millis(500));
    let mut min: Option<Counts> = None;
    for _ in 0..5 {
        let c = procfs::counts(pid).map_err(|e| format!("reading /proc/{pid} failed: {e}"))?;
        min = Some(match min {
            None => c,
            Some(m) => Counts {
                threads: m.threads.min(c.threads),
                fds: m.fds.min(c.fds),
            },
        });
        thread::sleep(Duration::from_millis(100));
    }
    min.ok_or_else(|| "no baseline sample".to_string())
}

/// Runs `clients` misbehaving clients of one kind, `batch` at a time. Returns the errors of
/// clients that never got to misbehave.
fn storm(kind: ChaosKind, clients: usize, batch: usize, ctx: &Ctx<'_>) -> ErrorCounts {
    let next = AtomicUsize::new(0);
    let mut errors = ErrorCounts::new();
    thread::scope(|scope| {
        let mut handles = Vec::new();
        for w in 0..batch.clamp(1, clients.max(1)) {
            let next = &next;
            let spawned = thread::Builder::new()
                .name(format!("chaos-{w}"))
                .stack_size(SMALL_STACK)
                .spawn_scoped(scope, move || {
                    let mut errs = ErrorCounts::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if i >= clients {
                            break;
                        }
                        if let Err(kind) = misbehave(kind, i, ctx) {
                            stats::add_error(&mut errs, kind);
                        }
                    }
                    errs
                });
            if let Ok(h) = spawned {
                handles.push(h);
            }
        }
        if handles.is_empty() {
            *errors.entry("thread_spawn".into()).or_insert(0) += clients as u64;
        }
        for h in handles {
            match h.join() {
                Ok(e) => stats::merge_errors(&mut errors, e),
                Err(_) => stats::add_error(&mut errors, "client_panicked"),
            }
        }
    });
    errors
}

/// One misbehaving client. `Err` only when it could not get as far as misbehaving.
fn misbehave(kind: ChaosKind, i: usize, ctx: &Ctx<'_>) -> Result<(), String> {
    let deadline = Instant::now() + ctx.timeout;
    match kind {
        ChaosKind::TcpReset => {
            let s = http::connect(ctx.target, deadline).map_err(|e| e.kind())?;
            reset(s);
        }
        ChaosKind::FinNoClose => {
            let w = ws::connect(ctx.target, ctx.token, ctx.timeout)?;
            let mut s = w.into_inner();
            // FIN, no close frame. Then read until the server closes too, so our close
            // below is a clean FIN exchange and not an RST caused by unread data.
            s.shutdown(Shutdown::Write)
                .map_err(|e| http::io_kind(&e).to_string())?;
            drain_until_eof(&mut s, Duration::from_secs(2));
        }
        ChaosKind::MidHandshake => {
            let req = ws::upgrade_request(ctx.target, ctx.token);
            let mut s = http::connect(ctx.target, deadline).map_err(|e| e.kind())?;
            http::write_all_by(&mut s, &req[..req.len() / 2], deadline).map_err(|e| e.kind())?;
            reset(s);
        }
        ChaosKind::MidFrame => {
            let w = ws::connect(ctx.target, ctx.token, ctx.timeout)?;
            let mut s = w.into_inner();
            let frame = ws::masked_text_frame(100);
            // Alternate between a cut header and a cut payload.
            let cut = if i.is_multiple_of(2) { 3 } else { 6 + 50 };
            http::write_all_by(&mut s, &frame[..cut], deadline).map_err(|e| e.kind())?;
            drop(s);
        }
        ChaosKind::HttpReset => {
            let req = http::build_request(
                "GET",
                api::ORDERS_LIST_PATH,
                &ctx.target.host_header,
                Some(ctx.token),
                None,
                true,
            );
            let mut s = http::connect(ctx.target, deadline).map_err(|e| e.kind())?;
            http::write_all_by(&mut s, &req, deadline).map_err(|e| e.kind())?;
            reset(s);
        }
        ChaosKind::Slowloris => {
            let mut s = http::connect(ctx.target, deadline).map_err(|e| e.kind())?;
            slowloris(&mut s, ctx);
            drop(s);
        }
    }
    Ok(())
}

/// Close with RST: SO_LINGER 0 makes `close` abort the connection.
fn reset(s: TcpStream) {
    // If linger cannot be set the close is a FIN instead: still an abrupt client, and the
    // storm goes on.
    let _ = SockRef::from(&s).set_linger(Some(Duration::ZERO));
    drop(s);
}

/// Reads and discards until EOF, an error, or `wait`.
fn drain_until_eof(s: &mut TcpStream, wait: Duration) {
    let deadline = Instant::now() + wait;
    let mut buf = [0u8; 4096];
    while let Some(left) = http::remaining(deadline) {
        if s.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// Sends a never-ending request head one byte at a time for `ctx.slowloris`. The server
/// closing the socket first is fine: that is one way to defend against it.
fn slowloris(s: &mut TcpStream, ctx: &Ctx<'_>) {
    let head = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: adakings-loadgen-slowloris\r\nX-Slow: ",
        api::HEALTH_PATH,
        ctx.target.host_header
    );
    let mut bytes = head.into_bytes();
    // Enough filler that the head never completes within the window.
    bytes.resize(bytes.len() + 4096, b'a');
    let interval =
        (ctx.slowloris / 20).clamp(Duration::from_millis(10), Duration::from_millis(100));
    let end = Instant::now() + ctx.slowloris;
    if s.set_write_timeout(Some(Duration::from_secs(1))).is_err() {
        return;
    }
    for b in bytes {
        if Instant::now() >= end || s.write_all(&[b]).is_err() {
            return;
        }
        thread::sleep(interval);
    }
}

/// The post-storm checks.
fn check(args: &Args, token: &str, baseline: Option<Counts>, kind: ChaosKind) -> StormReport {
    let end = Instant::now();
    let mut failures = Vec::new();
    let mut last_pass = Duration::ZERO;

    // Health.
    let t = Instant::now();
    let health = HttpClient::one_shot(&args.target, CHECK_LIMIT).get(api::HEALTH_PATH, None);
    let took = t.elapsed();
    let health_ms = match health {
        Ok(r) if r.status == 200 && took <= CHECK_LIMIT => {
            last_pass = end.elapsed();
            Some(stats::ms(stats::micros(took)))
        }
        Ok(r) => {
            failures.push(format!(
                "health: HTTP {} after {:.1} ms",
                r.status,
                took.as_secs_f64() * 1000.0
            ));
            None
        }
        Err(e) => {
            failures.push(format!("health: {e}"));
            None
        }
    };

    // A fresh authenticated WebSocket gets its data_update.
    let t = Instant::now();
    let ws_ms = match ws::connect(&args.target, token, CHECK_LIMIT) {
        Ok(w) => {
            let took = t.elapsed();
            last_pass = end.elapsed();
            ws::close_politely(w, Duration::from_millis(500));
            Some(stats::ms(stats::micros(took)))
        }
        Err(e) => {
            failures.push(format!("websocket: {e}"));
            None
        }
    };

    // Threads and fds back to baseline.
    let mut after = None;
    if let (Some(pid), Some(base)) = (args.pid, baseline) {
        let deadline = end + args.settle;
        loop {
            match procfs::counts(pid) {
                Ok(c) => {
                    after = Some(c);
                    if c.threads <= base.threads + args.slack && c.fds <= base.fds + args.slack {
                        last_pass = last_pass.max(end.elapsed());
                        break;
                    }
                    if Instant::now() >= deadline {
                        failures.push(format!(
                            "threads {} / fds {} not back to baseline {} / {} (+{}) within {:.1} s",
                            c.threads,
                            c.fds,
                            base.threads,
                            base.fds,
                            args.slack,
                            args.settle.as_secs_f64()
                        ));
                        break;
                    }
                }
                Err(e) => {
                    failures.push(format!("server process: {e} (crashed?)"));
                    break;
                }
            }
            thread::sleep(Duration::from_millis(50));
        }
    }
    let ok = failures.is_empty();
    StormReport {
        kind: kind.name(),
        clients: args.clients,
        ok,
        failures,
        client_errors: ErrorCounts::new(),
        storm_ms: 0.0,
        health_ms,
        ws_ms,
        recovery_ms: ok.then(|| stats::ms(stats::micros(last_pass))),
        threads_before: None,
        threads_after: after.map(|c| c.threads),
        fds_before: None,
        fds_after: after.map(|c| c.fds),
    }
}

impl ChaosReport {
    pub fn render(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        out.push(format!(
            "chaos: {} clients per storm, {} at a time, against {}",
            self.clients, self.batch, self.base
        ));
        if let Some(b) = self.baseline {
            out.push(format!(
                "  baseline: {} threads, {} fds (slack {})",
                b.threads, b.fds, self.slack
            ));
        }
        let f = |x: Option<f64>| x.map_or_else(|| "-".into(), |v| format!("{v:.1}"));
        let u = |x: Option<u64>| x.map_or_else(|| "-".into(), |v| v.to_string());
        for s in &self.storms {
            out.push(format!(
                "  {:13} {:6}  storm {:8.1} ms  health {:>6} ms  ws {:>6} ms  recovery {:>7} ms  \
                 threads {}->{}  fds {}->{}",
                s.kind,
                if s.ok { "OK" } else { "FAILED" },
                s.storm_ms,
                f(s.health_ms),
                f(s.ws_ms),
                f(s.recovery_ms),
                u(s.threads_before),
                u(s.threads_after),
                u(s.fds_before),
                u(s.fds_after)
            ));
            for why in &s.failures {
                out.push(format!("      {why}"));
            }
        }
        if self.server_alive == Some(false) {
            out.push("  the server process is gone".into());
        }
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}
