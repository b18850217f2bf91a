//! `storm`: a busy day and a reconnect storm, in three phases that a script runs around
//! server restarts (see scripts/storm.sh):
//!
//! - `--phase fill`: today gets `--fill` orders (15,000 by default) from 8 keep-alive
//!   clients; all but one in 300 are cancelled at once, so the day ends with a few dozen
//!   active orders and thousands of finished ones, as a real busy day does.
//! - `--phase connect` (against a freshly started server): `--clients` WebSocket clients
//!   connect all at once (each waits for its `data_update`), then `--orders` orders are
//!   posted and their fan-out timed, as in `fanout`. With `--pid`, the server's RSS is
//!   sampled every 20 ms (peak) and, after the clients leave, until it is back within 20% of
//!   the pre-storm figure (at most 60 s); that figure is taken after one client has
//!   connected and left, so it is a server in use, not one that has never read the day.
//! - `--phase resume` (after another restart): `--clients` clients reconnect at once with
//!   `?since=` set `--orders` events back; each must get exactly those events by replay, in
//!   order, then `replay_complete` (no resync, no gap).

use crate::api;
use crate::args::Args;
use crate::fanout::{self, FanoutReport};
use crate::http::HttpClient;
use crate::procfs;
use crate::stats::{self, ErrorCounts, LatencySummary};
use crate::swarm::SMALL_STACK;
use crate::ws;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};
use tungstenite::Message;

/// One order in this many stays active after the fill.
const KEEP_ACTIVE_EVERY: usize = 300;
/// HTTP clients filling the day.
const FILL_CLIENTS: usize = 8;
/// How long memory may take to come back after the storm.
const SETTLE: Duration = Duration::from_secs(60);

#[derive(Debug, Serialize)]
pub struct StormReport {
    pub scenario: &'static str,
    pub phase: &'static str,
    pub base: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fill: Option<FillReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connect: Option<FanoutReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<Memory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resume: Option<ResumeReport>,
    pub elapsed_s: f64,
}

#[derive(Debug, Serialize)]
pub struct FillReport {
    pub created: u64,
    pub cancelled: u64,
    pub errors: ErrorCounts,
    pub orders_per_s: f64,
}

