//! `idle`: N WebSocket clients stay connected for D seconds while the server's CPU, RSS,
//! threads and fds are read from `/proc/PID`, before, during and after.
//!
//! "During" covers exactly the idle interval (connections already open, none opening), so
//! the CPU figure is the cost of keeping sockets alive: heartbeats, pings, timer ticks.
//! The clients answer protocol pings (their pollers flush tungstenite's pongs) and otherwise
//! stay silent, like a tablet showing the order screen.

use crate::api;
use crate::args::Args;
use crate::http::HttpClient;
use crate::procfs::{self, CpuMark, Window};
use crate::stats::{self, ErrorCounts};
use crate::swarm::{self, ConnectReport, Pollers, Shared};
use serde::Serialize;
use std::thread;
use std::time::{Duration, Instant};

/// Threads above the "before" count still tolerated when deciding the server has finished
/// cleaning up, before the "after" window starts.
const AFTER_SLACK: u64 = 8;
const AFTER_WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, Serialize)]
pub struct IdleReport {
    pub scenario: &'static str,
    pub base: String,
    pub ok: bool,
    pub pid: i32,
    pub clients: usize,
    pub duration_s: f64,
    pub connect: ConnectReport,
    /// Clients the server closed (or that failed) during the idle interval.
    pub dropped: usize,
    pub drop_reasons: ErrorCounts,
    pub before: Window,
    pub during: Window,
    pub after: Window,
    /// (during RSS - before RSS) / connected clients, KiB.
    pub rss_per_connection_kib: Option<f64>,
    /// (during threads - before threads) / connected clients.
    pub threads_per_connection: Option<f64>,
}

fn proc_err(e: std::io::Error) -> String {
    format!("reading /proc of the server failed (did it exit?): {e}")
}

pub fn run(args: &Args) -> Result<IdleReport, String> {
    let pid = args.pid.ok_or("idle needs --pid")?;
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    http.close();
    // The short reference windows keep the run close to D seconds; 5 s is plenty for a
    // baseline that should be near zero.
    let window = args.duration.min(Duration::from_secs(5));
    // Give the server a moment to reap the login connection.
    thread::sleep(Duration::from_millis(300));
    let before = procfs::measure(pid, window).map_err(proc_err)?;

    let shared = Shared::new(false);
    let pollers = Pollers::start(swarm::poller_threads(args.clients), shared.clone())
        .map_err(|e| format!("cannot start poller threads: {e}"))?;
    let connect = swarm::connect_all(
        &args.target,
        &token,
        args.clients,
        args.batch,
        args.timeout,
        &pollers,
    );
    shared.wait_registered(connect.connected, Instant::now() + Duration::from_secs(5));

    let mark = CpuMark::start(pid).map_err(proc_err)?;
    thread::sleep(args.duration);
    let during = mark.finish().map_err(proc_err)?;

    let reports = pollers.finish()?;
    let drop_reasons = swarm::drop_reasons(&reports);
    let dropped = drop_reasons.values().sum::<u64>() as usize;

    // Let the server release the connections before measuring "after".
    let settle_until = Instant::now() + AFTER_WAIT;
    while Instant::now() < settle_until {
        match procfs::rss_and_threads(pid) {
            Ok((_, t)) if t <= before.threads + AFTER_SLACK => break,
            Ok(_) => thread::sleep(Duration::from_millis(100)),
            Err(e) => return Err(proc_err(e)),
        }
    }
    let after = procfs::measure(pid, window).map_err(proc_err)?;

    let per_conn =
        |d: f64| (connect.connected > 0).then(|| stats::round3(d / connect.connected as f64));
    let rss_per_connection_kib = per_conn(during.rss_kib as f64 - before.rss_kib as f64);
    let threads_per_connection = per_conn(during.threads as f64 - before.threads as f64);
    Ok(IdleReport {
        scenario: "idle",
        base: args.target.base.clone(),
        ok: connect.failed == 0 && connect.connected > 0 && dropped == 0,
        pid,
        clients: args.clients,
        duration_s: args.duration.as_secs_f64(),
        connect,
        dropped,
        drop_reasons,
        before,
        during,
        after,
        rss_per_connection_kib,
        threads_per_connection,
    })
}

impl IdleReport {
    pub fn render(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        let c = &self.connect;
        out.push(format!(
            "idle: {} clients for {:.1} s against {} (pid {})",
            self.clients, self.duration_s, self.base, self.pid
        ));
        out.push(format!(
            "  connect: {}/{} in {:.1} ms, failures: {}",
            c.connected,
            c.attempted,
            c.all_ms,
            stats::human_errors(&c.errors)
        ));
        for (name, w) in [
            ("before", &self.before),
            ("during", &self.during),
            ("after", &self.after),
        ] {
            out.push(format!(
                "  {name:6}: cpu {:6.2}% of one core over {:.1} s, rss {} KiB, threads {}, fds {}",
                w.cpu_percent, w.window_s, w.rss_kib, w.threads, w.fds
            ));
        }
        let f = |x: Option<f64>| x.map_or_else(|| "-".into(), |v| format!("{v:.1}"));
        out.push(format!(
            "  per connection: {} KiB RSS, {} threads",
            f(self.rss_per_connection_kib),
            f(self.threads_per_connection)
        ));
        out.push(format!(
            "  dropped clients: {} ({})",
            self.dropped,
            stats::human_errors(&self.drop_reasons)
        ));
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}