#[derive(Debug, Serialize)]
pub struct Memory {
    pub rss_before_mb: f64,
    pub rss_peak_mb: f64,
    pub rss_after_mb: f64,
    /// Seconds after the clients left until RSS was within 20% of the pre-storm figure.
    pub settled_after_s: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct ResumeReport {
    pub clients: usize,
    pub since: i64,
    pub expected_events: i64,
    pub resumed: usize,
    pub resynced: usize,
    pub gaps: usize,
    pub errors: ErrorCounts,
    /// Connect until `replay_complete`, per client.
    pub latency_ms: LatencySummary,
}

pub fn run(args: &Args) -> Result<StormReport, String> {
    let start = Instant::now();
    let mut report = StormReport {
        scenario: "storm",
        phase: args.phase.name(),
        base: args.target.base.clone(),
        ok: false,
        fill: None,
        connect: None,
        memory: None,
        resume: None,
        elapsed_s: 0.0,
    };
    match args.phase {
        crate::args::Phase::Fill => {
            let f = fill(args)?;
            report.ok = f.errors.is_empty();
            report.fill = Some(f);
        }
        crate::args::Phase::Connect => {
            let (c, m) = connect(args)?;
            let mem_ok = m
                .as_ref()
                .is_none_or(|m| m.rss_peak_mb <= 300.0 && m.settled_after_s.is_some());
            let p99_connect = c.connect.latency_ms.p99.unwrap_or(f64::MAX);
            let p99_fanout = c.latency_ms.p99.unwrap_or(f64::MAX);
            report.ok = c.ok && mem_ok && p99_connect <= 2000.0 && p99_fanout <= 50.0;
            report.connect = Some(c);
            report.memory = m;
        }
        crate::args::Phase::Resume => {
            let r = resume(args)?;
            report.ok = r.resumed == r.clients && r.resynced == 0 && r.gaps == 0;
            report.resume = Some(r);
        }
    }
    report.elapsed_s = stats::round3(start.elapsed().as_secs_f64());
    Ok(report)
}

/// Orders `--phase fill` creates when `--fill` is not given: a busy day.
const DEFAULT_FILL: usize = 15_000;

fn fill(args: &Args) -> Result<FillReport, String> {
    let t0 = Instant::now();
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    let items = api::orderable_items(&mut http, &token)?;
    http.close();
    let target = args.fill.unwrap_or(DEFAULT_FILL);
    let next = AtomicUsize::new(0);
    let created = AtomicU64::new(0);
    let cancelled = AtomicU64::new(0);
    let errors = Mutex::new(ErrorCounts::new());
    thread::scope(|s| {
        for _ in 0..FILL_CLIENTS {
            s.spawn(|| {
                let mut c = HttpClient::new(&args.target, args.timeout);
                let mut errs = ErrorCounts::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= target {
                        break;
                    }
                    let body = api::order_body(&items, i as u64);
                    let number = match c.post_json(api::ORDERS_PATH, Some(&token), &body) {
                        Ok(r) if r.status == 201 => api::parse_created(&r.body)
                            .ok()
                            .and_then(|k| k.order_number),
                        Ok(r) => {
                            stats::add_error(&mut errs, format!("create_http_{}", r.status));
                            None
                        }
                        Err(e) => {
                            stats::add_error(&mut errs, e.kind());
                            None
                        }
                    };
                    let Some(number) = number else { continue };
                    created.fetch_add(1, Ordering::Relaxed);
                    if i.is_multiple_of(KEEP_ACTIVE_EVERY) {
                        continue;
                    }
                    let path = format!("/api/orders/{number}/status/");
                    let body = br#"{"status":"Cancelled"}"#;
                    match c.request("PATCH", &path, Some(&token), Some(body)) {
                        Ok(r) if r.status == 200 => {
                            cancelled.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(r) => stats::add_error(&mut errs, format!("cancel_http_{}", r.status)),
                        Err(e) => stats::add_error(&mut errs, e.kind()),
                    }
                }
                if let Ok(mut g) = errors.lock() {
                    stats::merge_errors(&mut g, errs);
                }
            });
        }
    });
    let created = created.load(Ordering::Relaxed);
    Ok(FillReport {
        created,
        cancelled: cancelled.load(Ordering::Relaxed),
        errors: errors.into_inner().unwrap_or_default(),
        orders_per_s: stats::round3(created as f64 / t0.elapsed().as_secs_f64().max(1e-9)),
    })
}

fn rss_mb(pid: i32) -> f64 {
    procfs::rss_and_threads(pid)
        .map(|(kib, _)| stats::round3(kib as f64 / 1024.0))
        .unwrap_or(0.0)
}

fn connect(args: &Args) -> Result<(FanoutReport, Option<Memory>), String> {
    // The pre-storm figure is that of a server in use, not of one that has never served:
    // one client connects first (the day's orders are read once, the snapshot is cached).
    {
        let mut http = HttpClient::new(&args.target, args.timeout);
        let token = api::login(&mut http, &args.user, &args.password)?;
        http.close();
        let warm = ws::connect(&args.target, &token, args.timeout)?;
        ws::close_politely(warm, Duration::from_secs(2));
        thread::sleep(Duration::from_secs(1));
    }
    let before = args.pid.map(rss_mb);
    let stop = Arc::new(AtomicBool::new(false));
    let peak = Arc::new(AtomicU64::new(0));
    let sampler = args.pid.map(|pid| {
        let stop = stop.clone();
        let peak = peak.clone();
        thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Ok((kib, _)) = procfs::rss_and_threads(pid) {
                    peak.fetch_max(kib, Ordering::Relaxed);
                }
                thread::sleep(Duration::from_millis(20));
            }
        })
    });
    // Every client at once: the reconnect storm.
    let mut all_at_once = args.clone();
    all_at_once.batch = args.clients;
    let result = fanout::run(&all_at_once);
    stop.store(true, Ordering::Relaxed);
    if let Some(h) = sampler {
        let _ = h.join();
    }
    let report = result?;
    let memory = match (args.pid, before) {
        (Some(pid), Some(before)) => {
            let left = Instant::now();
            let mut settled = None;
            while left.elapsed() < SETTLE {
                if rss_mb(pid) <= before * 1.2 {
                    settled = Some(stats::round3(left.elapsed().as_secs_f64()));
                    break;
                }
                thread::sleep(Duration::from_millis(500));
            }
            Some(Memory {
                rss_before_mb: before,
                rss_peak_mb: stats::round3(peak.load(Ordering::Relaxed) as f64 / 1024.0),
                rss_after_mb: rss_mb(pid),
                settled_after_s: settled,
            })
        }
        _ => None,
    };
    Ok((report, memory))
}

/// The newest event id, from a `data_update`.
fn last_event_id(args: &Args, token: &str) -> Result<i64, String> {
    let mut c = ws_connect(args, &ws::ws_path(token))?;
    loop {
        match c.read() {
            Ok(Message::Text(t)) => {
                let v: serde_json::Value = serde_json::from_str(t.as_str())
                    .map_err(|_| "data_update is not JSON".to_string())?;
                if v["type"] == "data_update" {
                    let _ = c.close(None);
                    return v["last_event_id"]
                        .as_i64()
                        .ok_or_else(|| "no last_event_id".to_string());
                }
            }
            Ok(_) => {}
            Err(e) => return Err(ws::error_kind(&e)),
        }
    }
}

fn ws_connect(args: &Args, path: &str) -> Result<ws::Ws, String> {
    let deadline = Instant::now() + args.timeout;
    let stream = crate::http::connect(&args.target, deadline).map_err(|e| e.kind())?;
    stream
        .set_read_timeout(Some(args.timeout))
        .map_err(|e| e.to_string())?;
    let url = args.target.ws_url(path);
    tungstenite::client::client_with_config(url, ws::Stream::new(stream), Some(ws::config()))
        .map(|(w, _)| w)
        .map_err(|_| "handshake".to_string())
}

/// One resuming client: the events after `since`, in order, then `replay_complete`.
enum Resumed {
    Replayed { events: i64, gap: bool },
    Resync,
}

fn resume_one(args: &Args, path: &str, since: i64) -> Result<Resumed, String> {
    let mut c = ws_connect(args, path)?;
    let mut expect = since + 1;
    let mut events = 0;
    let mut gap = false;
    loop {
        match c.read() {
            Ok(Message::Text(t)) => {
                let v: serde_json::Value =
                    serde_json::from_str(t.as_str()).map_err(|_| "not_json".to_string())?;
                match v["type"].as_str() {
                    Some("data_update") => return Ok(Resumed::Resync),
                    Some("replay_complete") => {
                        gap |= v["last_event_id"].as_i64() != Some(expect - 1);
                        let _ = c.close(None);
                        return Ok(Resumed::Replayed { events, gap });
                    }
                    Some("heartbeat") => {}
                    Some(_) => {
                        gap |= v["event_id"].as_i64() != Some(expect);
                        expect += 1;
                        events += 1;
                    }
                    None => return Err("no_type".into()),
                }
            }
            Ok(Message::Close(f)) => {
                return Err(f.map_or("ws_close".into(), |f| {
                    format!("ws_close_{}", u16::from(f.code))
                }))
            }
            Ok(_) => {}
            Err(e) => return Err(ws::error_kind(&e)),
        }
    }
}

fn resume(args: &Args) -> Result<ResumeReport, String> {
    let mut http = HttpClient::new(&args.target, args.timeout);
    let token = api::login(&mut http, &args.user, &args.password)?;
    http.close();
    let last = last_event_id(args, &token)?;
    let since = (last - args.orders as i64).max(0);
    let path = format!("{}&since={since}", ws::ws_path(&token));
    let results = Mutex::new(Vec::with_capacity(args.clients));
    thread::scope(|s| {
        for _ in 0..args.clients {
            let results = &results;
            let path = &path;
            let _ = thread::Builder::new()
                .stack_size(SMALL_STACK)
                .spawn_scoped(s, move || {
                    let t = Instant::now();
                    let r = resume_one(args, path, since);
                    if let Ok(mut g) = results.lock() {
                        g.push((r, stats::micros(t.elapsed())));
                    }
                });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    let mut errors = ErrorCounts::new();
    let (mut resumed, mut resynced, mut gaps) = (0, 0, 0);
    let mut lat = Vec::new();
    for (r, us) in results {
        match r {
            Ok(Resumed::Replayed { events, gap }) => {
                if gap || events != last - since {
                    gaps += 1;
                } else {
                    resumed += 1;
                    lat.push(us);
                }
            }
            Ok(Resumed::Resync) => resynced += 1,
            Err(e) => stats::add_error(&mut errors, e),
        }
    }
    Ok(ResumeReport {
        clients: args.clients,
        since,
        expected_events: last - since,
        resumed,
        resynced,
        gaps,
        errors,
        latency_ms: LatencySummary::from_micros(&mut lat),
    })
}

impl StormReport {
    pub fn render(&self) -> String {
        let mut out = vec![format!("storm ({}) against {}", self.phase, self.base)];
        if let Some(f) = &self.fill {
            out.push(format!(
                "  fill: {} orders created ({} cancelled) at {:.0}/s, errors: {}",
                f.created,
                f.cancelled,
                f.orders_per_s,
                stats::human_errors(&f.errors)
            ));
        }
        if let Some(c) = &self.connect {
            out.push(c.render());
        }
        if let Some(m) = &self.memory {
            out.push(format!(
                "  memory: RSS {:.1} MB before, {:.1} MB peak, {:.1} MB after; back within 20%: {}",
                m.rss_before_mb,
                m.rss_peak_mb,
                m.rss_after_mb,
                m.settled_after_s
                    .map_or("not within 60 s".to_string(), |s| format!("after {s:.1} s"))
            ));
        }
        if let Some(r) = &self.resume {
            out.push(format!(
                "  resume: {}/{} clients replayed {} events from {} (resync {}, gaps {}), {}, errors: {}",
                r.resumed,
                r.clients,
                r.expected_events,
                r.since,
                r.resynced,
                r.gaps,
                r.latency_ms.human(),
                stats::human_errors(&r.errors)
            ));
        }
        out.push(format!("result: {}", if self.ok { "OK" } else { "FAILED" }));
        out.join("\n")
    }
}
